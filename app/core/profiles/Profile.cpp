// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/Profile.h"

namespace TokenConsole {

QUrl Profile::regionBaseUrl(On24Region region)
{
    switch (region) {
    case On24Region::NorthAmerica:
        return QUrl(QStringLiteral("https://api.on24.com/v2"));
    case On24Region::Europe:
        return QUrl(QStringLiteral("https://api.eu.on24.com/v2"));
    case On24Region::Custom:
        break;
    }
    return {};
}

QUrl Profile::on24UnderServer(const QUrl& server)
{
    QUrl url = server;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v2"));
    return url;
}

QUrl Profile::effectiveOn24BaseUrl() const
{
    if (region != On24Region::Custom)
        return regionBaseUrl(region);
    if (on24BaseUrl.isValid() && !on24BaseUrl.isEmpty())
        return on24BaseUrl;
    // A sandbox serves the ON24 subset beside the admin API.
    return on24UnderServer(serverUrl);
}

} // namespace TokenConsole
