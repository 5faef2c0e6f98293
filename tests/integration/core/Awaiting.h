// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Await.h"
#include "api/AdminClient.h"

#include <QTest>
#include <functional>
#include <optional>

namespace TokenConsole::Testing {

// Runs one asynchronous client call and waits (bounded, event-driven) for its callback.
template <typename T>
Result<T> awaitResult(const std::function<void(std::function<void(const Result<T>&)>)>& start,
                      int timeoutMs = 20000)
{
    return TokenConsole::await<T>(start, timeoutMs);
}

} // namespace TokenConsole::Testing
