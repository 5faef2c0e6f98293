// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace TokenConsole::Sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
}
