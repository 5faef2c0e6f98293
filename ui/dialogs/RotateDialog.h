// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace TokenConsole {

// Asks for a rotation's grace: how many hours (0–168) the previous secret keeps working so the
// integration can switch without an outage. Like RenameDialog it only emits submitted(); the
// command reports errors back inline.
class RotateDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int defaultGraceHours = 24;
    static constexpr int maximumGraceHours = 168;

    RotateDialog(const QString& tokenName, const QString& owner, QWidget* parent = nullptr);

    int graceHours() const;
    void setBusy(bool busy);
    void showError(const QString& message);

Q_SIGNALS:
    void submitted(int graceHours);

private:
    void explainGrace();

    QSpinBox* m_grace;
    QLabel* m_graceHint;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_rotateButton;
    bool m_busy = false;
};

} // namespace TokenConsole
