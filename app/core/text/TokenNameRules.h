// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TokenConsole::TokenNameRules {

// The contract's name rules (trimmed, 1–64 characters, no control characters), checked as the
// user types. Returns what is wrong, translated, or an empty string when the name is fine.
QString problem(const QString& name);
// The bidi and zero-width controls (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF) that
// would let one name pose as another on screen.
bool isSpoofingControl(QChar c);
// A name as it is safe to show: any such control, and any control character, written out
// visibly ("\u202E"), so a name a server sent anyway cannot disguise itself.
QString visible(const QString& name);
constexpr int maximumLength = 64;

} // namespace TokenConsole::TokenNameRules
