// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelTone.h"

#include <QLabel>
#include <QPalette>

namespace TokenConsole::LabelTone {

namespace {

QColor blend(const QColor& base, const QColor& tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount);
}

void setColor(QLabel* label, const QColor& color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace

void setHint(QLabel* label)
{
    label->setEnabled(true);
    // Take the application's palette, not the label's possibly already tinted one.
    setColor(label, label->window()->palette().color(QPalette::PlaceholderText));
}

void setError(QLabel* label)
{
    label->setEnabled(true);
    const QColor text = label->window()->palette().color(QPalette::WindowText);
    setColor(label, blend(text, QColor(218, 56, 72), 0.75));
}

} // namespace TokenConsole::LabelTone
