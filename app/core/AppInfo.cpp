// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppInfo.h"

#include <QCoreApplication>
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

// GPL-3.0-or-later because the embedded sandbox links Qt HTTP Server, which Qt licenses under
// GPL-3 only. The packaging test checks that the packages and the metainfo say the same.
QString licenseSpdx()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QString licenseName()
{
    return QCoreApplication::translate("TokenConsole::AppInfo",
                                       "GNU General Public License, version 3 or later");
}

} // namespace TokenConsole::AppInfo
