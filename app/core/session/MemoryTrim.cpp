// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/MemoryTrim.h"

#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace TokenConsole {

void MemoryTrim::afterLargeChange(int tokens)
{
#if defined(__GLIBC__)
    if (tokens < largeChange)
        return;
    // After the caller's list (and the reply it came from) is gone.
    QTimer::singleShot(0, [] { malloc_trim(0); });
#else
    Q_UNUSED(tokens)
#endif
}

void MemoryTrim::shareOneArena()
{
#if defined(__GLIBC__)
    static const bool once = mallopt(M_ARENA_MAX, 1) == 1;
    Q_UNUSED(once)
#endif
}

} // namespace TokenConsole
