// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TokenConsole::Bench {

// Process start to a painted, filled window saved as a PNG, median of seven runs:
//   bench startup n=3 ours_ms=… baseline_ms=…      (the embedded demo)
//   bench startup n=10000 ours_ms=… baseline_ms=…  (a profile with a remembered password)
// The baseline is this benchmark's own bare window (--bare-window) with the same number of
// generated rows.
class StartupBench
{
public:
    static void run(int tokens);
    // The child process of the baseline: builds BareWindow with `tokens` rows, saves it to
    // `png` once painted, exits.
    static int bareWindowChild(int tokens, const QString& png);
};

} // namespace TokenConsole::Bench
