// SPDX-License-Identifier: GPL-3.0-or-later
#include "DarkPalette.h"

namespace TokenConsole {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(42, 46, 50);
    const QColor base(32, 35, 38);
    const QColor text(236, 239, 241);
    const QColor disabledText(120, 125, 130);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(38, 42, 46));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(49, 54, 59));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(255, 90, 90));
    palette.setColor(QPalette::Link, QColor(61, 174, 233));
    palette.setColor(QPalette::Highlight, QColor(61, 174, 233));
    palette.setColor(QPalette::HighlightedText, QColor(16, 18, 20));
    palette.setColor(QPalette::Light, QColor(70, 75, 80));
    palette.setColor(QPalette::Midlight, QColor(58, 63, 68));
    palette.setColor(QPalette::Mid, QColor(36, 40, 44));
    palette.setColor(QPalette::Dark, QColor(24, 26, 28));
    palette.setColor(QPalette::Shadow, QColor(0, 0, 0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

} // namespace TokenConsole
