// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxLog.h"

namespace TokenConsole::Sandbox {
Q_LOGGING_CATEGORY(lcSandbox, "tokenconsole.sandbox", QtInfoMsg)
}
