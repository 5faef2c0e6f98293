// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "direct/InventoryEntry.h"

#include <QJsonObject>
#include <QString>

namespace TokenConsole {

// A direct-mode token as the CLI prints it (`list --format json|csv`). The field names and
// values are a public contract for scripts: see "Direct mode" in DESIGN.md.
namespace DirectTokenJson {

// key, name, login, owner, notes, status ("works" | "disabled" | "wrong_pair" | "unverified"),
// lastActivityAt (RFC 3339 UTC or null), lastActivityKnownFrom ("verify" | "entered" | "none"),
// daysLeft (the worst case; null when no activity is known), keepAlive, lastVerifiedAt (or
// null), lastVerifyOutcome (or null).
QJsonObject toJson(const InventoryEntry& entry, int daysLeft);

// The same fields as RFC 4180 lines without the line break (join them with "\r\n"). A null is an
// empty cell; a text cell starting with = + - @ (or a tab or carriage return) gets a leading '
// so a spreadsheet does not run it as a formula.
QString csvHeader();
QString toCsvRow(const InventoryEntry& entry, int daysLeft);

// The ids used above, for other outputs that must say the same.
QString statusId(InventoryEntry::Status status);
QString activitySourceId(const InventoryEntry& entry);

} // namespace DirectTokenJson
} // namespace TokenConsole
