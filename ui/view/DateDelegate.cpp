// SPDX-License-Identifier: GPL-3.0-or-later
#include "view/DateDelegate.h"

#include "model/Token.h"
#include "model/TokenTableModel.h"
#include "text/DateText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace TokenConsole {

QDateTime DateDelegate::timeOf(const QModelIndex& index)
{
    const auto token = index.data(TokenTableModel::TokenRole).value<Token>();
    return index.column() == TokenTableModel::CreatedColumn ? token.createdAt
                                                            : token.lastActivityAt;
}

void DateDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QDateTime time = timeOf(index);
    option->text = time.isValid()
                       ? DateText::date(time)
                       : tr("never");
}

bool DateDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                             const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QDateTime time = timeOf(index);
    QToolTip::showText(event->globalPos(),
                       time.isValid() ? DateText::dateTime(time)
                                      : tr("No API call with this token yet."),
                       view);
    return true;
}

} // namespace TokenConsole
