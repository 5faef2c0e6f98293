// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace TokenConsole {

// One token pair of an `on24` profile as the local inventory knows it. Never holds the secret:
// that lives in the keychain, one entry per (profile, key).
struct InventoryEntry
{
    enum class ActivitySource {
        None,    // no activity known
        Entered, // the "Last Activity" date the admin typed from ON24's page
        Verify,  // a successful verify made by this console
    };
    enum class Status { Unverified, Works, Deactivated, WrongPair }; // as last seen

    QString key; // 32 capital letters and digits; the primary key
    QString name;
    QString owner;
    QString notes;
    QString login; // who the pair was provisioned for, when known
    QDateTime addedAt;
    QString addedBy;          // the OS user name
    QDateTime lastActivityAt; // latest activity known, see activitySource
    ActivitySource activitySource = ActivitySource::None;
    QDateTime lastVerifiedAt;
    // "works", "wrong_pair", "deactivated", "quota", "no_permission", "client_inactive",
    // "client_unknown", "failed", or empty when never verified.
    QString lastVerifyOutcome;
    QString lastVerifyMessage; // ON24's {"message"} or the error text
    bool keepAlive = false;
    QString keepAliveBy;
    QDateTime keepAliveChangedAt;
    Status status = Status::Unverified;
    QDateTime retryNotBefore; // quota back-off for keep-alive; invalid when none

    friend bool operator==(const InventoryEntry& a, const InventoryEntry& b)
    {
        return a.key == b.key && a.name == b.name && a.owner == b.owner && a.notes == b.notes &&
               a.login == b.login && a.addedAt == b.addedAt && a.addedBy == b.addedBy &&
               a.lastActivityAt == b.lastActivityAt && a.activitySource == b.activitySource &&
               a.lastVerifiedAt == b.lastVerifiedAt && a.lastVerifyOutcome == b.lastVerifyOutcome &&
               a.lastVerifyMessage == b.lastVerifyMessage && a.keepAlive == b.keepAlive &&
               a.keepAliveBy == b.keepAliveBy && a.keepAliveChangedAt == b.keepAliveChangedAt &&
               a.status == b.status && a.retryNotBefore == b.retryNotBefore;
    }
    friend bool operator!=(const InventoryEntry& a, const InventoryEntry& b) { return !(a == b); }
};

} // namespace TokenConsole

Q_DECLARE_METATYPE(TokenConsole::InventoryEntry)
