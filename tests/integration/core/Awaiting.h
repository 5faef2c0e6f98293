#pragma once

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
    std::optional<Result<T>> result;
    start([&](const Result<T>& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs)) {
        Result<T> timedOut;
        timedOut.error = ApiError(ApiError::Kind::Canceled, 0, QStringLiteral("test_wait_timeout"));
        return timedOut;
    }
    return *result;
}

} // namespace TokenConsole::Testing
