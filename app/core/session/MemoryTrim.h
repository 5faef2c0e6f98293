// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace TokenConsole {

// A refresh of a big account frees a whole decoded list of tokens at once; glibc keeps such
// freed memory in the process unless asked to give it back, so the resident size would climb
// with every refresh. This asks, once the event loop is idle, after large changes only.
class MemoryTrim
{
public:
    static constexpr int largeChange = 10000;  // tokens
    static void afterLargeChange(int tokens);
    // Pages are decoded on pool threads; with an arena per thread, each refresh would leave its
    // freed list scattered over arenas that are never trimmed together. One arena keeps the
    // resident size flat (called once, before the first session).
    static void shareOneArena();
};

} // namespace TokenConsole
