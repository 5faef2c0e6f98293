#pragma once

#include <QString>
#include <QUrl>

namespace TokenConsole {

// A named connection. Never holds a secret: a remembered password lives in the keychain.
struct Profile
{
    enum class Kind { Sandbox, AdminApi };
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
};

} // namespace TokenConsole
