// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QDateTime>

namespace TokenConsole {

// The 60-day inactivity rule (D8) and its warnings (D9) as pure functions of a token's
// inactiveSince, the account's policy and a skew-corrected "now".
namespace InactivityPolicy {

enum class Band {
    None,      // active, more than the first warning day left
    Warning,   // active, within the policy's warning days
    Critical,  // active, 3 days or fewer left
    Disabled,  // disabled for any reason
};

int daysInactive(const QDateTime& inactiveSince, const QDateTime& now);
// Whole days until autoDisableAt (rounded up, so "1 day" means "less than a day and more than
// none"); 0 when due. Uses inactiveSince + policy days when autoDisableAt is missing.
int daysLeft(const Token& token, const InactivityPolicySettings& policy, const QDateTime& now);
QDateTime autoDisableAt(const Token& token, const InactivityPolicySettings& policy);
Band band(const Token& token, const InactivityPolicySettings& policy, const QDateTime& now);
// The warning threshold (one of policy.warningDays) the token has crossed, or 0 for none.
int warningThreshold(const Token& token, const InactivityPolicySettings& policy,
                     const QDateTime& now);
// Local clock corrected by the server's Date header offset.
QDateTime correctedNow(qint64 skewMs);

constexpr int criticalDays = 3;

} // namespace InactivityPolicy
} // namespace TokenConsole
