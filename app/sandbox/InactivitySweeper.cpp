// SPDX-License-Identifier: GPL-3.0-or-later
#include "InactivitySweeper.h"

#include "Clock.h"
#include "TokenStore.h"

namespace TokenConsole::Sandbox {

InactivitySweeper::InactivitySweeper(TokenStore& tokens, Clock& clock, QObject* parent)
    : QObject(parent), m_tokens(tokens), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &InactivitySweeper::sweep);
    connect(&m_clock, &Clock::advanced, this, &InactivitySweeper::sweep);
}

void InactivitySweeper::start(int intervalMs)
{
    m_timer.start(intervalMs);
    sweep();
}

void InactivitySweeper::sweep()
{
    const qint64 now = m_clock.nowSecs();
    // Warnings first: a token that is disabled in this sweep gets no warning after the fact.
    m_tokens.recordWarnings(now);
    m_tokens.applyDeadlines(now);
}

} // namespace TokenConsole::Sandbox
