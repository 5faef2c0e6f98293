#include "profiles/Profile.h"

namespace TokenConsole {

QUrl Profile::effectiveOn24BaseUrl() const
{
    switch (region) {
    case On24Region::NorthAmerica:
        return QUrl(QStringLiteral("https://api.on24.com/v2"));
    case On24Region::Europe:
        return QUrl(QStringLiteral("https://api.eu.on24.com/v2"));
    case On24Region::Custom:
        break;
    }
    if (on24BaseUrl.isValid() && !on24BaseUrl.isEmpty())
        return on24BaseUrl;
    // A sandbox serves the ON24 subset beside the admin API.
    QUrl url = serverUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v2"));
    return url;
}

} // namespace TokenConsole
