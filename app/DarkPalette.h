// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

namespace TokenConsole {

// The dark Fusion palette of --palette dark (screenshots and testing).
QPalette darkPalette();

} // namespace TokenConsole
