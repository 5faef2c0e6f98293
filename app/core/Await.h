// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "secrets/SecretStore.h"

#include <QEventLoop>
#include <QTimer>
#include <functional>
#include <optional>

namespace TokenConsole {

// Waits for one asynchronous call by running a local event loop until its callback reports,
// or until `timeoutMs` passes (then the result is a Timeout error). For the top level of a
// process (the CLI) and for tests; the GUI never waits.
template <typename T>
Result<T> await(const std::function<void(std::function<void(const Result<T>&)>)>& start,
                int timeoutMs = 120000)
{
    QEventLoop loop;
    std::optional<Result<T>> result;
    start([&](const Result<T>& r) {
        result = r;
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result) {
        Result<T> timedOut;
        timedOut.error = ApiError(ApiError::Kind::Timeout);
        return timedOut;
    }
    return *result;
}

inline SecretStore::Result awaitSecret(const std::function<void(SecretStore::Callback)>& start,
                                       int timeoutMs = 120000)
{
    QEventLoop loop;
    std::optional<SecretStore::Result> result;
    start([&](const SecretStore::Result& r) {
        result = r;
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result) {
        SecretStore::Result timedOut;
        timedOut.status = SecretStore::Result::Status::Unavailable;
        return timedOut;
    }
    return *result;
}

} // namespace TokenConsole
