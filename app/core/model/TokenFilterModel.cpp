// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/TokenFilterModel.h"

#include "model/TokenTableModel.h"
#include "policy/InactivityPolicy.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace TokenConsole {

namespace {

constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
// Digit runs up to this long compare by value in natural order.
constexpr int kNaturalDigits = 20;

qint64 msecs(const QDateTime& t, qint64 invalid)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : invalid;
}

// Case-folded, with each run of digits zero-padded to one width, so that a plain comparison
// puts "integration 2" before "integration 10". One pass, one allocation: the first click on
// the Name header builds this for every token.
QString naturalKey(const QString& text)
{
    QString key;
    key.reserve(text.size() + kNaturalDigits);
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (!isDigit(c)) {
            key.append(c.isSurrogate() ? c : c.toCaseFolded());
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isDigit(text.at(end)))
            ++end;
        qsizetype start = i;
        while (start + 1 < end && text.at(start) == u'0')
            ++start;  // "007" is 7
        const qsizetype digits = end - start;
        for (qsizetype pad = digits; pad < kNaturalDigits; ++pad)
            key.append(u'0');
        key.append(QStringView(text).mid(start, digits));
        i = end;
    }
    return key;
}

} // namespace

TokenFilterModel::TokenFilterModel(QObject* parent) : QAbstractProxyModel(parent) {}

void TokenFilterModel::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_tokens = qobject_cast<const TokenTableModel*>(model);
    m_search.clear();
    m_keysValid = false;
    if (m_tokens)
        connectSource();
    rebuild(Rebuild::SortAndFilter);
    endResetModel();
}

void TokenFilterModel::connectSource()
{
    const TokenTableModel* source = m_tokens;
    m_connections << connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                             [this] { beginResetModel(); })
                  << connect(source, &QAbstractItemModel::modelReset, this, [this] {
                         onReset();
                         endResetModel();
                     })
                  << connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                             [this] { beginResetModel(); })
                  << connect(source, &QAbstractItemModel::layoutChanged, this, [this] {
                         onReset();
                         endResetModel();
                     })
                  << connect(source, &QAbstractItemModel::dataChanged, this,
                             &TokenFilterModel::onDataChanged)
                  << connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                             [this] { beginChange(); })
                  << connect(source, &QAbstractItemModel::rowsInserted, this,
                             [this](const QModelIndex&, int first, int last) {
                                 onRowsInserted(first, last);
                             })
                  << connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                             [this] { beginChange(); })
                  << connect(source, &QAbstractItemModel::rowsRemoved, this,
                             [this](const QModelIndex&, int first, int last) {
                                 onRowsRemoved(first, last);
                             })
                  << connect(source, &QAbstractItemModel::headerDataChanged, this,
                             &QAbstractItemModel::headerDataChanged)
                  << connect(source, &TokenTableModel::batchAboutToChange, this, [this] {
                         m_inBatch = true;
                         m_batchDirty = false;
                         m_batchFirst = std::numeric_limits<int>::max();
                         m_batchLast = -1;
                     })
                  << connect(source, &TokenTableModel::batchChanged, this, [this] {
                         m_inBatch = false;
                         const QVector<int> rows = std::exchange(m_batchRows, {});
                         if (m_batchDirty) {
                             beginChange();
                             replaceRows(rows);
                             finishChange();
                         } else if (m_batchLast >= m_batchFirst) {
                             Q_EMIT dataChanged(index(m_batchFirst, 0),
                                                index(m_batchLast, columnCount() - 1));
                         }
                     });
}

// --- filters ------------------------------------------------------------------------------

void TokenFilterModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    const QString folded = trimmed.toCaseFolded();
    // Typing one more letter can only hide rows: test the shown ones only.
    const bool narrow = !m_foldedText.isEmpty() && folded.contains(m_foldedText);
    m_text = trimmed;
    m_foldedText = folded;
    beginChange();
    rebuild(narrow ? Rebuild::Narrow : Rebuild::Filter);
    finishChange();
}

void TokenFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    beginChange();
    rebuild(Rebuild::Filter);
    finishChange();
}

void TokenFilterModel::setExpiringWithinDays(int days)
{
    if (days == m_withinDays)
        return;
    m_withinDays = days;
    if (m_status != StatusFilter::Expiring)
        return;
    beginChange();
    rebuild(Rebuild::Filter);
    finishChange();
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

int TokenFilterModel::StatusCounts::of(StatusFilter filter) const
{
    switch (filter) {
    case StatusFilter::All:
        return all;
    case StatusFilter::Active:
        return active;
    case StatusFilter::Expiring:
        return expiring;
    case StatusFilter::Disabled:
        return disabled;
    case StatusFilter::DisabledForInactivity:
        return disabledForInactivity;
    }
    return 0;
}

TokenFilterModel::StatusCounts TokenFilterModel::statusCounts() const
{
    StatusCounts counts;
    if (!m_tokens)
        return counts;
    const InactivityPolicySettings policy = m_tokens->policy();
    const QDateTime now = m_tokens->now();
    for (const Token& t : m_tokens->tokens()) {
        ++counts.all;
        if (t.isActive()) {
            ++counts.active;
            if (InactivityPolicy::daysLeft(t, policy, now) <= m_withinDays)
                ++counts.expiring;
        } else {
            ++counts.disabled;
            if (t.disabledReason == Token::DisabledReason::Inactivity)
                ++counts.disabledForInactivity;
        }
    }
    return counts;
}

int TokenFilterModel::totalCount() const
{
    return m_tokens ? m_tokens->rowCount() : 0;
}

QString TokenFilterModel::searchText(int sourceRow) const
{
    const Token& t = m_tokens->token(sourceRow);
    // One folded string per token, fields apart by a character nobody can type in a search.
    return QString(t.name + u'\n' + t.owner + u'\n' + t.login + u'\n' + t.key + u'\n' + t.notes)
        .toCaseFolded();
}

bool TokenFilterModel::accepts(int sourceRow) const
{
    if (m_status != StatusFilter::All && !matchesStatus(sourceRow, m_status))
        return false;
    return m_foldedText.isEmpty() || m_search.at(sourceRow).contains(m_foldedText);
}

// --- sorting ------------------------------------------------------------------------------

void TokenFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder && m_keysValid)
        return;
    if (column != m_sortColumn)
        m_keysValid = false;
    m_sortColumn = column;
    m_sortOrder = order;
    beginChange();
    rebuild(Rebuild::SortAndFilter);
    finishChange();
}

bool TokenFilterModel::hasNumericKey() const
{
    switch (m_sortColumn) {
    case TokenTableModel::NameColumn:
    case TokenTableModel::LoginColumn:
    case TokenTableModel::AccessColumn:
    case TokenTableModel::KeyColumn:
    case TokenTableModel::OwnerColumn:
        return false;
    default:
        return true;
    }
}

qint64 TokenFilterModel::key(int sourceRow) const
{
    const Token& t = m_tokens->token(sourceRow);
    switch (m_sortColumn) {
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
        return t.isActive()
            ? msecs(InactivityPolicy::autoDisableAt(t, m_tokens->policy()), kMin)
            : kMax;
    case TokenTableModel::CreatedColumn:
        return msecs(t.createdAt, kMin);
    default:
        return m_tokens->index(sourceRow, m_sortColumn)
            .data(TokenTableModel::SortRole)
            .toLongLong();
    }
}

// The text columns sort by a folded text per row (natural order for names and owners),
// computed once when the column is sorted and kept current as rows change.
QString TokenFilterModel::sortText(int sourceRow) const
{
    const Token& t = m_tokens->token(sourceRow);
    switch (m_sortColumn) {
    case TokenTableModel::NameColumn:
        return naturalKey(t.name);
    case TokenTableModel::LoginColumn:
        return t.login.toCaseFolded();
    case TokenTableModel::OwnerColumn:
        return naturalKey(t.owner);
    case TokenTableModel::KeyColumn:
        return t.key;
    case TokenTableModel::AccessColumn:
        // "All endpoints" first, then by the areas' names.
        return t.allEndpoints ? QString() : u'1' + t.accessAreas.join(u',').toCaseFolded();
    default:
        return {};
    }
}

void TokenFilterModel::computeKeys()
{
    const int rows = m_tokens->rowCount();
    m_keys.clear();
    m_texts.clear();
    if (hasNumericKey()) {
        m_keys.resize(rows);
        for (int row = 0; row < rows; ++row)
            m_keys[row] = key(row);
    } else {
        m_texts.resize(rows);
        for (int row = 0; row < rows; ++row)
            m_texts[row] = sortText(row);
    }
    m_keysValid = true;
}

void TokenFilterModel::updateKey(int row)
{
    if (hasNumericKey())
        m_keys[row] = key(row);
    else
        m_texts[row] = sortText(row);
}

// Equal values fall back to the server's order; descending reverses both.
template <typename Compare>
void TokenFilterModel::withOrder(Compare&& use) const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (hasNumericKey()) {
        const QVector<qint64>& keys = m_keys;
        use([&keys, ascending](int a, int b) {
            if (keys.at(a) != keys.at(b))
                return ascending ? keys.at(a) < keys.at(b) : keys.at(a) > keys.at(b);
            return ascending ? a < b : a > b;
        });
    } else {
        const QVector<QString>& texts = m_texts;
        use([&texts, ascending](int a, int b) {
            const int c = QStringView(texts.at(a)).compare(texts.at(b));
            if (c != 0)
                return ascending ? c < 0 : c > 0;
            return ascending ? a < b : a > b;
        });
    }
}

void TokenFilterModel::reorder()
{
    const int rows = m_tokens ? m_tokens->rowCount() : 0;
    m_order.resize(rows);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || rows == 0) {
        m_keysValid = false;
        return;
    }
    if (!m_keysValid)
        computeKeys();
    withOrder([this](auto less) { std::sort(m_order.begin(), m_order.end(), less); });
}

void TokenFilterModel::refilter(bool narrow)
{
    const int rows = m_tokens ? m_tokens->rowCount() : 0;
    if (m_search.size() != rows) {
        m_search.resize(rows);
        for (int row = 0; row < rows; ++row)
            m_search[row] = searchText(row);
    }
    const QVector<int>& from = narrow ? m_visible : m_order;
    QVector<int> visible;
    if (m_foldedText.isEmpty() && m_status == StatusFilter::All) {
        visible = m_order;
    } else {
        visible.reserve(from.size());
        for (int row : from) {
            if (accepts(row))
                visible.append(row);
        }
    }
    m_visible = std::move(visible);
    m_proxyRow.fill(-1, rows);
    for (int i = 0; i < int(m_visible.size()); ++i)
        m_proxyRow[m_visible.at(i)] = i;
}

void TokenFilterModel::rebuild(Rebuild how)
{
    if (how == Rebuild::SortAndFilter)
        reorder();
    refilter(how == Rebuild::Narrow);
}

// --- changes: each one reaches the view as one layout change -------------------------------

// Before any change: remembers the source row under each persistent index (the selection, the
// current row), so that they follow their tokens.
void TokenFilterModel::beginChange()
{
    m_layoutOpen = !m_visible.isEmpty();
    m_persistentBefore.clear();
    m_persistentSource.clear();
    if (!m_layoutOpen)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_persistentBefore = persistentIndexList();
    m_persistentSource.reserve(m_persistentBefore.size());
    for (const QModelIndex& index : std::as_const(m_persistentBefore)) {
        const int row = index.row();
        m_persistentSource.append(
            {row >= 0 && row < int(m_visible.size()) ? m_visible.at(row) : -1, index.column()});
    }
}

// After it: a proxy that was empty announces its rows as inserted; otherwise the persistent
// indexes move to where their rows went and one layoutChanged tells the view.
void TokenFilterModel::finishChange()
{
    if (!m_layoutOpen) {
        if (m_visible.isEmpty())
            return;
        QVector<int> visible = std::move(m_visible);
        m_visible.clear();
        beginInsertRows({}, 0, int(visible.size()) - 1);
        m_visible = std::move(visible);
        endInsertRows();
        return;
    }
    m_layoutOpen = false;
    QModelIndexList after;
    after.reserve(m_persistentSource.size());
    for (const auto& [source, column] : std::as_const(m_persistentSource)) {
        const int row = source >= 0 && source < int(m_proxyRow.size()) ? m_proxyRow.at(source) : -1;
        after.append(row >= 0 ? createIndex(row, column) : QModelIndex());
    }
    changePersistentIndexList(m_persistentBefore, after);
    m_persistentBefore.clear();
    m_persistentSource.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TokenFilterModel::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    for (auto& entry : m_persistentSource) {
        if (entry.first >= first)
            entry.first += count;
    }
    for (int& row : m_order) {
        if (row >= first)
            row += count;
    }
    // The search text is kept for every row as rows arrive, so no keystroke pays for it.
    m_search.insert(first, count, QString());
    for (int row = first; row <= last; ++row)
        m_search[row] = searchText(row);
    if (m_sortColumn >= 0 && m_keysValid) {
        // A page of new tokens: sort it, then merge it into the order in one pass.
        if (hasNumericKey())
            m_keys.insert(first, count, 0);
        else
            m_texts.insert(first, count, QString());
        for (int row = first; row <= last; ++row)
            updateKey(row);
        QVector<int> fresh(count);
        std::iota(fresh.begin(), fresh.end(), first);
        mergeIntoOrder(fresh);
        rebuild(Rebuild::Filter);
    } else {
        m_keysValid = false;
        rebuild(Rebuild::SortAndFilter);
    }
    finishChange();
}

// Merges rows that are not in the order yet into it, in one pass.
void TokenFilterModel::mergeIntoOrder(QVector<int> rows)
{
    withOrder([this, &rows](auto less) {
        std::sort(rows.begin(), rows.end(), less);
        QVector<int> merged(m_order.size() + rows.size());
        std::merge(m_order.begin(), m_order.end(), rows.begin(), rows.end(), merged.begin(),
                   less);
        m_order = std::move(merged);
    });
}

// Some rows changed their sort key or their filter verdict: they are taken out of the order
// and merged back in (a refresh that moves 1% of 100,000 rows costs two linear passes, not a
// sort).
void TokenFilterModel::replaceRows(const QVector<int>& rows)
{
    if (m_sortColumn < 0 || !m_keysValid) {
        rebuild(Rebuild::SortAndFilter);
        return;
    }
    QVector<bool> moving(m_order.size(), false);
    for (int row : rows)
        moving[row] = true;
    QVector<int> kept;
    kept.reserve(m_order.size());
    for (int row : std::as_const(m_order)) {
        if (!moving.at(row))
            kept.append(row);
    }
    QVector<int> moved;
    moved.reserve(rows.size());
    for (int row = 0; row < int(moving.size()); ++row) {
        if (moving.at(row))
            moved.append(row);
    }
    m_order = std::move(kept);
    mergeIntoOrder(std::move(moved));
    rebuild(Rebuild::Filter);
}

void TokenFilterModel::onRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    for (auto& entry : m_persistentSource) {
        if (entry.first > last)
            entry.first -= count;
        else if (entry.first >= first)
            entry.first = -1;
    }
    QVector<int> order;
    order.reserve(m_order.size());
    for (int row : std::as_const(m_order)) {
        if (row < first)
            order.append(row);
        else if (row > last)
            order.append(row - count);
    }
    m_order = std::move(order);
    m_search.remove(first, count);
    if (m_keysValid) {
        if (hasNumericKey())
            m_keys.remove(first, count);
        else
            m_texts.remove(first, count);
    }
    rebuild(Rebuild::Filter);
    finishChange();
}

void TokenFilterModel::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                     const QList<int>& roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    bool dirty = false;
    const bool sortColumnChanged = m_sortColumn >= topLeft.column()
        && m_sortColumn <= bottomRight.column();
    int firstProxy = std::numeric_limits<int>::max(), lastProxy = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        m_search[row] = searchText(row);
        if (m_keysValid && (sortColumnChanged || roles.contains(TokenTableModel::TokenRole))) {
            const qint64 oldKey = hasNumericKey() ? m_keys.at(row) : 0;
            const QString oldText = hasNumericKey() ? QString() : m_texts.at(row);
            updateKey(row);
            dirty = dirty
                || (hasNumericKey() ? m_keys.at(row) != oldKey : m_texts.at(row) != oldText);
        }
        const int proxyRow = m_proxyRow.value(row, -1);
        if (accepts(row) != (proxyRow >= 0))
            dirty = true;
        if (proxyRow >= 0) {
            firstProxy = qMin(firstProxy, proxyRow);
            lastProxy = qMax(lastProxy, proxyRow);
        }
    }
    if (m_inBatch) {
        m_batchDirty = m_batchDirty || dirty;
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            m_batchRows.append(row);
        m_batchFirst = qMin(m_batchFirst, firstProxy);
        m_batchLast = qMax(m_batchLast, lastProxy);
        return;
    }
    if (dirty) {
        QVector<int> rows(bottomRight.row() - topLeft.row() + 1);
        std::iota(rows.begin(), rows.end(), topLeft.row());
        beginChange();
        replaceRows(rows);
        finishChange();
    } else if (lastProxy >= 0) {
        Q_EMIT dataChanged(index(firstProxy, topLeft.column()),
                           index(lastProxy, bottomRight.column()), roles);
    }
}

void TokenFilterModel::onReset()
{
    m_search.clear();
    m_keysValid = false;
    m_persistentBefore.clear();
    m_persistentSource.clear();
    m_layoutOpen = false;
    rebuild(Rebuild::SortAndFilter);
}

// --- the proxy's own model ----------------------------------------------------------------

QModelIndex TokenFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_visible.size()) || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TokenFilterModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex TokenFilterModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int TokenFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TokenFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool TokenFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_visible.isEmpty();
}

QModelIndex TokenFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_tokens || proxyIndex.row() >= int(m_visible.size()))
        return {};
    return m_tokens->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex TokenFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_tokens)
        return {};
    const int row = m_proxyRow.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant TokenFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

Token TokenFilterModel::token(const QModelIndex& proxyIndex) const
{
    const QModelIndex source = mapToSource(proxyIndex);
    return source.isValid() ? m_tokens->token(source.row()) : Token();
}

QModelIndex TokenFilterModel::indexOf(const QString& id, int column) const
{
    return m_tokens ? mapFromSource(m_tokens->indexOf(id, column)) : QModelIndex();
}

} // namespace TokenConsole
