// SPDX-License-Identifier: GPL-3.0-or-later
// A whole page as the list endpoints send it, {"items": [...], "nextCursor": ...}: every item
// through each of the four item decoders (tokens, users, activity, audit), as AdminClient
// reads a page, and the nextCursor rule (a non-empty string to follow, or null at the end).
#include "FuzzInput.h"
#include "model/TokenCodec.h"

#include <QJsonArray>

using namespace TokenConsole;

namespace {

template <typename Decode> void decodeAll(const QJsonArray& items, Decode decode)
{
    for (const QJsonValue& item : items) {
        if (!item.isObject())
            return; // AdminClient refuses the page at the first item that is not an object
        QString why;
        if (!decode(item.toObject(), &why)) {
            FUZZ_CHECK(!why.isEmpty());
            return;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto page = Fuzz::FuzzInput(data, size).jsonObject();
    if (!page)
        return 0;
    const QJsonValue next = page->value(QStringLiteral("nextCursor"));
    const bool cursorOk =
        next.isNull() || next.isUndefined() || (next.isString() && !next.toString().isEmpty());
    const QJsonValue items = page->value(QStringLiteral("items"));
    if (!cursorOk || !items.isArray())
        return 0;
    const QJsonArray array = items.toArray();
    decodeAll(array, &TokenCodec::decodeToken);
    decodeAll(array, &TokenCodec::decodeUser);
    decodeAll(array, &TokenCodec::decodeActivity);
    decodeAll(array, &TokenCodec::decodeAudit);
    return 0;
}
