// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace TokenConsole {

Q_LOGGING_CATEGORY(lcApi, "tokenconsole.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "tokenconsole.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "tokenconsole.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "tokenconsole.ui", QtWarningMsg)

} // namespace TokenConsole
