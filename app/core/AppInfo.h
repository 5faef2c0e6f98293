// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TokenConsole::AppInfo {

QString version();            // the single version from project(VERSION)
QString userAgent();          // "TokenConsole/<version>"
QString versionReport();      // "token-console 1.0.0 (Qt 6.4.2, QtKeychain 0.13.2)"
QString organizationDomain(); // "tokenconsole.org"
QString applicationId();      // "org.tokenconsole.TokenConsole"
QString licenseSpdx();        // "GPL-3.0-or-later", as in LICENSE, the packages and AppStream
QString licenseName();        // the licence's name for people, translated

} // namespace TokenConsole::AppInfo
