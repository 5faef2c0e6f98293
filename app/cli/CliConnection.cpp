// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliConnection.h"

#include "Await.h"
#include "EmbeddedSandbox.h"
#include "Logging.h"
#include "api/AdminClient.h"
#include "platform/AdminApiPlatform.h"
#include "platform/On24DirectPlatform.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QTextStream>
#include <cstdio>

namespace TokenConsole {

namespace {

QString readPasswordFromStdin()
{
    QTextStream in(stdin);
    QString line = in.readLine();
    // Only the line ending is dropped: spaces may be part of a password.
    while (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace

CliConnection::CliConnection(QObject* parent)
    : QObject(parent), m_secrets(new KeychainSecretStore(this))
{
}

CliConnection::~CliConnection()
{
    delete m_platform;
}

bool CliConnection::open(const Settings& settings, QString* error)
{
    if (!settings.on24.isEmpty())
        return openDirect(settings, error);

    if (!settings.server.isEmpty()) {
        if (settings.login.isEmpty() || !settings.passwordStdin) {
            *error = tr("--server needs --login LOGIN and --password-stdin (the password is read "
                        "from standard input, never from the command line).");
            return false;
        }
        const ApiError refused = AdminClient::checkUrl(settings.server);
        if (refused) {
            *error = refused.userMessage();
            return false;
        }
        const QUrl& server = settings.server;
        return openAdmin(profileNameFor(settings), server, settings.login, readPasswordFromStdin(), false,
                         Profile::on24UnderServer(server), error);
    }

    if (!settings.profile.isEmpty() && settings.profile != ProfileStore::embeddedSandboxName()) {
        const std::optional<Profile> profile = ProfileStore().profile(settings.profile);
        if (!profile) {
            *error = tr("There is no connection profile named \u201c%1\u201d. Create it in the "
                        "application, or use --server URL --login LOGIN --password-stdin, or "
                        "--on24 REGION --client-id N.")
                         .arg(settings.profile);
            return false;
        }
        if (profile->isDirect()) {
            Settings direct = settings;
            direct.on24 = profile->region == Profile::On24Region::Europe ? QStringLiteral("eu")
                : profile->region == Profile::On24Region::NorthAmerica
                ? QStringLiteral("na")
                : profile->on24BaseUrl.toString();
            direct.clientId = profile->clientId;
            return openDirect(direct, error);
        }
        const QString login = settings.login.isEmpty() ? profile->login : settings.login;
        QString password;
        if (settings.passwordStdin) {
            password = readPasswordFromStdin();
        } else if (profile->rememberPassword) {
            const SecretStore::Result r = awaitSecret([&](SecretStore::Callback done) {
                m_secrets->read(SecretStore::passwordAccountName(profile->name), this, done);
            });
            if (!r.ok()) {
                *error = tr("The password for profile \u201c%1\u201d could not be read from the "
                            "keychain: %2 Use --password-stdin instead.")
                             .arg(profile->name, r.message);
                return false;
            }
            password = r.secret;
        } else {
            *error = tr("Profile \u201c%1\u201d has no remembered password. Pass it with "
                        "--password-stdin.")
                         .arg(profile->name);
            return false;
        }
        return openAdmin(profile->name, profile->serverUrl, login, password, false,
                         profile->effectiveOn24BaseUrl(), error);
    }

    // The embedded default: the sandbox in this process, with the demo data.
    m_sandbox = std::make_unique<EmbeddedSandbox>();
    PlatformEndpoint endpoint;
    QString why;
    if (!m_sandbox->endpoint(&endpoint, &why)) {
        *error = tr("Could not start the built-in demo server: %1").arg(why);
        return false;
    }
    qCInfo(lcCli) << "embedded sandbox at" << endpoint.url.toString();
    return openAdmin(ProfileStore::embeddedSandboxName(), endpoint.url, endpoint.login,
                     endpoint.password, true, Profile::on24UnderServer(endpoint.url), error);
}

QString CliConnection::profileNameFor(const Settings& settings)
{
    if (!settings.server.isEmpty()) {
        // Secrets of an ad-hoc server are filed under its address, or under --profile if given.
        const QUrl& server = settings.server;
        return settings.profile.isEmpty()
            ? server.host() + QLatin1Char(':')
                + QString::number(server.port(server.scheme() == QLatin1String("https") ? 443 : 80))
            : settings.profile;
    }
    if (!settings.on24.isEmpty())
        return {};
    return settings.profile.isEmpty() ? ProfileStore::embeddedSandboxName() : settings.profile;
}

bool CliConnection::openAdmin(const QString& profileName, const QUrl& server,
                              const QString& login, const QString& password, bool embedded,
                              const QUrl& on24Base, QString* error)
{
    m_profileName = profileName;
    auto* client = new AdminClient(server, this);
    const Result<Session> r = await<Session>([&](AdminClient::Callback<Session> done) {
        client->signIn(login, password, this, done);
    });
    if (!r.ok()) {
        delete client;
        *error = r.error.userMessage();
        return false;
    }
    client->setSession(r.value);
    AdminApiPlatform::Settings settings;
    settings.profileName = profileName;
    settings.on24BaseUrl = on24Base;
    settings.embedded = embedded;
    m_platform = new AdminApiPlatform(client, settings, m_secrets, this);
    const Result<Account> account = await<Account>(
        [&](Platform::Callback<Account> done) { m_platform->loadAccount(this, done); });
    if (!account.ok()) {
        *error = account.error.userMessage();
        return false;
    }
    return true;
}

bool CliConnection::openDirect(const Settings& settings, QString* error)
{
    Profile profile;
    profile.kind = Profile::Kind::On24;
    if (settings.on24 == QLatin1String("na")) {
        profile.region = Profile::On24Region::NorthAmerica;
    } else if (settings.on24 == QLatin1String("eu")) {
        profile.region = Profile::On24Region::Europe;
    } else {
        profile.region = Profile::On24Region::Custom;
        profile.on24BaseUrl = QUrl(settings.on24);
        if (!profile.on24BaseUrl.isValid() || profile.on24BaseUrl.host().isEmpty()) {
            *error = tr("--on24 wants na, eu or a base URL such as https://api.on24.com/v2.");
            return false;
        }
    }
    profile.clientId = settings.clientId;
    if (profile.clientId <= 0) {
        *error = tr("Direct mode needs the account's numeric ON24 client id: --client-id N.");
        return false;
    }
    if (const ApiError refused = AdminClient::checkUrl(profile.effectiveOn24BaseUrl()); refused) {
        *error = refused.userMessage();
        return false;
    }
    // Without --profile, the inventory is named after the address and the client id, so the
    // same command line always finds the same pairs.
    const QUrl base = profile.effectiveOn24BaseUrl();
    profile.name = settings.profile.isEmpty()
        ? QStringLiteral("on24-%1-%2")
              .arg(base.host() + (base.port() > 0 ? QLatin1Char(':') + QString::number(base.port())
                                                  : QString()))
              .arg(profile.clientId)
        : settings.profile;
    if (!settings.profile.isEmpty())
        ProfileStore().save(profile);  // --profile with --on24 creates or updates it
    auto* platform = new On24DirectPlatform(profile, m_secrets, this);
    if (!platform->open(error)) {
        delete platform;
        return false;
    }
    m_platform = platform;
    await<Account>([&](Platform::Callback<Account> done) { m_platform->loadAccount(this, done); });
    return true;
}

void CliConnection::close()
{
    auto* admin = qobject_cast<AdminApiPlatform*>(m_platform);
    if (!admin || !admin->client()->isSignedIn())
        return;
    AdminClient* client = admin->client();
    await<bool>([&](AdminClient::Callback<bool> done) { client->signOut(this, done); });
}

} // namespace TokenConsole
