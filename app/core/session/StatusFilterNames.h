// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"
#include "model/TokenFilterModel.h"

#include <QDateTime>
#include <QStringList>

namespace TokenConsole {

// The GUI's status filters by stable names for scripts (`--filter disabled-for-inactivity`),
// and the tokens of a list that pass one, decided by TokenFilterModel itself so the CLI and the
// window's "Show:" menu never disagree.
class StatusFilterNames
{
public:
    // all, active, expiring, disabled, disabled-for-inactivity.
    static QStringList names();
    static bool parse(const QString& name, TokenFilterModel::StatusFilter* filter);
    static QString name(TokenFilterModel::StatusFilter filter);

    // The tokens that pass `filter` under the account's policy at `now`, in the list's order.
    static TokenList matching(const TokenList& tokens, const InactivityPolicySettings& policy,
                              const QDateTime& now, TokenFilterModel::StatusFilter filter,
                              int expiringWithinDays = 14);
};

} // namespace TokenConsole
