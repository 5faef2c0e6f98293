// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace TokenConsole {

// One category per area, so a user can enable e.g. QT_LOGGING_RULES="tokenconsole.api.debug=true".
// Nothing logged under any of them may contain a secret, a password or a session token.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace TokenConsole
