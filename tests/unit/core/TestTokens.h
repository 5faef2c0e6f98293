// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QDateTime>

namespace TokenConsole::TestTokens {

// A plausible active token whose inactivity started `daysAgo` days before `now`.
inline Token make(int n, const QDateTime& now, int daysAgo = 1)
{
    Token t;
    t.id = QStringLiteral("tok_%1").arg(n, 6, 10, QLatin1Char('0'));
    t.name = QStringLiteral("Integration %1").arg(n);
    t.key = QStringLiteral("K%1").arg(n, 31, 10, QLatin1Char('0'));
    t.userId = 1000 + n;
    t.login = QStringLiteral("user%1@acme.example").arg(n);
    t.createdAt = now.addDays(-100);
    t.createdBy = QStringLiteral("admin@acme.example");
    t.lastActivityAt = now.addDays(-daysAgo);
    t.inactiveSince = t.lastActivityAt;
    t.autoDisableAt = t.inactiveSince.addDays(60);
    t.version = 1;
    return t;
}

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
}

} // namespace TokenConsole::TestTokens
