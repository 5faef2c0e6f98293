#include "Logging.h"

namespace TokenConsole {

Q_LOGGING_CATEGORY(lcApi, "tokenconsole.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "tokenconsole.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "tokenconsole.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "tokenconsole.ui", QtInfoMsg)

} // namespace TokenConsole
