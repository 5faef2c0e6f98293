// SPDX-License-Identifier: GPL-3.0-or-later
#include "view/StatusBadgeDelegate.h"

#include "model/Token.h"
#include "model/TokenTableModel.h"
#include "text/TokenWording.h"
#include "view/BandStyle.h"

#include <QApplication>
#include <QPainter>

namespace TokenConsole {

QString StatusBadgeDelegate::statusText(const QModelIndex& index)
{
    return TokenWording::status(index.data(TokenTableModel::TokenRole).value<Token>());
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto token = index.data(TokenTableModel::TokenRole).value<Token>();
    const QString text = statusText(index);
    QColor hue(39, 174, 96);
    if (!token.isActive()) {
        hue = token.disabledReason == Token::DisabledReason::Inactivity
                  ? BandStyle::hue(InactivityPolicy::Band::Critical, opt.palette)
                  : BandStyle::hue(InactivityPolicy::Band::Disabled, opt.palette);
    } else if (token.pairState == Token::PairState::WrongPair) {
        hue = BandStyle::hue(InactivityPolicy::Band::Critical, opt.palette);
    } else if (token.pairState == Token::PairState::Unverified) {
        hue = BandStyle::hue(InactivityPolicy::Band::Warning, opt.palette);
    }
    const QFontMetrics metrics(opt.font);
    const int padding = metrics.height() / 2;
    const int height = metrics.height() + 4;
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * padding, opt.rect.width() - 8);
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor base = opt.palette.color(QPalette::Base);
    painter->setBrush(BandStyle::blend(base, hue, 0.22));
    painter->setPen(QPen(BandStyle::blend(base, hue, 0.75), 1));
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0,
                             height / 2.0);
    // The badge is blended from Base, so Text stays readable on it even in a selected row.
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->drawText(badge, Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, badge.width() - padding));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    return {metrics.horizontalAdvance(statusText(index)) + metrics.height() + 12,
            metrics.height() + 8};
}

} // namespace TokenConsole
