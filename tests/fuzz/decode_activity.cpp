// SPDX-License-Identifier: GPL-3.0-or-later
// TokenCodec::decodeActivity on any JSON object (one item of GET /api/v1/tokens/{id}/activity).
#include "FuzzInput.h"
#include "model/TokenCodec.h"

using namespace TokenConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = Fuzz::FuzzInput(data, size).jsonObject();
    if (!json)
        return 0;
    QString why;
    const std::optional<ActivityEntry> entry = TokenCodec::decodeActivity(*json, &why);
    if (!entry) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    FUZZ_CHECK(entry->at.isValid());
    FUZZ_CHECK(!entry->method.isEmpty());
    // An HTTP status, never a wider number wrapped into an int.
    FUZZ_CHECK(entry->status >= 100 && entry->status <= 599);
    FUZZ_CHECK(json->value(QStringLiteral("status")).toDouble() == double(entry->status));
    return 0;
}
