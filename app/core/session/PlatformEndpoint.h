// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <functional>

namespace TokenConsole {

// Where the console signs in when no profile is configured: the embedded sandbox that the
// executable starts in-process. The UI never includes the sandbox itself; the application
// hands it a provider that (re)opens the platform and says where it listens.
struct PlatformEndpoint
{
    QUrl url;
    QString login;
    QString password; // the demo seed's public password; kept in memory only
    qint64 clientId = 0; // the demo account's ON24 client id
};

// Returns false and says why when the platform cannot be started.
using EmbeddedPlatformProvider = std::function<bool(PlatformEndpoint* endpoint, QString* error)>;

} // namespace TokenConsole
