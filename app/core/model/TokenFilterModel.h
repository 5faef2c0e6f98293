// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QAbstractProxyModel>
#include <QPointer>

namespace TokenConsole {

class TokenTableModel;

// The token table as the view shows it: a text filter over name, owner, notes, login and key, a
// status filter, and typed sorting (names in natural order: "Integration 2" before
// "Integration 10"). Built for 100,000 tokens: the proxy keeps plain row arrays, and every
// change of filter, sort or many rows reaches the view as ONE layout change rather than
// thousands of row removals; a narrowed search only re-tests the rows still shown.
class TokenFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { All, Active, Expiring, Disabled, DisabledForInactivity };

    explicit TokenFilterModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    void setExpiringWithinDays(int days);
    int expiringWithinDays() const { return m_withinDays; }

    // True when the token passes the status filter `filter`.
    bool matchesStatus(int sourceRow, StatusFilter filter) const;
    // How many tokens each status filter shows, in one pass over the tokens.
    struct StatusCounts
    {
        int all = 0, active = 0, expiring = 0, disabled = 0, disabledForInactivity = 0;
        int of(StatusFilter filter) const;
    };
    StatusCounts statusCounts() const;
    // All tokens, whatever the filters: the "of 100,000" in "12 of 100,000".
    int totalCount() const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setSourceModel(QAbstractItemModel* model) override;

    // The tokens through the proxy (Kleopatra's key(index)/index(key)), so views and commands
    // need only this model. An invalid index gives an empty token; an unknown or filtered-out
    // id an invalid index.
    Token token(const QModelIndex& proxyIndex) const;
    QModelIndex indexOf(const QString& id, int column = 0) const;

    // QAbstractItemModel / QAbstractProxyModel
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    enum class Rebuild { Filter, Narrow, SortAndFilter };

    void connectSource();
    void rebuild(Rebuild how);
    void reorder();
    void refilter(bool narrow);
    void mergeIntoOrder(QVector<int> rows);
    void replaceRows(const QVector<int>& rows);
    void beginChange();
    void finishChange();
    bool accepts(int sourceRow) const;
    QString searchText(int sourceRow) const;
    qint64 key(int sourceRow) const;
    QString sortText(int sourceRow) const;
    void computeKeys();
    void updateKey(int sourceRow);
    template <typename Compare>
    void withOrder(Compare&& use) const;
    bool hasNumericKey() const;
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                       const QList<int>& roles);
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void onReset();

    QPointer<const TokenTableModel> m_tokens;
    QList<QMetaObject::Connection> m_connections;

    QVector<int> m_order;     // every source row, in sort order
    QVector<int> m_visible;   // proxy row -> source row: m_order, filtered
    QVector<int> m_proxyRow;  // source row -> proxy row, or -1
    // Per source row: the folded text the search looks in, and the current sort column's key
    // (a number, or a folded text for the text columns).
    QVector<QString> m_search;
    QVector<qint64> m_keys;
    QVector<QString> m_texts;
    bool m_keysValid = false;

    // Persistent indexes across a layout change, by source row.
    QModelIndexList m_persistentBefore;
    QVector<std::pair<int, int>> m_persistentSource;  // source row, column
    bool m_layoutOpen = false;
    // Within a batch of source changes: whether order or filter moved, and the proxy rows
    // whose data changed otherwise.
    bool m_inBatch = false;
    bool m_batchDirty = false;
    QVector<int> m_batchRows;  // source rows
    int m_batchFirst = 0;
    int m_batchLast = -1;

    QString m_text;        // as typed, trimmed
    QString m_foldedText;  // case-folded, what rows are tested with
    StatusFilter m_status = StatusFilter::All;
    int m_withinDays = 14;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace TokenConsole
