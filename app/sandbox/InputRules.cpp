// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputRules.h"

#include <QJsonArray>
#include <cmath>

namespace TokenConsole::Sandbox {

const QStringList& InputRules::knownAreas()
{
    static const QStringList areas{
        QStringLiteral("registration"),    QStringLiteral("client_analytics"),
        QStringLiteral("event_analytics"), QStringLiteral("event_management"),
        QStringLiteral("content"),         QStringLiteral("helpers")};
    return areas;
}

namespace {
// Trimmed text of at most maxLength code points without control characters (but for line
// breaks and tabs when allowed), line or paragraph separators, lone surrogates, U+FFFD or
// spoofing characters; nullopt otherwise.
std::optional<QString> cleanText(const QString& text, int maxLength, bool allowLineBreaks)
{
    const QString trimmed = text.trimmed();
    const QList<uint> codePoints = trimmed.toUcs4();
    if (codePoints.size() > maxLength)
        return std::nullopt;
    for (uint cp : codePoints) {
        if (allowLineBreaks && (cp == '\n' || cp == '\r' || cp == '\t'))
            continue;
        const auto category = QChar::category(char32_t(cp));
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph || category == QChar::Other_Surrogate ||
            cp == 0xFFFD || InputRules::isSpoofing(char32_t(cp)))
            return std::nullopt;
    }
    return trimmed;
}
} // namespace

std::optional<QString> InputRules::normalizeName(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    const auto name = cleanText(value.toString(), maxNameLength, false);
    if (!name || name->isEmpty())
        return std::nullopt;
    return name;
}

std::optional<QString> InputRules::normalizeOwner(const QJsonValue& value)
{
    if (value.isNull())
        return QString();
    if (!value.isString())
        return std::nullopt;
    return cleanText(value.toString(), maxOwnerLength, false);
}

std::optional<QString> InputRules::normalizeNotes(const QJsonValue& value)
{
    if (value.isNull())
        return QString();
    if (!value.isString())
        return std::nullopt;
    return cleanText(value.toString(), maxNotesLength, true);
}

std::optional<int> InputRules::parseGraceHours(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double hours = value.toDouble();
    if (!(hours >= 0 && hours <= maxGraceHours) || std::floor(hours) != hours)
        return std::nullopt;
    return int(hours);
}

std::optional<int> InputRules::parseUsageDays(const QString& value, bool present)
{
    if (!present)
        return defaultUsageDays;
    bool ok = false;
    const int days = value.toInt(&ok);
    if (!ok || days < 1 || days > maxUsageDays)
        return std::nullopt;
    return days;
}

bool InputRules::isSpoofing(char32_t cp)
{
    return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

std::optional<TokenAccess> InputRules::parseAccess(const QJsonValue& value)
{
    TokenAccess access;
    if (value.isString()) {
        if (value.toString() == QLatin1String("all_endpoints"))
            return access;
        return std::nullopt;
    }
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray list = value.toArray();
    if (list.isEmpty())
        return std::nullopt;
    QStringList given;
    for (const QJsonValue& item : list) {
        if (!item.isString() || !knownAreas().contains(item.toString()))
            return std::nullopt;
        given.append(item.toString());
    }
    access.allEndpoints = false;
    for (const QString& area : knownAreas()) {
        if (given.contains(area))
            access.areas.append(area);
    }
    return access;
}

std::optional<int> InputRules::parseLimit(const QString& value, bool present)
{
    if (!present)
        return defaultLimit;
    bool ok = false;
    const int limit = value.toInt(&ok);
    if (!ok || limit < 1 || limit > maxLimit)
        return std::nullopt;
    return limit;
}

std::optional<int> InputRules::parseIfMatch(const QByteArray& value)
{
    QByteArray v = value.trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    bool ok = false;
    const int version = v.toInt(&ok);
    if (!ok || version < 1)
        return std::nullopt;
    return version;
}

} // namespace TokenConsole::Sandbox
