// SPDX-License-Identifier: GPL-3.0-or-later
// TokenCodec::decodeToken on any JSON object a server may send, and the round trip through
// encodeToken (what `list --format json` prints) for every token it accepts.
#include "FuzzInput.h"
#include "model/TokenCodec.h"

#include <limits>

using namespace TokenConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = Fuzz::FuzzInput(data, size).jsonObject();
    if (!json)
        return 0;
    QString why;
    const std::optional<Token> token = TokenCodec::decodeToken(*json, &why);
    if (!token) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!token->id.isEmpty() && !token->key.isEmpty());
    FUZZ_CHECK(token->version >= 0);
    FUZZ_CHECK(token->userId >= -(qint64(1) << 53) && token->userId <= (qint64(1) << 53));
    FUZZ_CHECK(token->createdAt.isValid() && token->inactiveSince.isValid());
    FUZZ_CHECK(token->allEndpoints == token->accessAreas.isEmpty() || !token->allEndpoints);
    // What the console prints must read back as the same token.
    const std::optional<Token> again =
        TokenCodec::decodeToken(TokenCodec::encodeToken(*token), &why);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(*again == *token);
    return 0;
}
