// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace TokenConsole::Bench {

// The real main window (offscreen) on a real sandbox of n tokens, against BareWindow:
//   bench window-load n=… first_rows_ms=… all_rows_ms=… stall_max_ms=…
//   bench window-rss n=… after_load_mb=… after_5_refreshes_mb=…
//   bench search-keystroke n=… p95_ms=… max_ms=… baseline_p95_ms=… baseline_max_ms=…
//   bench sort-click-name|sort-click-date n=… ours_ms=… baseline_ms=…
class ViewBench
{
public:
    static void run(int tokens);
};

} // namespace TokenConsole::Bench
