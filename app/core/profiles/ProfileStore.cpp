// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileStore.h"

#include <QSettings>
#include <QUrl>

namespace TokenConsole {

namespace {

QString group(const QString& name)
{
    return QStringLiteral("profiles/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString kindName(Profile::Kind kind)
{
    switch (kind) {
    case Profile::Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Profile::Kind::On24:
        return QStringLiteral("on24");
    case Profile::Kind::AdminApi:
        break;
    }
    return QStringLiteral("admin-api");
}

QString regionName(Profile::On24Region region)
{
    switch (region) {
    case Profile::On24Region::Europe:
        return QStringLiteral("eu");
    case Profile::On24Region::Custom:
        return QStringLiteral("custom");
    case Profile::On24Region::NorthAmerica:
        break;
    }
    return QStringLiteral("na");
}

Profile::On24Region regionFromName(const QString& name)
{
    if (name == QLatin1String("eu"))
        return Profile::On24Region::Europe;
    if (name == QLatin1String("custom"))
        return Profile::On24Region::Custom;
    return Profile::On24Region::NorthAmerica;
}

} // namespace

QList<Profile> ProfileStore::profiles() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("profiles"));
    const QStringList groups = settings.childGroups();
    settings.endGroup();
    QList<Profile> out;
    for (const QString& encoded : groups) {
        if (auto p = profile(QUrl::fromPercentEncoding(encoded.toLatin1())))
            out.append(*p);
    }
    std::sort(out.begin(), out.end(), [](const Profile& a, const Profile& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    QSettings settings;
    settings.beginGroup(group(name));
    if (!settings.contains(QStringLiteral("kind")))
        return std::nullopt;
    Profile p;
    p.name = name;
    const QString kind = settings.value(QStringLiteral("kind")).toString();
    p.kind = kind == QLatin1String("sandbox") ? Profile::Kind::Sandbox
        : kind == QLatin1String("on24")       ? Profile::Kind::On24
                                              : Profile::Kind::AdminApi;
    p.serverUrl = QUrl(settings.value(QStringLiteral("serverUrl")).toString());
    p.login = settings.value(QStringLiteral("login")).toString();
    p.region = regionFromName(settings.value(QStringLiteral("on24Region")).toString());
    p.on24BaseUrl = QUrl(settings.value(QStringLiteral("on24BaseUrl")).toString());
    p.clientId = settings.value(QStringLiteral("clientId")).toLongLong();
    p.rememberPassword = settings.value(QStringLiteral("rememberPassword")).toBool();
    return p;
}

void ProfileStore::save(const Profile& p)
{
    QSettings settings;
    settings.remove(group(p.name));
    settings.beginGroup(group(p.name));
    // No secret here, ever: a remembered password lives in the keychain.
    settings.setValue(QStringLiteral("kind"), kindName(p.kind));
    settings.setValue(QStringLiteral("serverUrl"), p.serverUrl.toString());
    settings.setValue(QStringLiteral("login"), p.login);
    settings.setValue(QStringLiteral("on24Region"), regionName(p.region));
    settings.setValue(QStringLiteral("on24BaseUrl"), p.on24BaseUrl.toString());
    settings.setValue(QStringLiteral("clientId"), p.clientId);
    settings.setValue(QStringLiteral("rememberPassword"), p.rememberPassword);
}

void ProfileStore::remove(const QString& name)
{
    QSettings settings;
    settings.remove(group(name));
    if (lastUsed() == name)
        settings.remove(QStringLiteral("lastProfile"));
}

QString ProfileStore::lastUsed() const
{
    return QSettings().value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString& name)
{
    QSettings().setValue(QStringLiteral("lastProfile"), name);
}

} // namespace TokenConsole
