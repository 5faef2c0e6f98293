// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's paging cursor decoder (CursorCodec::decode) on any query value, and its
// round trip: a cursor it issued for a sequence decodes to that sequence.
#include "FuzzInput.h"
#include "sandbox/CursorCodec.h"

using namespace TokenConsole;
using namespace TokenConsole::Sandbox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Fuzz::FuzzInput input(data, size);
    // A query value arrives percent-decoded from UTF-8; raw UTF-16 reaches what UTF-8 cannot.
    for (const QString& cursor : {QString::fromUtf8(input.bytes()), input.utf16()}) {
        const std::optional<qint64> sequence = CursorCodec::decode(cursor);
        if (!sequence)
            continue;
        FUZZ_CHECK(*sequence >= 0);
        FUZZ_CHECK(CursorCodec::decode(CursorCodec::encode(*sequence)) == sequence);
        // Only the spelling the server writes is accepted: one page, one cursor.
        FUZZ_CHECK(CursorCodec::encode(*sequence) == cursor);
    }
    if (size >= sizeof(qint64)) {
        qint64 any = 0;
        std::memcpy(&any, data, sizeof any);
        if (any >= 0)
            FUZZ_CHECK(CursorCodec::decode(CursorCodec::encode(any)) == any);
    }
    return 0;
}
