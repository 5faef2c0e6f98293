// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Token.h"

namespace TokenConsole {

bool Token::operator==(const Token& o) const
{
    // Cheapest and most volatile fields first: a refresh compares every token.
    return version == o.version && id == o.id && status == o.status
        && disabledReason == o.disabledReason && lastActivityAt == o.lastActivityAt
        && inactiveSince == o.inactiveSince && autoDisableAt == o.autoDisableAt
        && disabledAt == o.disabledAt && name == o.name && key == o.key && userId == o.userId
        && login == o.login && allEndpoints == o.allEndpoints && accessAreas == o.accessAreas
        && createdAt == o.createdAt && createdBy == o.createdBy && owner == o.owner
        && notes == o.notes && rotatedAt == o.rotatedAt
        && previousSecretExpiresAt == o.previousSecretExpiresAt && activitySource == o.activitySource && pairState == o.pairState
        && keepAlive == o.keepAlive && keepAliveBy == o.keepAliveBy
        && keepAliveChangedAt == o.keepAliveChangedAt && lastVerifiedAt == o.lastVerifiedAt
        && lastVerifyOutcome == o.lastVerifyOutcome && lastVerifyMessage == o.lastVerifyMessage;
}

} // namespace TokenConsole
