// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TokenConsole::UiText {

// Counted phrases ("1 day", "10 days") as %n messages, so every language picks its own plural
// form from the count (French "0 jour", Japanese one form for all). English reads its forms
// from token-console_en.qm.
QString days(int count);
QString minutes(int count);
QString seconds(int count);
QString logins(int count);

} // namespace TokenConsole::UiText
