#include "AppInfo.h"

#include <QtGlobal>

namespace TokenConsole::AppInfo {

QString version()
{
    return QStringLiteral(TOKENCONSOLE_VERSION);
}

QString userAgent()
{
    return QStringLiteral("TokenConsole/") + version();
}

QString versionReport()
{
    return QStringLiteral("token-console %1 (Qt %2, QtKeychain %3)")
        .arg(version(), QString::fromLatin1(qVersion()), QStringLiteral(TOKENCONSOLE_QTKEYCHAIN_VERSION));
}

QString organizationDomain()
{
    return QStringLiteral("tokenconsole.org");
}

QString applicationId()
{
    return QStringLiteral("org.tokenconsole.TokenConsole");
}

} // namespace TokenConsole::AppInfo
