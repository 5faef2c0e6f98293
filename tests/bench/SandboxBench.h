// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace TokenConsole::Bench {

// The network side: AdminClient fetching every page against curl, and the sandbox's latency
// for one default page over one kept-alive connection.
class SandboxBench
{
public:
    // bench fetch n=<rows> ours_ms=… baseline_ms=…
    static void fetch(int tokens);
    // bench sandbox-page n=<rows> p50_ms=… p95_ms=…
    static void pageLatency(int tokens);
};

} // namespace TokenConsole::Bench
