// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace TokenConsole::Sandbox {

class Clock;
class TokenStore;

// The periodic side of D8/D9: every minute, and right after the clock moves, records the
// warnings due, disables the tokens whose 60 days have run out and ends rotation graces.
class InactivitySweeper : public QObject
{
    Q_OBJECT

public:
    InactivitySweeper(TokenStore& tokens, Clock& clock, QObject* parent = nullptr);
    void start(int intervalMs = 60 * 1000);

public slots:
    void sweep();

private:
    TokenStore& m_tokens;
    Clock& m_clock;
    QTimer m_timer;
};

} // namespace TokenConsole::Sandbox
