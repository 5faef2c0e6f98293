// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/TokenFilterModel.h"

#include "model/TokenTableModel.h"
#include "policy/InactivityPolicy.h"

#include <limits>

namespace TokenConsole {

namespace {

// Fewer changed rows than this are re-sorted one by one, as the stock proxy does; more are
// re-sorted in one pass, which is cheaper than many single-row moves in a large list.
constexpr int kBatchThreshold = 32;
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

template <typename T>
int compare3(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

qint64 msecs(const QDateTime& t, qint64 invalid)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : invalid;
}

} // namespace

TokenFilterModel::TokenFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TokenTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TokenFilterModel::setSourceModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_keysColumn = -1;
    m_keys.clear();
    forgetAccepted();
    m_tokens = qobject_cast<const TokenTableModel*>(model);
    m_searchText.setModel(m_tokens);  // first, so its rows are current for the filter below
    // Connected before the base class connects its own handlers, so the keys are current
    // whenever the base class compares rows in reaction to the same signal.
    if (model)
        connectSource(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TokenFilterModel::connectSource(QAbstractItemModel* model)
{
    const auto forget = [this] {
        m_keysColumn = -1;
        forgetAccepted();
    };
    m_sourceConnections << connect(model, &QAbstractItemModel::modelReset, this, forget)
                        << connect(model, &QAbstractItemModel::layoutChanged, this, forget)
                        << connect(model, &QAbstractItemModel::rowsMoved, this, forget)
                        << connect(model, &QAbstractItemModel::columnsInserted, this, forget)
                        << connect(model, &QAbstractItemModel::columnsRemoved, this, forget);
    m_sourceConnections << connect(model, &QAbstractItemModel::dataChanged, this,
                                   [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                                       if (topLeft.parent().isValid())
                                           return;
                                       if (m_acceptedValid && m_tokens && m_accepted.size() == m_tokens->rowCount()) {
                                           for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                                               m_accepted[row] = accepts(row);
                                       } else {
                                           forgetAccepted();
                                       }
                                       if (m_keysColumn < 0)
                                           return;
                                       if (m_keys.size() != sourceModel()->rowCount()) {
                                           m_keysColumn = -1;
                                           return;
                                       }
                                       for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                                           m_keys[row] = key(row, m_keysColumn);
                                   });
    m_sourceConnections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                   [this](const QModelIndex& parent, int first, int last) {
                                       if (parent.isValid())
                                           return;
                                       if (m_acceptedValid) {
                                           m_accepted.insert(first, last - first + 1, false);
                                           for (int row = first; row <= last; ++row)
                                               m_accepted[row] = accepts(row);
                                       }
                                       if (m_keysColumn < 0)
                                           return;
                                       QVector<qint64> fresh;
                                       fresh.reserve(last - first + 1);
                                       for (int row = first; row <= last; ++row)
                                           fresh.append(key(row, m_keysColumn));
                                       m_keys.insert(first, fresh.size(), 0);
                                       std::copy(fresh.begin(), fresh.end(), m_keys.begin() + first);
                                   });
    m_sourceConnections << connect(model, &QAbstractItemModel::rowsRemoved, this,
                                   [this](const QModelIndex& parent, int first, int last) {
                                       if (parent.isValid())
                                           return;
                                       if (m_acceptedValid)
                                           m_accepted.remove(first, last - first + 1);
                                       if (m_keysColumn >= 0)
                                           m_keys.remove(first, last - first + 1);
                                   });
    if (m_tokens) {
        m_sourceConnections << connect(m_tokens, &TokenTableModel::batchAboutToChange, this,
                                       &TokenFilterModel::onBatchAboutToChange);
        m_sourceConnections << connect(m_tokens, &TokenTableModel::batchChanged, this,
                                       &TokenFilterModel::onBatchChanged);
    }
}

void TokenFilterModel::onBatchAboutToChange(int rows)
{
    if (rows < kBatchThreshold || !dynamicSortFilter())
        return;
    // Many scattered rows: let the changes through untouched, then filter and sort once.
    m_batching = true;
    setDynamicSortFilter(false);
}

void TokenFilterModel::onBatchChanged()
{
    if (!m_batching)
        return;
    m_batching = false;
    if (!m_text.isEmpty() || m_status != StatusFilter::All)
        invalidateFilter();
    setDynamicSortFilter(true);  // re-sorts, keeping persistent indexes (selection) valid
}

void TokenFilterModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_foldedText = trimmed.toCaseFolded();
    forgetAccepted();
    invalidateFilter();
}

void TokenFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    forgetAccepted();
    invalidateFilter();
}

void TokenFilterModel::setExpiringWithinDays(int days)
{
    if (days == m_withinDays)
        return;
    m_withinDays = days;
    if (m_status == StatusFilter::Expiring) {
        forgetAccepted();
        invalidateFilter();
    }
}

bool TokenFilterModel::matchesStatus(int sourceRow, StatusFilter filter) const
{
    const TokenTableModel* model = m_tokens;
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

void TokenFilterModel::forgetAccepted()
{
    m_acceptedValid = false;
    m_accepted.clear();
}

bool TokenFilterModel::accepts(int sourceRow) const
{
    if (m_status != StatusFilter::All && !matchesStatus(sourceRow, m_status))
        return false;
    if (m_text.isEmpty())
        return true;
    // Straight from the token's own strings: no QVariant, no string built per row.
    const Token& t = m_tokens->token(sourceRow);
    return t.name.contains(m_text, Qt::CaseInsensitive)
        || t.login.contains(m_text, Qt::CaseInsensitive)
        || t.key.contains(m_text, Qt::CaseInsensitive)
        || m_searchText.contains(sourceRow, m_foldedText);
}

bool TokenFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const TokenTableModel* model = m_tokens;
    if (!model)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_status == StatusFilter::All && m_text.isEmpty())
        return true;
    const int rows = model->rowCount();
    if (!m_acceptedValid || m_accepted.size() != rows) {
        // The proxy asks in its own (sorted) order; answering all rows in storage order at
        // once is far kinder to the memory cache.
        m_accepted.resize(rows);
        for (int row = 0; row < rows; ++row)
            m_accepted[row] = accepts(row);
        m_acceptedValid = true;
    }
    return sourceRow < rows && m_accepted.at(sourceRow);
}

bool TokenFilterModel::hasKeys(int column) const
{
    switch (column) {
    case TokenTableModel::StatusColumn:
    case TokenTableModel::LastActivityColumn:
    case TokenTableModel::DaysInactiveColumn:
    case TokenTableModel::AutoDisableColumn:
    case TokenTableModel::CreatedColumn:
    case TokenTableModel::LocalSecretColumn:
        return true;
    default:
        return false;
    }
}

qint64 TokenFilterModel::key(int sourceRow, int column) const
{
    const Token& t = m_tokens->token(sourceRow);
    switch (column) {
    case TokenTableModel::StatusColumn:
        return int(t.status) * 4 + int(t.disabledReason);
    case TokenTableModel::LastActivityColumn:
        return msecs(t.lastActivityAt, kMin);  // never used: first
    case TokenTableModel::DaysInactiveColumn: {
        // More days inactive means an earlier inactiveSince.
        const qint64 since = msecs(t.inactiveSince, kMin);
        return since == kMin ? kMax : -since;
    }
    case TokenTableModel::AutoDisableColumn:
        // Disabled tokens have no countdown: after every active one.
        return t.isActive() ? msecs(InactivityPolicy::autoDisableAt(t, m_tokens->policy()), kMin) : kMax;
    case TokenTableModel::CreatedColumn:
        return msecs(t.createdAt, kMin);
    case TokenTableModel::LocalSecretColumn:
        return m_tokens->index(sourceRow, column).data(TokenTableModel::SortRole).toBool() ? 1 : 0;
    default:
        return 0;
    }
}

void TokenFilterModel::ensureKeys(int column) const
{
    const int rows = m_tokens->rowCount();
    if (m_keysColumn == column && m_keys.size() == rows)
        return;
    m_keys.resize(rows);
    for (int row = 0; row < rows; ++row)
        m_keys[row] = key(row, column);
    m_keysColumn = column;
}

bool TokenFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const TokenTableModel* model = m_tokens;
    if (!model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    const int l = left.row();
    const int r = right.row();
    int c = 0;
    if (hasKeys(column)) {
        ensureKeys(column);
        c = compare3(m_keys.at(l), m_keys.at(r));
    } else {
        const Token& a = model->token(l);
        const Token& b = model->token(r);
        switch (column) {
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
        default:
            return QSortFilterProxyModel::lessThan(left, right);
        }
    }
    // Equal values (every never-used token, every active one by status) fall back to the
    // server's order: deterministic, and a comparison of two ints rather than of two names.
    if (c == 0)
        c = compare3(l, r);
    return c < 0;
}

Token TokenFilterModel::token(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_tokens)
        return {};
    return m_tokens->token(mapToSource(proxyIndex));
}

QModelIndex TokenFilterModel::indexOf(const QString& id, int column) const
{
    return m_tokens ? mapFromSource(m_tokens->indexOf(id, column)) : QModelIndex();
}

} // namespace TokenConsole
