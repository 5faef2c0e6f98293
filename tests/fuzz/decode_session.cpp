// SPDX-License-Identifier: GPL-3.0-or-later
// TokenCodec::decodeSession on any JSON object (the 201 of POST /api/v1/sessions).
#include "FuzzInput.h"
#include "model/TokenCodec.h"

using namespace TokenConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = Fuzz::FuzzInput(data, size).jsonObject();
    if (!json)
        return 0;
    QString why;
    const std::optional<Session> session = TokenCodec::decodeSession(*json, &why);
    if (!session) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!session->token.isEmpty());
    FUZZ_CHECK(session->expiresAt.isValid());
    FUZZ_CHECK(!session->user.login.isEmpty());
    FUZZ_CHECK(session->account.policy.inactivityDays >= 1);
    return 0;
}
