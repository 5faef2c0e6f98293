// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QDialog;
class QWidget;

namespace TokenConsole {

class MainWindow;

// --screenshot: saves a PNG of the window (or of one dialog) once the first token list and
// the selected token's details are in, then quits the application.
class ScreenshotTaker : public QObject
{
public:
    ScreenshotTaker(MainWindow* window, QString file, QString select, QString dialog);

private:
    void onReady();
    void settle();
    void provisionForNewSecret(QDialog* dialog);
    void failWith(const QString& message);
    void grab(QWidget* widget);

    MainWindow* m_window;
    QString m_file;
    QString m_select;
    QString m_dialog;
    QTimer m_timeout;
    QTimer m_poll;
};

} // namespace TokenConsole
