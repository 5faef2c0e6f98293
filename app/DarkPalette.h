#pragma once

#include <QPalette>

namespace TokenConsole {

// The dark Fusion palette of --palette dark (screenshots and testing).
QPalette darkPalette();

} // namespace TokenConsole
