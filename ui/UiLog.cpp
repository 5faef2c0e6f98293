#include "UiLog.h"

namespace TokenConsole {

Q_LOGGING_CATEGORY(lcConsoleUi, "tokenconsole.ui", QtInfoMsg)

} // namespace TokenConsole
