// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace TokenConsole::Cli {

// True when argv names a subcommand (list, check, provision, ...): run without a GUI.
bool isSubcommand(const QStringList& arguments);
// Runs the subcommand inside an existing QCoreApplication; returns the process exit code.
int run(const QStringList& arguments);

} // namespace TokenConsole::Cli
