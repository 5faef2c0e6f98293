#pragma once

#include <QSortFilterProxyModel>

namespace TokenConsole {

// Text filter over name, login and key; status filter; typed sorting by SortRole.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    StatusFilter m_status = StatusFilter::All;
    int m_withinDays = 14;
};

} // namespace TokenConsole
