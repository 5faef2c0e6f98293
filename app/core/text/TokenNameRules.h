// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TokenConsole::TokenNameRules {

// The contract's name rules (trimmed, 1–64 characters, no control characters), checked as the
// user types. Returns what is wrong, translated, or an empty string when the name is fine.
QString problem(const QString& name);
constexpr int maximumLength = 64;

} // namespace TokenConsole::TokenNameRules
