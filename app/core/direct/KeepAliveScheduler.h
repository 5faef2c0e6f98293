// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace TokenConsole {

class ConsoleSession;
class KeepAliveRunner;

// Keep-alive while the application is open: a pass over the session's opted-in tokens soon
// after each list arrives and then every hour, when the platform keeps tokens alive at all.
class KeepAliveScheduler : public QObject
{
    Q_OBJECT

public:
    explicit KeepAliveScheduler(QObject* parent = nullptr);

    void setSession(ConsoleSession* session);
    // The list changed: run a pass unless one ran within the hour.
    void tokensChanged();
    void runNow();

Q_SIGNALS:
    // A sentence for the window when a pass called ON24 (what worked, what failed).
    void report(const QString& text, bool error);

private:
    QPointer<ConsoleSession> m_session;
    QPointer<KeepAliveRunner> m_runner;
    QTimer m_hourly;
    bool m_ranThisHour = false;
};

} // namespace TokenConsole
