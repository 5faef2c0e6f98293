// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QCoreApplication>
#include <QString>

namespace TokenConsole {

// How a token's state reads, in one place for the table, its delegates, the details panel,
// notifications and the CLI's table.
class TokenWording
{
    Q_DECLARE_TR_FUNCTIONS(TokenConsole::TokenWording)

public:
    // "Active", "Disabled (inactivity)"; in direct mode "Works", "Disabled on ON24", ...
    static QString status(const Token& token);
    // A longer form for the details panel ("Disabled for inactivity").
    static QString statusLong(const Token& token);
    static QString access(const Token& token);
    // The countdown cell: "Today", "12 days", "at most 12 days" (when only known activity
    // counts), "Unknown" (direct mode with no known activity), "—" when disabled.
    static QString countdown(const Token& token, int daysLeft);
    // The countdown with its band in words ("10 days, warning"), for screen readers; `band` is
    // an InactivityPolicy::Band.
    static QString countdownSpoken(const Token& token, int daysLeft, int band);
    // Where lastActivityAt comes from, for people; empty where the platform knows it.
    static QString activitySource(const Token& token);
    static QString lastActivity(const Token& token);
    static QString keepAlive(const Token& token);
    static QString lastVerify(const Token& token);
    // While a rotation's grace runs (Token::inRotationGrace): the previous secret's remaining
    // hours and end, in one sentence; empty otherwise.
    static QString rotationGrace(const Token& token, const QDateTime& now);
    // Whom a warning should name: "tell Raj (Marketing Ops)"; empty without an owner.
    static QString tellOwner(const Token& token);
    // Where the token holds more than it used: the access it would lose when narrowed to
    // `used` (area ids), as people read them; empty when nothing would be lost.
    static QStringList accessLost(const Token& token, const QStringList& used);
    // An ON24 API area id ("client_analytics") as people read it ("Client Analytics").
    static QString areaName(const QString& area);
    // Whether the countdown is a worst case (only the console's own calls are known).
    static bool isWorstCase(const Token& token);
    static bool hasKnownActivity(const Token& token);
};

} // namespace TokenConsole
