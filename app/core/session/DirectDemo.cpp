// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/DirectDemo.h"

#include "api/AdminClient.h"
#include "platform/On24DirectPlatform.h"
#include "profiles/ProfileStore.h"

namespace TokenConsole {

namespace {

struct DemoPair
{
    const char* name;
    const char* owner;
    const char* notes;
    bool keepAlive;
};

// The two pairs an admin might hand to integrations that run rarely.
const DemoPair kPairs[] = {
    {QT_TRANSLATE_NOOP("TokenConsole::DirectDemo", "Quarterly board report"),
     "Raj Patel (Marketing Ops)",
     QT_TRANSLATE_NOOP("TokenConsole::DirectDemo",
                       "Runs once a quarter, so it is kept alive between runs."),
     true},
    {QT_TRANSLATE_NOOP("TokenConsole::DirectDemo", "Data warehouse sync"), "Li Wei (BI)",
     QT_TRANSLATE_NOOP("TokenConsole::DirectDemo", "Nightly export of registrants."), false},
};

} // namespace

DirectDemo::DirectDemo(const PlatformEndpoint& endpoint, SecretStore* secrets, QObject* parent)
    : QObject(parent), m_endpoint(endpoint), m_profile(profile(endpoint)), m_secrets(secrets)
{
}

DirectDemo::~DirectDemo() = default;

Profile DirectDemo::profile(const PlatformEndpoint& endpoint)
{
    Profile p;
    p.name = ProfileStore::directDemoName();
    p.kind = Profile::Kind::On24;
    p.region = Profile::On24Region::Custom;
    p.on24BaseUrl = Profile::on24UnderServer(endpoint.url);
    p.clientId = endpoint.clientId;
    return p;
}

void DirectDemo::start()
{
    m_platform = new On24DirectPlatform(m_profile, m_secrets, this);
    QString error;
    if (!m_platform->open(&error)) {
        finish(error);
        return;
    }
    if (!m_platform->localSecretKeys().isEmpty()) {
        finish({});  // prepared on an earlier start
        return;
    }
    m_client = new AdminClient(m_endpoint.url, this);
    m_client->signIn(m_endpoint.login, m_endpoint.password, this,
                     [this](const Result<Session>& session) {
                         if (!session.ok()) {
                             finish(session.error.userMessage());
                             return;
                         }
                         m_client->setSession(session.value);
                         m_client->fetchUsers(this, [this](const Result<QVector<AccountUser>>& r) {
                             if (!r.ok()) {
                                 finish(r.error.userMessage());
                                 return;
                             }
                             for (const AccountUser& user : r.value) {
                                 // People who sign in themselves keep their logins free.
                                 if (!user.hasToken && user.login != m_endpoint.login
                                     && !user.login.startsWith(QLatin1String("viewer@"))) {
                                     m_freeUsers.append(user.id);
                                     m_logins.append(user.login);
                                 }
                             }
                             provisionNext();
                         });
                     });
}

void DirectDemo::provisionNext()
{
    const int count = int(std::size(kPairs));
    if (m_added >= count || m_added >= m_freeUsers.size()) {
        finish(m_added > 0 ? QString()
                           : tr("every login of the demo account already has a token"));
        return;
    }
    const DemoPair& pair = kPairs[m_added];
    const QString name = QCoreApplication::translate("TokenConsole::DirectDemo", pair.name);
    m_client->provision(
        m_freeUsers.at(m_added), name, {}, this,
        [this, pair, name](const Result<ProvisionedToken>& created) {
            if (!created.ok()) {
                finish(created.error.userMessage());
                return;
            }
            Platform::ExistingPair existing;
            existing.key = created.value.token.key;
            existing.secret = created.value.secret;
            existing.name = name;
            existing.login = m_logins.at(m_added);
            existing.owner = QString::fromUtf8(pair.owner);
            existing.notes = QCoreApplication::translate("TokenConsole::DirectDemo", pair.notes);
            existing.keepAlive = pair.keepAlive;
            m_platform->addExisting(existing, this, [this](const Result<Token>& added) {
                if (!added.ok()) {
                    finish(added.error.userMessage());
                    return;
                }
                ++m_added;
                provisionNext();
            });
        });
}

void DirectDemo::finish(const QString& error)
{
    Q_EMIT finished(m_profile, error);
}

} // namespace TokenConsole
