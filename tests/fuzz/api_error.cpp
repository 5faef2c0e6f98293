// SPDX-License-Identifier: GPL-3.0-or-later
// ApiError::fromHttp on any status and body (input: "STATUS\nBODY"), and the sentence the
// console then shows.
#include "FuzzInput.h"
#include "api/ApiError.h"

using namespace TokenConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto [status, body] = Fuzz::FuzzInput(data, size).statusAndBody();
    const ApiError error = ApiError::fromHttp(status, body);
    FUZZ_CHECK(error.httpStatus() == status);
    FUZZ_CHECK(error.isError() == !(status >= 200 && status < 300));
    FUZZ_CHECK(ApiError::kindName(error.kind()) != QLatin1String("unknown"));
    if (error.isError())
        FUZZ_CHECK(!error.userMessage().isEmpty());
    else
        FUZZ_CHECK(error.userMessage().isEmpty());
    return 0;
}
