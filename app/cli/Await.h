#pragma once

#include "api/ApiError.h"
#include "secrets/SecretStore.h"

#include <QEventLoop>
#include <functional>

namespace TokenConsole::Cli {

// The CLI is the top level of its process, so it may wait for one asynchronous call by running
// a local event loop until the call reports.
template <typename T>
Result<T> await(const std::function<void(std::function<void(const Result<T>&)>)>& start)
{
    QEventLoop loop;
    Result<T> result;
    start([&](const Result<T>& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

inline SecretStore::Result awaitSecret(const std::function<void(SecretStore::Callback)>& start)
{
    QEventLoop loop;
    SecretStore::Result result;
    start([&](const SecretStore::Result& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace TokenConsole::Cli
