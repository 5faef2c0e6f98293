#include "model/TokenFilterModel.h"

#include "model/TokenTableModel.h"
#include "policy/InactivityPolicy.h"

namespace TokenConsole {

namespace {

template <typename T>
int compare3(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareTime(const QDateTime& a, const QDateTime& b)
{
    // Never-used (invalid) sorts before any real time.
    if (!a.isValid() || !b.isValid())
        return int(a.isValid()) - int(b.isValid());
    return compare3(a.toMSecsSinceEpoch(), b.toMSecsSinceEpoch());
}

} // namespace

TokenFilterModel::TokenFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TokenTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TokenFilterModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void TokenFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

void TokenFilterModel::setExpiringWithinDays(int days)
{
    if (days == m_withinDays)
        return;
    m_withinDays = days;
    if (m_status == StatusFilter::Expiring)
        invalidateFilter();
}

bool TokenFilterModel::matchesStatus(int sourceRow, StatusFilter filter) const
{
    const auto* model = qobject_cast<const TokenTableModel*>(sourceModel());
    if (!model || sourceRow < 0 || sourceRow >= model->rowCount())
        return false;
    const Token& t = model->token(sourceRow);
    switch (filter) {
    case StatusFilter::All:
        return true;
    case StatusFilter::Active:
        return t.isActive();
    case StatusFilter::Expiring:
        return t.isActive()
            && InactivityPolicy::daysLeft(t, model->policy(), model->now()) <= m_withinDays;
    case StatusFilter::Disabled:
        return !t.isActive();
    case StatusFilter::DisabledForInactivity:
        return !t.isActive() && t.disabledReason == Token::DisabledReason::Inactivity;
    }
    return false;
}

bool TokenFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const TokenTableModel*>(sourceModel());
    if (!model)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_status != StatusFilter::All && !matchesStatus(sourceRow, m_status))
        return false;
    if (m_text.isEmpty())
        return true;
    // Straight from the token's own strings: no QVariant, no string built per row.
    const Token& t = model->token(sourceRow);
    return t.name.contains(m_text, Qt::CaseInsensitive)
        || t.login.contains(m_text, Qt::CaseInsensitive)
        || t.key.contains(m_text, Qt::CaseInsensitive);
}

bool TokenFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = qobject_cast<const TokenTableModel*>(sourceModel());
    if (!model)
        return QSortFilterProxyModel::lessThan(left, right);
    const Token& a = model->token(left.row());
    const Token& b = model->token(right.row());
    int c = 0;
    switch (left.column()) {
    case TokenTableModel::NameColumn:
        c = a.name.compare(b.name, Qt::CaseInsensitive);
        break;
    case TokenTableModel::LoginColumn:
        c = a.login.compare(b.login, Qt::CaseInsensitive);
        break;
    case TokenTableModel::AccessColumn:
        c = a.allEndpoints != b.allEndpoints ? (a.allEndpoints ? -1 : 1)
                                             : compare3(a.accessAreas, b.accessAreas);
        break;
    case TokenTableModel::KeyColumn:
        c = a.key.compare(b.key);
        break;
    case TokenTableModel::StatusColumn:
        c = compare3(int(a.status) * 4 + int(a.disabledReason), int(b.status) * 4 + int(b.disabledReason));
        break;
    case TokenTableModel::LastActivityColumn:
        c = compareTime(a.lastActivityAt, b.lastActivityAt);
        break;
    case TokenTableModel::DaysInactiveColumn:
        // More days inactive means an earlier inactiveSince.
        c = compareTime(b.inactiveSince, a.inactiveSince);
        break;
    case TokenTableModel::AutoDisableColumn: {
        if (a.isActive() != b.isActive()) {
            c = a.isActive() ? -1 : 1;  // disabled tokens have no countdown: last
        } else if (a.isActive()) {
            c = compareTime(InactivityPolicy::autoDisableAt(a, model->policy()),
                            InactivityPolicy::autoDisableAt(b, model->policy()));
        }
        break;
    }
    case TokenTableModel::CreatedColumn:
        c = compareTime(a.createdAt, b.createdAt);
        break;
    case TokenTableModel::LocalSecretColumn:
        c = compare3(left.data(TokenTableModel::SortRole).toBool(),
                     right.data(TokenTableModel::SortRole).toBool());
        break;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
    // Equal values keep a stable, meaningful order: by name.
    if (c == 0 && left.column() != TokenTableModel::NameColumn)
        c = a.name.compare(b.name, Qt::CaseInsensitive);
    return c < 0;
}

} // namespace TokenConsole
