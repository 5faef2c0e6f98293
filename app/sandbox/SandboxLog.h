#pragma once

#include <QLoggingCategory>

namespace TokenConsole::Sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
}
