// SPDX-License-Identifier: GPL-3.0-or-later
// TokenCodec::parseTime on any text, as UTF-8 (first byte even) or as raw UTF-16 code units
// (first byte odd). Whatever it accepts is ASCII, UTC, and reads back the same once formatted.
#include "FuzzInput.h"
#include "model/TokenCodec.h"

#include <QDateTime>

using namespace TokenConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const Fuzz::FuzzInput rest(data + 1, size - 1);
    const QString text = (data[0] & 1) ? rest.utf16() : QString::fromUtf8(rest.bytes());
    const QDateTime parsed = TokenCodec::parseTime(text);
    if (!parsed.isValid())
        return 0;
    for (QChar c : text)
        FUZZ_CHECK(c.unicode() < 0x80); // RFC 3339 is ASCII: no other digits, no look-alikes
    FUZZ_CHECK(parsed.timeSpec() == Qt::UTC);
    const QString formatted = TokenCodec::formatTime(parsed);
    FUZZ_CHECK(!formatted.isEmpty());
    FUZZ_CHECK(TokenCodec::parseTime(formatted) == parsed);
    return 0;
}
