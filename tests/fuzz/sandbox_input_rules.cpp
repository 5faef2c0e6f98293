// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's input rules on raw input. The first byte picks the rule:
//   'n' a name as UTF-8, 'u' a name as raw UTF-16 (unpaired surrogates too),
//   'l' the limit query parameter, 'i' an If-Match header, 'a' the access field as JSON.
#include "FuzzInput.h"
#include "sandbox/InputRules.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace TokenConsole;
using namespace TokenConsole::Sandbox;

namespace {

void checkName(const QString& text)
{
    const auto name = InputRules::normalizeName(QJsonValue(text));
    if (!name)
        return;
    const QList<uint> codePoints = name->toUcs4();
    FUZZ_CHECK(!codePoints.isEmpty() && codePoints.size() <= InputRules::maxNameLength);
    for (uint cp : codePoints) {
        FUZZ_CHECK(QChar::category(char32_t(cp)) != QChar::Other_Control);
        FUZZ_CHECK(!QChar::isSurrogate(char32_t(cp)));
    }
    FUZZ_CHECK(InputRules::normalizeName(QJsonValue(*name)) == name);
    // No accepted name can pose as another with direction or zero-width controls.
    FUZZ_CHECK(!name->contains(QChar(0xFEFF)) && !name->contains(QChar(0x202E)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const Fuzz::FuzzInput rest(data + 1, size - 1);
    switch (data[0]) {
    case 'n':
        checkName(QString::fromUtf8(rest.bytes()));
        break;
    case 'u':
        checkName(rest.utf16());
        break;
    case 'l': {
        const auto limit = InputRules::parseLimit(QString::fromUtf8(rest.bytes()), true);
        FUZZ_CHECK(!limit || (*limit >= 1 && *limit <= InputRules::maxLimit));
        break;
    }
    case 'i': {
        const auto version = InputRules::parseIfMatch(rest.bytes());
        FUZZ_CHECK(!version || *version >= 1);
        break;
    }
    case 'a': {
        // Wrapped in an array, so a bare string or number parses as the value it is.
        const QJsonArray wrapped = QJsonDocument::fromJson("[" + rest.bytes() + "]").array();
        if (wrapped.size() != 1)
            break;
        if (const auto access = InputRules::parseAccess(wrapped.first())) {
            FUZZ_CHECK(access->allEndpoints || !access->areas.isEmpty());
            for (const QString& area : access->areas)
                FUZZ_CHECK(InputRules::knownAreas().contains(area));
        }
        break;
    }
    default:
        break;
    }
    return 0;
}
