#pragma once

#include <QLoggingCategory>

namespace TokenConsole {

// The desktop console's category ("tokenconsole.ui"). Never log a secret, password or session.
Q_DECLARE_LOGGING_CATEGORY(lcConsoleUi)

} // namespace TokenConsole
