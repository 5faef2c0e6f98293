#include "SandboxLog.h"

namespace TokenConsole::Sandbox {
Q_LOGGING_CATEGORY(lcSandbox, "tokenconsole.sandbox", QtInfoMsg)
}
