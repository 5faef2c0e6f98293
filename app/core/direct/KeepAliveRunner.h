// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"
#include "platform/Platform.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace TokenConsole {

// One keep-alive pass over the tokens an admin opted in: each one whose known inactivity has
// reached the threshold (or whose activity is unknown) gets one real, read-only ON24 call,
// spread out in time; a token ON24's quota refused waits for its back-off. Used by the window
// while it is open and by `token-console keepalive` from a scheduler.
class KeepAliveRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int thresholdDays = 45;
        bool dryRun = false;
        int spacingMs = 2000;  // between two calls
    };

    struct Outcome
    {
        enum class Action { NotDue, BackingOff, WouldCall, Called, Failed };
        Token token;
        Action action = Action::NotDue;
        int daysInactive = -1;  // -1: no activity known
        bool works = false;
        QString message;  // what ON24 or the keychain said
    };

    struct Summary
    {
        int optedIn = 0;
        int called = 0;
        int works = 0;
        int failed = 0;  // wrong pair, deactivated, quota, keychain, network
    };

    KeepAliveRunner(Platform* platform, Options options, QObject* parent = nullptr);

    // Starts the pass over `tokens`; emits outcome() for every opted-in token, then finished().
    void start(const TokenList& tokens, const QDateTime& now);
    bool isRunning() const { return m_running; }
    const Summary& summary() const { return m_summary; }

    // Whether the token is due now, and why not.
    static Outcome::Action assess(const Token& token, int thresholdDays, const QDateTime& now,
                                  int* daysInactive);

Q_SIGNALS:
    void outcome(const TokenConsole::KeepAliveRunner::Outcome& outcome);
    void finished(const TokenConsole::KeepAliveRunner::Summary& summary);

private:
    void next();

    QPointer<Platform> m_platform;
    Options m_options;
    QVector<Outcome> m_due;
    QTimer m_spacing;
    Summary m_summary;
    bool m_running = false;
};

} // namespace TokenConsole
