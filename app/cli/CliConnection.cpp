#include "CliConnection.h"

#include "Await.h"
#include "Logging.h"
#include "api/AdminClient.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxServer.h"
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

QUrl withV2(const QUrl& server)
{
    QUrl url = server;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v2"));
    return url;
}

} // namespace

CliConnection::CliConnection(QObject* parent) : QObject(parent) {}

CliConnection::~CliConnection() = default;

bool CliConnection::open(const Settings& settings, QString* error)
{
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
        // Secrets of an ad-hoc server are filed under its address, or under --profile if given.
        m_profileName = settings.profile.isEmpty()
            ? settings.server.host() + QLatin1Char(':') + QString::number(settings.server.port(settings.server.scheme() == QLatin1String("https") ? 443 : 80))
            : settings.profile;
        m_on24Base = withV2(settings.server);
        return signIn(settings.server, settings.login, readPasswordFromStdin(), error);
    }

    if (!settings.profile.isEmpty() && settings.profile != ProfileStore::embeddedSandboxName()) {
        const std::optional<Profile> profile = ProfileStore().profile(settings.profile);
        if (!profile) {
            *error = tr("There is no connection profile named \u201c%1\u201d. Create it in the "
                        "application, or use --server URL --login LOGIN --password-stdin.")
                         .arg(settings.profile);
            return false;
        }
        m_profileName = profile->name;
        m_on24Base = profile->effectiveOn24BaseUrl();
        m_clientId = profile->clientId;
        const QString login = settings.login.isEmpty() ? profile->login : settings.login;
        QString password;
        if (settings.passwordStdin) {
            password = readPasswordFromStdin();
        } else if (profile->rememberPassword) {
            KeychainSecretStore keychain;
            const SecretStore::Result r = Cli::awaitSecret([&](SecretStore::Callback done) {
                keychain.read(SecretStore::passwordAccountName(profile->name), this, done);
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
        return signIn(profile->serverUrl, login, password, error);
    }

    // The embedded default: the sandbox in this process, with the demo data.
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    Sandbox::SandboxServer::Options options;
    options.dataDirectory = Sandbox::SandboxServer::embeddedDataDirectory();
    options.seed = QStringLiteral("demo");
    QString why;
    if (!m_sandbox->start(options, &why)) {
        *error = tr("Could not start the built-in demo server: %1").arg(why);
        return false;
    }
    qCInfo(lcCli) << "embedded sandbox at" << m_sandbox->url().toString();
    m_profileName = ProfileStore::embeddedSandboxName();
    m_on24Base = withV2(m_sandbox->url());
    return signIn(m_sandbox->url(), Sandbox::SandboxServer::demoAdminLogin(),
                  Sandbox::SandboxServer::demoAdminPassword(), error);
}

bool CliConnection::signIn(const QUrl& server, const QString& login, const QString& password,
                           QString* error)
{
    m_client = new AdminClient(server, this);
    const Result<Session> r = Cli::await<Session>([&](AdminClient::Callback<Session> done) {
        m_client->signIn(login, password, this, done);
    });
    if (!r.ok()) {
        *error = r.error.userMessage();
        return false;
    }
    if (m_clientId == 0)
        m_clientId = r.value.account.clientId;
    return true;
}

void CliConnection::close()
{
    if (!m_client || !m_client->isSignedIn())
        return;
    Cli::await<bool>([&](AdminClient::Callback<bool> done) { m_client->signOut(this, done); });
}

} // namespace TokenConsole
