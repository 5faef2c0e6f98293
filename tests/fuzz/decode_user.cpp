// SPDX-License-Identifier: GPL-3.0-or-later
// TokenCodec::decodeUser on any JSON object (one item of GET /api/v1/users).
#include "FuzzInput.h"
#include "model/TokenCodec.h"

using namespace TokenConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = Fuzz::FuzzInput(data, size).jsonObject();
    if (!json)
        return 0;
    QString why;
    const std::optional<AccountUser> user = TokenCodec::decodeUser(*json, &why);
    if (!user) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!user->login.isEmpty());
    FUZZ_CHECK(user->id >= -(qint64(1) << 53) && user->id <= (qint64(1) << 53));
    return 0;
}
