// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/InactivityPolicy.h"

#include <algorithm>

namespace TokenConsole::InactivityPolicy {

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
}

int daysInactive(const QDateTime& inactiveSince, const QDateTime& now)
{
    if (!inactiveSince.isValid() || !now.isValid())
        return 0;
    const qint64 ms = inactiveSince.msecsTo(now);
    // A server clock slightly ahead of ours must not show "-1 days".
    return ms <= 0 ? 0 : int(ms / kDayMs);
}

QDateTime autoDisableAt(const Token& token, const InactivityPolicySettings& policy)
{
    if (!token.isActive())
        return {};
    if (token.autoDisableAt.isValid())
        return token.autoDisableAt;
    if (!token.inactiveSince.isValid())
        return {};
    return token.inactiveSince.addDays(policy.inactivityDays);
}

int daysLeft(const Token& token, const InactivityPolicySettings& policy, const QDateTime& now)
{
    if (!token.isActive())
        return -1;
    const QDateTime due = autoDisableAt(token, policy);
    if (!due.isValid() || !now.isValid())
        return policy.inactivityDays;
    const qint64 ms = now.msecsTo(due);
    if (ms <= 0)
        return 0;
    // A server clock ahead of ours must not show more days than the policy allows.
    return qMin(int((ms + kDayMs - 1) / kDayMs), policy.inactivityDays);
}

Band band(const Token& token, const InactivityPolicySettings& policy, const QDateTime& now)
{
    if (!token.isActive())
        return Band::Disabled;
    const int left = daysLeft(token, policy, now);
    if (left <= criticalDays)
        return Band::Critical;
    if (!policy.warningDays.isEmpty()
        && left <= *std::max_element(policy.warningDays.begin(), policy.warningDays.end()))
        return Band::Warning;
    return Band::None;
}

int warningThreshold(const Token& token, const InactivityPolicySettings& policy,
                     const QDateTime& now)
{
    if (!token.isActive())
        return 0;
    const int left = daysLeft(token, policy, now);
    int crossed = 0;
    for (int threshold : policy.warningDays) {
        if (left <= threshold && (crossed == 0 || threshold < crossed))
            crossed = threshold;
    }
    return crossed;
}

QDateTime correctedNow(qint64 skewMs)
{
    return QDateTime::currentDateTimeUtc().addMSecs(skewMs);
}

} // namespace TokenConsole::InactivityPolicy
