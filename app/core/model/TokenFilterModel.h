// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include "model/Token.h"
#include "model/TokenSearchText.h"

#include <QSortFilterProxyModel>

namespace TokenConsole {

class TokenTableModel;

// Text filter over name, login, key, owner and notes; status filter; typed sorting by SortRole.
class TokenFilterModel : public QSortFilterProxyModel
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

    // True when the token passes the status filter `filter` (used for the per-filter counts).
    bool matchesStatus(int sourceRow, StatusFilter filter) const;

    void setSourceModel(QAbstractItemModel* model) override;

    // The tokens through the proxy (Kleopatra's key(index)/index(key)), so views and commands
    // need only this model. An invalid index gives an empty token; an unknown or filtered-out
    // id an invalid index.
    Token token(const QModelIndex& proxyIndex) const;
    QModelIndex indexOf(const QString& id, int column = 0) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void connectSource(QAbstractItemModel* model);
    bool hasKeys(int column) const;
    qint64 key(int sourceRow, int column) const;
    void ensureKeys(int column) const;
    bool accepts(int sourceRow) const;  // status and text filters, straight from the token
    void forgetAccepted();
    void onBatchAboutToChange(int rows);
    void onBatchChanged();

    // Sort keys of the numeric and time columns, one qint64 per source row, so comparisons
    // read a compact array instead of chasing tokens all over memory (-1: none built).
    mutable QVector<qint64> m_keys;
    mutable int m_keysColumn = -1;
    // The filter's verdict per source row, computed in one sequential pass when the filter
    // changes (cache-friendly) and kept current as rows change.
    mutable QVector<bool> m_accepted;
    mutable bool m_acceptedValid = false;
    QList<QMetaObject::Connection> m_sourceConnections;
    bool m_batching = false;

    // The source as our own model, so sorting and filtering read tokens directly (null for any
    // other model, which gets the stock behaviour).
    QPointer<const TokenTableModel> m_tokens;
    QString m_text;
    QString m_foldedText;          // m_text, case-folded once per change of the search
    TokenSearchText m_searchText;  // owner and notes, folded once per token change
    StatusFilter m_status = StatusFilter::All;
    int m_withinDays = 14;
};

} // namespace TokenConsole
