// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/InactivityPolicy.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPainter;
class QPalette;
class QRect;

namespace TokenConsole::BandStyle {

// How the inactivity bands look. The colours are tints blended into the palette's base, so
// they work on dark palettes too; every band also has its own icon shape and words, so
// nothing depends on seeing colour.
QColor hue(InactivityPolicy::Band band, const QPalette& palette);
QColor tint(InactivityPolicy::Band band, const QPalette& palette);
QIcon icon(InactivityPolicy::Band band);
QString label(InactivityPolicy::Band band);
// Draws the band's icon, or a distinct shape (triangle, octagon, circle) when the icon theme
// and the bundled icons have none.
void paintIcon(QPainter* painter, const QRect& rect, InactivityPolicy::Band band,
               const QPalette& palette);
QColor blend(const QColor& base, const QColor& tint, qreal amount);

} // namespace TokenConsole::BandStyle
