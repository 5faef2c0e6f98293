// SPDX-License-Identifier: GPL-3.0-or-later
#include "view/CountdownDelegate.h"

#include "text/DateText.h"
#include "text/UiText.h"
#include "model/Token.h"
#include "model/TokenTableModel.h"
#include "policy/InactivityPolicy.h"
#include "view/BandStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace TokenConsole {

using Band = InactivityPolicy::Band;

namespace {

Band bandOf(const QModelIndex& index)
{
    return static_cast<Band>(index.data(TokenTableModel::BandRole).toInt());
}

} // namespace

QString CountdownDelegate::countdownText(const QModelIndex& index)
{
    const Band band = bandOf(index);
    if (band == Band::Disabled)
        return tr("disabled");
    // The model's wording: "12 days", "at most 12 days", "Unknown".
    const QString count = index.data(Qt::DisplayRole).toString();
    if (band == Band::Critical)
        return tr("%1 · critical").arg(count);
    if (band == Band::Warning)
        return tr("%1 · warning").arg(count);
    return count;
}

void CountdownDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const Band band = bandOf(index);
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    const bool selected = opt.state & QStyle::State_Selected;
    if (!selected && band != Band::None)
        painter->fillRect(opt.rect, BandStyle::tint(band, opt.palette));
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    if (band == Band::Warning || band == Band::Critical) {
        // A solid edge on the left makes the band visible even on a selected row.
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), 3, opt.rect.height()),
                          BandStyle::hue(band, opt.palette));
    }
    const QFontMetrics metrics(opt.font);
    const int iconSize = qMin(metrics.height(), opt.rect.height() - 4);
    const QRect iconRect(opt.rect.left() + 8, opt.rect.center().y() - iconSize / 2 + 1, iconSize,
                         iconSize);
    if (band != Band::None)
        BandStyle::paintIcon(painter, iconRect, band, opt.palette);
    const QRect textRect = opt.rect.adjusted(iconRect.width() + 14, 0, -4, 0);
    painter->save();
    QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (band == Band::Disabled && !selected)
        textColor = opt.palette.color(QPalette::Disabled, QPalette::Text);
    painter->setPen(textColor);
    if (band == Band::Critical) {
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
    }
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft,
        painter->fontMetrics().elidedText(countdownText(index), Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize CountdownDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    return {metrics.horizontalAdvance(countdownText(index)) + metrics.height() + 24,
            metrics.height() + 8};
}

bool CountdownDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                  const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const auto token = index.data(TokenTableModel::TokenRole).value<Token>();
    QString tip;
    if (!token.isActive()) {
        tip = tr("Disabled: no countdown.");
    } else {
        tip = tr("%1 — auto-disables on %2 unless the token is used before.")
                  .arg(BandStyle::label(bandOf(index)),
                       DateText::dateTime(token.autoDisableAt));
    }
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace TokenConsole
