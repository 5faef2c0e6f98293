// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

namespace TokenConsole::Sandbox {

bool RateLimiter::isLocked(const QString& login, qint64 now) const
{
    const auto it = m_entries.constFind(login.toLower());
    return it != m_entries.constEnd() && it->lockedUntil > now;
}

qint64 RateLimiter::lockedUntil(const QString& login) const
{
    return m_entries.value(login.toLower()).lockedUntil;
}

void RateLimiter::recordFailure(const QString& login, qint64 now)
{
    if (m_entries.size() > 10000)
        prune(now);
    Entry& entry = m_entries[login.toLower()];
    entry.failures.removeIf([now](qint64 at) { return at <= now - windowSecs; });
    entry.failures.append(now);
    if (entry.failures.size() >= maxFailures) {
        entry.lockedUntil = now + lockSecs;
        entry.failures.clear();
    }
}

void RateLimiter::recordSuccess(const QString& login)
{
    m_entries.remove(login.toLower());
}

void RateLimiter::prune(qint64 now)
{
    // Bounded memory against a flood of made-up logins.
    m_entries.removeIf([now](const QHash<QString, Entry>::iterator& it) {
        const Entry& e = it.value();
        return e.lockedUntil <= now &&
               (e.failures.isEmpty() || e.failures.constLast() <= now - windowSecs);
    });
}

} // namespace TokenConsole::Sandbox
