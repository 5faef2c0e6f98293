// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace TokenConsole {

// The Status column as a rounded badge: "Active", "Disabled" or "Disabled (inactivity)". The
// words carry the meaning; the tint only helps.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QString statusText(const QModelIndex& index);
};

} // namespace TokenConsole
