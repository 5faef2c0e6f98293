// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace TokenConsole {

// Dates in the table as the locale's short date ("never" when missing); the full time is in
// the tooltip and the details panel. Keeps the date columns narrow.
class DateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

private:
    static QDateTime timeOf(const QModelIndex& index);
};

} // namespace TokenConsole
