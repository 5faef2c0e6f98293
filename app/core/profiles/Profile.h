// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace TokenConsole {

// A named connection. Never holds a secret: a remembered password lives in the keychain.
struct Profile
{
    // Sandbox: the embedded demo; AdminApi: a Token Admin API server; On24: a real ON24 account
    // in direct mode (no sign-in: every pair authenticates itself).
    enum class Kind { Sandbox, AdminApi, On24 };
    enum class On24Region { NorthAmerica, Europe, Custom };

    QString name;
    Kind kind = Kind::AdminApi;
    QUrl serverUrl;
    QString login;
    On24Region region = On24Region::NorthAmerica;
    QUrl on24BaseUrl;  // used when region == Custom (the sandbox: serverUrl + "/v2")
    qint64 clientId = 0;
    bool rememberPassword = false;

    QUrl effectiveOn24BaseUrl() const;
    bool isDirect() const { return kind == Kind::On24; }

    // The ON24 REST API v2 that a Token Admin API server (the sandbox) serves beside its own:
    // the server's URL with "/v2" after its path.
    static QUrl on24UnderServer(const QUrl& server);
    static QUrl regionBaseUrl(On24Region region);
};

} // namespace TokenConsole
