#pragma once

#include <QString>

namespace TokenConsole::AppInfo {

QString version();            // the single version from project(VERSION)
QString userAgent();          // "TokenConsole/<version>"
QString versionReport();      // "token-console 1.0.0 (Qt 6.4.2, QtKeychain 0.13.2)"
QString organizationDomain(); // "tokenconsole.org"
QString applicationId();      // "org.tokenconsole.TokenConsole"

} // namespace TokenConsole::AppInfo
