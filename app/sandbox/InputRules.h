// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TokenAccess.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace TokenConsole::Sandbox {

// The contract's input rules, kept pure so unit tests can pin them down.
class InputRules
{
public:
    static constexpr int maxNameLength = 64;
    static constexpr int defaultLimit = 100;
    static constexpr int maxLimit = 1000;

    static const QStringList& knownAreas();
    // Trimmed name, or nullopt when it is not a string, empty, longer than 64 characters or
    // holds a control character or a spoofing one (isSpoofing()).
    static std::optional<QString> normalizeName(const QJsonValue& value);
    // The Unicode bidi and zero-width controls (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069,
    // U+FEFF): invisible, they let one name pose as another on screen.
    static bool isSpoofing(char32_t codePoint);
    // v1.1: owner (<= 128 characters) and notes (<= 2000, line breaks and tabs allowed),
    // trimmed, with the name's character rules; null or "" clears them.
    static constexpr int maxOwnerLength = 128;
    static constexpr int maxNotesLength = 2000;
    static std::optional<QString> normalizeOwner(const QJsonValue& value);
    static std::optional<QString> normalizeNotes(const QJsonValue& value);
    // graceHours of a rotation: a whole number from 0 to 168.
    static constexpr int maxGraceHours = 168;
    static std::optional<int> parseGraceHours(const QJsonValue& value);
    // `days` of a usage report: absent → 60; otherwise a whole number 1..90.
    static constexpr int defaultUsageDays = 60;
    static constexpr int maxUsageDays = 90;
    static std::optional<int> parseUsageDays(const QString& value, bool present);
    static std::optional<TokenAccess> parseAccess(const QJsonValue& value);
    // `limit` query parameter: absent → 100; otherwise an integer 1..1000.
    static std::optional<int> parseLimit(const QString& value, bool present);
    // If-Match: "3", W/"3" or 3 → 3; nullopt when it is not a version.
    static std::optional<int> parseIfMatch(const QByteArray& value);
};

} // namespace TokenConsole::Sandbox
