// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace TokenConsole::Sandbox {

Clock::Clock(QObject* parent) : QObject(parent) {}

qint64 Clock::nowSecs() const
{
    return QDateTime::currentSecsSinceEpoch() + m_offsetSecs;
}

QDateTime Clock::now() const
{
    return QDateTime::fromSecsSinceEpoch(nowSecs(), Qt::UTC);
}

bool Clock::advanceDays(int days)
{
    if (days < 0 || days > 36500)
        return false;
    m_offsetSecs += qint64(days) * secsPerDay;
    emit advanced();
    return true;
}

} // namespace TokenConsole::Sandbox
