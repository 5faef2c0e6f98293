// SPDX-License-Identifier: GPL-3.0-or-later
#include "direct/DirectTokenJson.h"

#include "model/TokenCodec.h"

#include <QJsonValue>
#include <QStringList>

namespace TokenConsole::DirectTokenJson {

namespace {

bool activityKnown(const InventoryEntry& entry)
{
    return entry.lastActivityAt.isValid() &&
           entry.activitySource != InventoryEntry::ActivitySource::None;
}

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(TokenCodec::formatTime(time)) : QJsonValue();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString quoted(const QString& cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) &&
        !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// For text a person typed (or pasted from elsewhere): a spreadsheet would run "=HYPERLINK(…)".
QString textCell(const QString& text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return quoted(QLatin1Char('\'') + text);
    return quoted(text);
}

} // namespace

QString statusId(InventoryEntry::Status status)
{
    switch (status) {
    case InventoryEntry::Status::Works:
        return QStringLiteral("works");
    case InventoryEntry::Status::Deactivated:
        return QStringLiteral("disabled");
    case InventoryEntry::Status::WrongPair:
        return QStringLiteral("wrong_pair");
    case InventoryEntry::Status::Unverified:
        break;
    }
    return QStringLiteral("unverified");
}

QString activitySourceId(const InventoryEntry& entry)
{
    if (!activityKnown(entry))
        return QStringLiteral("none");
    return entry.activitySource == InventoryEntry::ActivitySource::Verify
               ? QStringLiteral("verify")
               : QStringLiteral("entered");
}

QJsonObject toJson(const InventoryEntry& entry, int daysLeft)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), entry.key);
    o.insert(QStringLiteral("name"), entry.name);
    o.insert(QStringLiteral("login"), entry.login);
    o.insert(QStringLiteral("owner"), entry.owner);
    o.insert(QStringLiteral("notes"), entry.notes);
    o.insert(QStringLiteral("status"), statusId(entry.status));
    o.insert(QStringLiteral("lastActivityAt"),
             activityKnown(entry) ? timeOrNull(entry.lastActivityAt) : QJsonValue());
    o.insert(QStringLiteral("lastActivityKnownFrom"), activitySourceId(entry));
    o.insert(QStringLiteral("daysLeft"),
             activityKnown(entry) ? QJsonValue(daysLeft) : QJsonValue());
    o.insert(QStringLiteral("keepAlive"), entry.keepAlive);
    o.insert(QStringLiteral("lastVerifiedAt"), timeOrNull(entry.lastVerifiedAt));
    o.insert(QStringLiteral("lastVerifyOutcome"), textOrNull(entry.lastVerifyOutcome));
    return o;
}

QString csvHeader()
{
    return QStringLiteral("key,name,login,owner,notes,status,lastActivityAt,lastActivityKnownFrom,"
                          "daysLeft,keepAlive,lastVerifiedAt,lastVerifyOutcome");
}

QString toCsvRow(const InventoryEntry& entry, int daysLeft)
{
    const bool known = activityKnown(entry);
    const QStringList cells = {
        textCell(entry.key),
        textCell(entry.name),
        textCell(entry.login),
        textCell(entry.owner),
        textCell(entry.notes),
        statusId(entry.status),
        known ? TokenCodec::formatTime(entry.lastActivityAt) : QString(),
        activitySourceId(entry),
        known ? QString::number(daysLeft) : QString(),
        entry.keepAlive ? QStringLiteral("true") : QStringLiteral("false"),
        TokenCodec::formatTime(entry.lastVerifiedAt),
        textCell(entry.lastVerifyOutcome),
    };
    return cells.join(QLatin1Char(','));
}

} // namespace TokenConsole::DirectTokenJson
