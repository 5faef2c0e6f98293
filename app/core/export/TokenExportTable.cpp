// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/TokenExportTable.h"

#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "policy/InactivityPolicy.h"

namespace TokenConsole {

namespace {

QVariant time(const QDateTime& at)
{
    return at.isValid() ? QVariant(at) : QVariant();
}

QString statusId(const Token& t)
{
    if (t.isActive())
        return QStringLiteral("active");
    return t.disabledReason == Token::DisabledReason::Inactivity
               ? QStringLiteral("disabled_inactivity")
               : QStringLiteral("disabled");
}

} // namespace

QString TokenExportTable::columnId(int column)
{
    switch (column) {
    case TokenTableModel::NameColumn:
        return QStringLiteral("name");
    case TokenTableModel::LoginColumn:
        return QStringLiteral("login");
    case TokenTableModel::AccessColumn:
        return QStringLiteral("access");
    case TokenTableModel::KeyColumn:
        return QStringLiteral("key");
    case TokenTableModel::StatusColumn:
        return QStringLiteral("status");
    case TokenTableModel::LastActivityColumn:
        return QStringLiteral("lastActivityAt");
    case TokenTableModel::DaysInactiveColumn:
        return QStringLiteral("daysInactive");
    case TokenTableModel::AutoDisableColumn:
        return QStringLiteral("daysLeft");
    case TokenTableModel::CreatedColumn:
        return QStringLiteral("createdAt");
    case TokenTableModel::LocalSecretColumn:
        return QStringLiteral("secretInKeychain");
    case TokenTableModel::OwnerColumn:
        return QStringLiteral("owner");
    case TokenTableModel::KeepAliveColumn:
        return QStringLiteral("keepAlive");
    case TokenTableModel::LastVerifiedColumn:
        return QStringLiteral("lastVerifiedAt");
    default:
        return QStringLiteral("column%1").arg(column);
    }
}

TableExportWriter::Table TokenExportTable::tokens(const TokenFilterModel& proxy,
                                                  const QVector<int>& columns)
{
    TableExportWriter::Table table;
    for (int column : columns)
        table.columns.append(
            {columnId(column), proxy.headerData(column, Qt::Horizontal).toString()});
    const auto* model = qobject_cast<const TokenTableModel*>(proxy.sourceModel());
    const InactivityPolicySettings policy = model ? model->policy() : InactivityPolicySettings{};
    const QDateTime now = model ? model->now() : QDateTime::currentDateTimeUtc();
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex first = proxy.index(row, 0);
        const Token t = proxy.token(first);
        QVariantList values;
        for (int column : columns) {
            switch (column) {
            case TokenTableModel::NameColumn:
                values.append(t.name);
                break;
            case TokenTableModel::LoginColumn:
                values.append(t.login);
                break;
            case TokenTableModel::AccessColumn:
                values.append(t.allEndpoints ? QStringLiteral("all_endpoints")
                                             : t.accessAreas.join(QLatin1Char(',')));
                break;
            case TokenTableModel::KeyColumn:
                values.append(t.key);
                break;
            case TokenTableModel::StatusColumn:
                values.append(statusId(t));
                break;
            case TokenTableModel::LastActivityColumn:
                values.append(time(t.lastActivityAt));
                break;
            case TokenTableModel::DaysInactiveColumn:
                values.append(t.inactiveSince.isValid()
                                  ? QVariant(InactivityPolicy::daysInactive(t.inactiveSince, now))
                                  : QVariant());
                break;
            case TokenTableModel::AutoDisableColumn:
                values.append(t.isActive() ? QVariant(InactivityPolicy::daysLeft(t, policy, now))
                                           : QVariant());
                break;
            case TokenTableModel::CreatedColumn:
                values.append(time(t.createdAt));
                break;
            case TokenTableModel::LocalSecretColumn:
                // Whether the keychain holds it, never the secret itself.
                values.append(proxy.index(row, column).data(TokenTableModel::SortRole).toBool());
                break;
            case TokenTableModel::OwnerColumn:
                values.append(t.owner);
                break;
            case TokenTableModel::KeepAliveColumn:
                values.append(t.keepAlive);
                break;
            case TokenTableModel::LastVerifiedColumn:
                values.append(time(t.lastVerifiedAt));
                break;
            default:
                // A column added later: what the table shows.
                values.append(proxy.index(row, column).data(Qt::DisplayRole).toString());
                break;
            }
        }
        table.rows.append(values);
    }
    return table;
}

TableExportWriter::Table TokenExportTable::audit(const QVector<AuditEntry>& entries)
{
    TableExportWriter::Table table;
    table.columns = {{QStringLiteral("at"), tr("Time")},
                     {QStringLiteral("actor"), tr("Who")},
                     {QStringLiteral("action"), tr("What")},
                     {QStringLiteral("tokenId"), tr("Token")},
                     {QStringLiteral("detail"), tr("Detail")}};
    for (const AuditEntry& entry : entries)
        table.rows.append({time(entry.at), entry.actor, entry.action, entry.tokenId, entry.detail});
    return table;
}

} // namespace TokenConsole
