// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenAccess.h"

#include <QJsonArray>

namespace TokenConsole::Sandbox {

QString TokenAccess::toStorage() const
{
    return allEndpoints ? QStringLiteral("all_endpoints") : areas.join(QLatin1Char(','));
}

QJsonValue TokenAccess::toJson() const
{
    if (allEndpoints)
        return QStringLiteral("all_endpoints");
    return QJsonArray::fromStringList(areas);
}

TokenAccess TokenAccess::fromStorage(const QString& stored)
{
    TokenAccess access;
    if (stored == QLatin1String("all_endpoints"))
        return access;
    access.allEndpoints = false;
    access.areas = stored.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return access;
}

TokenAccess TokenAccess::fromJson(const QJsonValue& value)
{
    if (value.isString())
        return fromStorage(value.toString());
    TokenAccess access;
    access.allEndpoints = false;
    for (const QJsonValue& area : value.toArray())
        access.areas.append(area.toString());
    return access;
}

} // namespace TokenConsole::Sandbox
