// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

namespace TokenConsole::Sandbox {

// The server's notion of "now": the real UTC time plus an offset that only --clock-control
// moves. Every rule (sessions, lockout, inactivity, the Date header) reads this clock.
class Clock : public QObject
{
    Q_OBJECT

public:
    explicit Clock(QObject* parent = nullptr);

    qint64 nowSecs() const; // seconds since the epoch, UTC
    QDateTime now() const;
    qint64 offsetSecs() const { return m_offsetSecs; }

    // Moves the clock forward (never back: time running backwards would break every rule).
    bool advanceDays(int days);

    static constexpr qint64 secsPerDay = 86400;

signals:
    void advanced();

private:
    qint64 m_offsetSecs = 0;
};

} // namespace TokenConsole::Sandbox
