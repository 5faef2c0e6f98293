// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace TokenConsole::Sandbox {

// Failed-login lockout: five failures for one login within 15 minutes lock that login for
// 15 minutes, even for the right password. Kept in memory; keyed by the login as typed
// (lower-cased), known or not, so it reveals nothing about which logins exist.
class RateLimiter
{
public:
    static constexpr int maxFailures = 5;
    static constexpr qint64 windowSecs = 15 * 60;
    static constexpr qint64 lockSecs = 15 * 60;

    bool isLocked(const QString& login, qint64 now) const;
    qint64 lockedUntil(const QString& login) const;
    void recordFailure(const QString& login, qint64 now);
    void recordSuccess(const QString& login);

private:
    struct Entry
    {
        QVector<qint64> failures;
        qint64 lockedUntil = 0;
    };
    void prune(qint64 now);

    QHash<QString, Entry> m_entries;
};

} // namespace TokenConsole::Sandbox
