// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TokenConsole::UiText {

// Counted phrases ("1 day", "10 days"). English ships without a plural catalogue, so "%n
// day(s)" would show as written; these pick the form here and stay translatable as two
// strings each (enough for the shipped languages).
QString days(int count);
QString minutes(int count);
QString seconds(int count);
QString logins(int count);

} // namespace TokenConsole::UiText
