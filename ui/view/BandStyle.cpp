// SPDX-License-Identifier: GPL-3.0-or-later
#include "view/BandStyle.h"

#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPolygonF>
#include <QRect>
#include <QtMath>

namespace TokenConsole::BandStyle {

using Band = InactivityPolicy::Band;

QColor blend(const QColor& base, const QColor& tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount);
}

QColor hue(Band band, const QPalette& palette)
{
    switch (band) {
    case Band::Warning:
        return QColor(232, 145, 0);
    case Band::Critical:
        return QColor(218, 56, 72);
    case Band::Disabled:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case Band::None:
        break;
    }
    return {};
}

QColor tint(Band band, const QPalette& palette)
{
    if (band == Band::None)
        return {};
    const qreal amount = band == Band::Disabled ? 0.10 : 0.26;
    return blend(palette.color(QPalette::Base), hue(band, palette), amount);
}

namespace {

QIcon themedOrBundled(const char* themeName, const QString& bundled)
{
    const QString theme = QString::fromLatin1(themeName);
    if (QIcon::hasThemeIcon(theme))
        return QIcon::fromTheme(theme);
    if (QFile::exists(bundled))
        return QIcon(bundled);
    return {};
}

} // namespace

QIcon icon(Band band)
{
    switch (band) {
    case Band::Warning:
        return themedOrBundled("dialog-warning",
                               QStringLiteral(":/icons/actions/status-warning.svg"));
    case Band::Critical:
        return themedOrBundled("dialog-error",
                               QStringLiteral(":/icons/actions/status-critical.svg"));
    case Band::Disabled:
        return themedOrBundled("action-unavailable-symbolic",
                               QStringLiteral(":/icons/actions/status-disabled.svg"));
    case Band::None:
        break;
    }
    return themedOrBundled("emblem-ok-symbolic",
                           QStringLiteral(":/icons/actions/status-active.svg"));
}

QString label(Band band)
{
    switch (band) {
    case Band::Warning:
        return QCoreApplication::translate("BandStyle", "Warning");
    case Band::Critical:
        return QCoreApplication::translate("BandStyle", "Critical");
    case Band::Disabled:
        return QCoreApplication::translate("BandStyle", "Disabled");
    case Band::None:
        break;
    }
    return QCoreApplication::translate("BandStyle", "OK");
}

void paintIcon(QPainter* painter, const QRect& rect, Band band, const QPalette& palette)
{
    const QIcon themed = icon(band);
    if (!themed.isNull()) {
        themed.paint(painter, rect);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect).adjusted(1, 1, -1, -1);
    const QColor color = band == Band::None ? QColor(39, 174, 96) : hue(band, palette);
    painter->setPen(QPen(color.darker(120), 1));
    painter->setBrush(color);
    switch (band) {
    case Band::Warning: {
        QPolygonF triangle;
        triangle << QPointF(r.center().x(), r.top()) << r.bottomRight() << r.bottomLeft();
        painter->drawPolygon(triangle);
        break;
    }
    case Band::Critical: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const qreal angle = M_PI / 8 + i * M_PI / 4;
            octagon << r.center() + QPointF(std::cos(angle) * r.width() / 2,
                                            std::sin(angle) * r.height() / 2);
        }
        painter->drawPolygon(octagon);
        break;
    }
    case Band::Disabled:
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(color, 1.6));
        painter->drawEllipse(r.adjusted(1, 1, -1, -1));
        painter->drawLine(QPointF(r.left() + r.width() * 0.25, r.bottom() - r.height() * 0.25),
                          QPointF(r.right() - r.width() * 0.25, r.top() + r.height() * 0.25));
        break;
    case Band::None:
        painter->drawEllipse(r.adjusted(2, 2, -2, -2));
        break;
    }
    // A mark inside the warning and critical shapes, for monochrome legibility.
    if (band == Band::Warning || band == Band::Critical) {
        painter->setPen(QPen(palette.color(QPalette::Base), 1.6));
        const qreal x = r.center().x();
        painter->drawLine(QPointF(x, r.top() + r.height() * 0.35),
                          QPointF(x, r.top() + r.height() * 0.65));
        painter->drawPoint(QPointF(x, r.top() + r.height() * 0.8));
    }
    painter->restore();
}

} // namespace TokenConsole::BandStyle
