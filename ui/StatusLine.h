// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace TokenConsole {

class ConsoleSession;

// The status bar's permanent labels: clock skew, profile, server, user and the last refresh.
class StatusLine : public QObject
{
    Q_OBJECT

public:
    explicit StatusLine(QStatusBar* bar);

    // Reads everything from `session` (null: not connected).
    void update(const ConsoleSession* session);
    void setActivity(const QString& text);  // "Signing in…", "Refreshing…"
    void setSkew(qint64 skewMs);

private:
    QLabel* m_skew;
    QLabel* m_profile;
    QLabel* m_server;
    QLabel* m_user;
    QLabel* m_refresh;
};

} // namespace TokenConsole
