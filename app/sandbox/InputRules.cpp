#include "InputRules.h"

#include <QJsonArray>

namespace TokenConsole::Sandbox {

const QStringList& InputRules::knownAreas()
{
    static const QStringList areas{
        QStringLiteral("registration"),    QStringLiteral("client_analytics"),
        QStringLiteral("event_analytics"), QStringLiteral("event_management"),
        QStringLiteral("content"),         QStringLiteral("helpers")};
    return areas;
}

std::optional<QString> InputRules::normalizeName(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    const QString name = value.toString().trimmed();
    const QList<uint> codePoints = name.toUcs4();
    if (codePoints.isEmpty() || codePoints.size() > maxNameLength)
        return std::nullopt;
    for (uint cp : codePoints) {
        const auto category = QChar::category(char32_t(cp));
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph || category == QChar::Other_Surrogate ||
            cp == 0xFFFD || isSpoofing(char32_t(cp)))
            return std::nullopt;
    }
    return name;
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
