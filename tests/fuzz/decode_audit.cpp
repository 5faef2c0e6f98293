// SPDX-License-Identifier: GPL-3.0-or-later
// TokenCodec::decodeAudit on any JSON object (one item of GET /api/v1/audit).
#include "FuzzInput.h"
#include "model/TokenCodec.h"

using namespace TokenConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = Fuzz::FuzzInput(data, size).jsonObject();
    if (!json)
        return 0;
    QString why;
    const std::optional<AuditEntry> entry = TokenCodec::decodeAudit(*json, &why);
    if (!entry) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    FUZZ_CHECK(entry->at.isValid());
    FUZZ_CHECK(!entry->action.isEmpty());
    return 0;
}
