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

} // namespace TokenConsole::Sandbox
