// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;

namespace TokenConsole::LabelTone {

// Inline texts in dialogs: a hint is quiet (the palette's placeholder colour), an error stands
// out (red blended into the palette's text colour, so it stays readable on dark themes).
void setHint(QLabel* label);
void setError(QLabel* label);

} // namespace TokenConsole::LabelTone
