// SPDX-License-Identifier: GPL-3.0-or-later
// ON24's answer to the verify call (input: "STATUS\nBODY"), classified as On24Client does
// once the job is done: the job's error comes from ApiError::fromHttp for a non-2xx status,
// and a status of 0 or less stands for a network failure (no status, no body).
#include "FuzzInput.h"
#include "api/On24Client.h"

using namespace TokenConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto [status, body] = Fuzz::FuzzInput(data, size).statusAndBody();
    ApiError error;
    if (status <= 0)
        error = ApiError(ApiError::Kind::Network);
    else if (status < 200 || status >= 300)
        error = ApiError::fromHttp(status, body);
    const QByteArray received = status > 0 ? body : QByteArray();
    const On24Client::Verification v = On24Client::classify(error, status, received);
    using Outcome = On24Client::Verification::Outcome;
    if (v.works()) {
        FUZZ_CHECK(!error.isError());
        FUZZ_CHECK(!v.error.isError());
    } else if (v.outcome == Outcome::Failed) {
        FUZZ_CHECK(v.error.isError()); // a failure always says why
    } else {
        FUZZ_CHECK(status >= 400 && status < 500);
    }
    FUZZ_CHECK(!v.userMessage().isEmpty());
    return 0;
}
