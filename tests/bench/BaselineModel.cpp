// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaselineModel.h"

#include "model/TokenTableModel.h"
#include "policy/InactivityPolicy.h"

#include <QLocale>

namespace TokenConsole::Bench {

namespace {

QString dateText(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("Never");
}

} // namespace

BaselineModel::BaselineModel() : m_now(QDateTime::currentDateTimeUtc())
{
    m_model.setColumnCount(TokenTableModel::ColumnCount);
    m_proxy.setSortRole(sortRole);
    m_proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy.setFilterKeyColumn(-1);
}

QList<QStandardItem*> BaselineModel::makeRow(const Token& t) const
{
    const InactivityPolicySettings policy;
    const int left = InactivityPolicy::daysLeft(t, policy, m_now);
    const int inactive = InactivityPolicy::daysInactive(t.inactiveSince, m_now);
    const auto item = [](const QVariant& display, const QVariant& sort) {
        auto* i = new QStandardItem;
        i->setData(display, Qt::DisplayRole);
        i->setData(sort, sortRole);
        i->setEditable(false);
        return i;
    };
    const QString status = t.isActive() ? QStringLiteral("Active")
        : (t.disabledReason == Token::DisabledReason::Inactivity ? QStringLiteral("Disabled (inactivity)")
                                                                 : QStringLiteral("Disabled"));
    return {item(t.name, t.name),
            item(t.login, t.login),
            item(t.allEndpoints ? QStringLiteral("All endpoints") : t.accessAreas.join(QStringLiteral(", ")),
                 t.allEndpoints ? QString() : t.accessAreas.join(QLatin1Char(','))),
            item(t.key, t.key),
            item(status, int(t.status)),
            item(dateText(t.lastActivityAt), t.lastActivityAt),
            item(inactive, inactive),
            item(t.isActive() ? QStringLiteral("%1 days").arg(left) : QStringLiteral("\u2014"), left),
            item(dateText(t.createdAt), t.createdAt),
            item(QString(), false)};
}

void BaselineModel::load(const TokenList& tokens)
{
    for (const Token& t : tokens) {
        m_rowById.insert(t.id, m_model.rowCount());
        m_tokenById.insert(t.id, t);
        m_model.appendRow(makeRow(t));
    }
}

void BaselineModel::setCell(int row, int column, const QVariant& display, const QVariant& sort)
{
    QStandardItem* i = m_model.item(row, column);
    i->setData(display, Qt::DisplayRole);
    i->setData(sort, sortRole);
}

void BaselineModel::update(const TokenList& tokens)
{
    const InactivityPolicySettings policy;
    for (const Token& t : tokens) {
        const auto it = m_tokenById.find(t.id);
        if (it == m_tokenById.end() || *it == t)
            continue;
        const int row = m_rowById.value(t.id);
        if (it->lastActivityAt != t.lastActivityAt)
            setCell(row, TokenTableModel::LastActivityColumn, dateText(t.lastActivityAt), t.lastActivityAt);
        if (it->inactiveSince != t.inactiveSince) {
            const int inactive = InactivityPolicy::daysInactive(t.inactiveSince, m_now);
            setCell(row, TokenTableModel::DaysInactiveColumn, inactive, inactive);
        }
        if (it->autoDisableAt != t.autoDisableAt) {
            const int left = InactivityPolicy::daysLeft(t, policy, m_now);
            setCell(row, TokenTableModel::AutoDisableColumn, QStringLiteral("%1 days").arg(left), left);
        }
        if (it->name != t.name)
            setCell(row, TokenTableModel::NameColumn, t.name, t.name);
        *it = t;
    }
}

} // namespace TokenConsole::Bench
