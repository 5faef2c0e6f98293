// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SessionController.h"

#include "Logging.h"
#include "api/AdminClient.h"
#include "model/TokenTableModel.h"
#include "platform/AdminApiPlatform.h"
#include "platform/OfflinePlatform.h"
#include "platform/On24DirectPlatform.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"
#include "session/ConsoleSession.h"
#include "session/DirectDemo.h"
#include "session/TokenListCache.h"

#include <QMutex>
#include <QHash>
#include <QThreadPool>

namespace TokenConsole {

SessionController::SessionController(TokenTableModel* model, SecretStore* secrets,
                                     EmbeddedPlatformProvider embedded, QObject* parent)
    : QObject(parent), m_model(model), m_secrets(secrets), m_embedded(std::move(embedded))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SessionController::retryOnline);
}

SessionController::~SessionController()
{
    delete m_pending;
    drop();
}

void SessionController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SessionController::fail(const QString& message)
{
    qCWarning(lcUi) << "open failed";
    setState(m_session ? State::Offline : State::SignedOut);
    Q_EMIT openFailed(message);
}

void SessionController::openProfile(const QString& name)
{
    if (name.isEmpty() || name == ProfileStore::embeddedSandboxName()) {
        openEmbedded();
        return;
    }
    if (name == ProfileStore::directDemoName()) {
        PlatformEndpoint endpoint;
        QString error;
        if (!m_embedded || !m_embedded(&endpoint, &error)) {
            fail(tr("The demo ON24 account could not be opened: %1")
                     .arg(error.isEmpty() ? tr("no embedded sandbox in this build") : error));
            return;
        }
        setState(State::SigningIn);
        auto* setup = new DirectDemo(endpoint, m_secrets, this);
        connect(setup, &DirectDemo::finished, this,
                [this, setup](const Profile& profile, const QString& problem) {
                    setup->deleteLater();
                    if (!problem.isEmpty()) {
                        fail(tr("The demo ON24 account could not be prepared: %1").arg(problem));
                        return;
                    }
                    openDirect(profile);
                });
        setup->start();
        return;
    }
    const std::optional<Profile> profile = ProfileStore().profile(name);
    if (!profile) {
        fail(tr("There is no profile named “%1”. Choose one from File > Profiles or connect to "
                "a platform.")
                 .arg(name));
        return;
    }
    if (profile->isDirect()) {
        openDirect(*profile);
        return;
    }
    if (!profile->rememberPassword) {
        Q_EMIT passwordRequired(*profile, false);
        return;
    }
    setState(State::SigningIn);
    m_secrets->read(SecretStore::passwordAccountName(profile->name), this,
                    [this, profile = *profile](const SecretStore::Result& result) {
                        if (!result.ok()) {
                            setState(m_session ? State::SignedIn : State::SignedOut);
                            Q_EMIT passwordRequired(profile, false);
                            return;
                        }
                        signIn(profile, result.secret, Origin::Stored);
                    });
}

void SessionController::openEmbedded()
{
    if (!m_embedded) {
        fail(tr("The local demo data is not available in this build. Connect to a platform "
                "instead."));
        return;
    }
    QString error;
    PlatformEndpoint endpoint;
    if (!m_embedded(&endpoint, &error)) {
        fail(tr("The local demo data could not be opened: %1").arg(error));
        return;
    }
    m_embeddedEndpoint = endpoint;
    Profile profile;
    profile.name = ProfileStore::embeddedSandboxName();
    profile.kind = Profile::Kind::Sandbox;
    profile.serverUrl = endpoint.url;
    profile.login = endpoint.login;
    profile.region = Profile::On24Region::Custom;
    profile.on24BaseUrl = Profile::on24UnderServer(endpoint.url);
    signIn(profile, endpoint.password, Origin::Stored);
}

void SessionController::connectProfile(const Profile& profile, const QString& password)
{
    if (profile.isDirect())
        openDirect(profile, Origin::TypedForNewProfile);
    else
        signIn(profile, password, Origin::TypedForNewProfile);
}

void SessionController::failFor(Origin origin, const QString& message, const QString& detail)
{
    if (origin == Origin::Stored) {
        fail(message);
        return;
    }
    setState(m_session ? State::SignedIn : State::SignedOut);
    Q_EMIT signInFailed(detail);
}

void SessionController::signIn(const Profile& profile, const QString& password, Origin origin)
{
    if (const ApiError refused = AdminClient::checkUrl(profile.serverUrl); refused.isError()) {
        failFor(origin, refused.userMessage(), refused.userMessage());
        return;
    }
    delete m_pending;
    auto* client = new AdminClient(profile.serverUrl, this);
    m_pending = client;
    setState(State::SigningIn);
    client->signIn(profile.login, password, this,
                   [this, client, profile, password, origin](const Result<Session>& result) {
                       if (m_pending == client)
                           m_pending.clear();
                       if (!result.ok()) {
                           client->deleteLater();
                           if (origin != Origin::TypedForNewProfile
                               && openOffline(profile, password, result.error)) {
                               if (origin == Origin::Typed)
                                   Q_EMIT signedIn();  // the password dialog is done
                               return;
                           }
                           const QString message =
                               tr("Could not sign in to %1 as %2: %3")
                                   .arg(profile.serverUrl.toDisplayString(), profile.login,
                                        result.error.userMessage());
                           failFor(origin, message, result.error.userMessage());
                           return;
                       }
                       client->setSession(result.value);
                       Profile saved = profile;
                       if (origin == Origin::TypedForNewProfile) {
                           saved.clientId = result.value.account.clientId;
                           ProfileStore().save(saved);
                           if (saved.rememberPassword)
                               rememberPassword(saved, password);
                       }
                       Q_EMIT signedIn();
                       adoptAdminClient(saved, client,
                                        profile.kind == Profile::Kind::Sandbox);
                   });
}

void SessionController::rememberPassword(const Profile& profile, const QString& password)
{
    m_secrets->setLabel(SecretStore::passwordAccountName(profile.name),
                        SecretStore::entryLabel(tr("password of %1").arg(profile.login),
                                                profile.name));
    m_secrets->store(SecretStore::passwordAccountName(profile.name), password, this,
                     [this](const SecretStore::Result& result) {
                         if (!result.ok())
                             Q_EMIT notice(tr("Signed in, but the password could not be kept in "
                                              "the keychain: %1 You will be asked for it next "
                                              "time.")
                                               .arg(result.message),
                                           true);
                     });
}

void SessionController::openDirect(const Profile& profile, Origin origin)
{
    const QUrl base = profile.effectiveOn24BaseUrl();
    if (const ApiError refused = AdminClient::checkUrl(base); refused.isError()) {
        failFor(origin, refused.userMessage(), refused.userMessage());
        return;
    }
    if (profile.clientId <= 0) {
        const QString message = tr("Enter the account's numeric ON24 client id.");
        failFor(origin, message, message);
        return;
    }
    auto* platform = new On24DirectPlatform(profile, m_secrets);
    QString error;
    if (!platform->open(&error)) {
        delete platform;
        failFor(origin, error, error);
        return;
    }
    if (origin == Origin::TypedForNewProfile)
        ProfileStore().save(profile);
    Q_EMIT signedIn();
    adopt(profile, platform, profile.name == ProfileStore::directDemoName());
}

void SessionController::adoptAdminClient(const Profile& profile, AdminClient* client,
                                         bool embedded)
{
    AdminApiPlatform::Settings settings;
    settings.profileName = profile.name;
    settings.on24BaseUrl = profile.effectiveOn24BaseUrl();
    settings.embedded = embedded;
    adopt(profile, new AdminApiPlatform(client, settings, m_secrets), embedded);
}

bool SessionController::openOffline(const Profile& profile, const QString& password,
                                    const ApiError& error)
{
    // Only an unreachable platform: a refused password or a TLS problem must be seen.
    if (error.kind() != ApiError::Kind::Network && error.kind() != ApiError::Kind::Timeout)
        return false;
    const std::optional<TokenListCache::Entry> cached =
        TokenListCache(m_cacheFolder).load(profile.name);
    if (!cached)
        return false;
    qCInfo(lcUi) << "platform unreachable; opening the saved list of" << profile.name;
    auto* platform = new OfflinePlatform(*cached, m_secrets);
    const QString text = tr("Offline: showing the list from %1. Retrying…")
                             .arg(platform->cachedAtText());
    adopt(profile, platform, profile.kind == Profile::Kind::Sandbox);
    m_offline.active = true;
    m_offline.profile = profile;
    m_offline.password = password;
    m_offline.delayMs = m_firstRetryMs;
    setState(State::Offline);
    m_retry.start(m_offline.delayMs);
    Q_EMIT offlineNoticeChanged(text);
    return true;
}

void SessionController::retryOnline()
{
    if (!m_offline.active || m_retrying)
        return;
    Profile profile = m_offline.profile;
    QString password = m_offline.password;
    const bool embedded = profile.kind == Profile::Kind::Sandbox;
    if (embedded && m_embedded) {
        // The embedded server may have moved (a new port): ask for it again.
        PlatformEndpoint endpoint;
        QString error;
        if (m_embedded(&endpoint, &error)) {
            m_embeddedEndpoint = endpoint;
            profile.serverUrl = endpoint.url;
            profile.on24BaseUrl = Profile::on24UnderServer(endpoint.url);
            password = endpoint.password;
        }
    }
    auto* client = new AdminClient(profile.serverUrl, this);
    m_retrying = client;
    client->signIn(profile.login, password, this,
                   [this, client, profile, embedded](const Result<Session>& result) {
                       m_retrying.clear();
                       if (!m_offline.active) {
                           client->deleteLater();
                           return;
                       }
                       if (!result.ok()) {
                           client->deleteLater();
                           m_offline.delayMs = qMin(m_offline.delayMs * 2, 5 * 60 * 1000);
                           m_retry.start(m_offline.delayMs);
                           return;
                       }
                       client->setSession(result.value);
                       qCInfo(lcUi) << "platform reachable again";
                       adoptAdminClient(profile, client, embedded);
                   });
}

void SessionController::saveList()
{
    // Only a live Token Admin API list: direct mode's inventory is on this computer already.
    if (m_offline.active || !m_session
        || !qobject_cast<AdminApiPlatform*>(m_session->platform()))
        return;
    TokenListCache::Entry entry;
    entry.profile = m_session->profile().name;
    entry.account = m_session->account();
    entry.tokens = m_model->tokens();
    entry.savedAt = QDateTime::currentDateTimeUtc();
    // Encoding a large list takes a while (100k tokens: seconds): not on the GUI thread. The
    // copies are shallow and Qt's implicit sharing is thread-safe. Saves run one at a time, and
    // one overtaken by a newer list is dropped, so an older list never lands last.
    static QMutex one;
    static QHash<QString, quint64> latest;  // per saved file
    static quint64 counter = 0;
    const TokenListCache cache(m_cacheFolder);
    const QString file = cache.fileFor(entry.profile);
    quint64 generation = 0;
    {
        const QMutexLocker locker(&one);
        generation = ++counter;
        latest.insert(file, generation);
    }
    QThreadPool::globalInstance()->start([folder = cache.folder(), entry, file, generation] {
        const QMutexLocker locker(&one);
        if (latest.value(file) != generation)
            return;
        QString error;
        if (!TokenListCache(folder).save(entry, &error))
            qCWarning(lcUi) << "could not save the token list:" << error;
    });
}

void SessionController::adopt(const Profile& profile, Platform* platform, bool embedded)
{
    drop();
    m_session = new ConsoleSession(profile, platform, m_model, embedded, this);
    connect(m_session, &ConsoleSession::sessionExpired, this,
            &SessionController::onSessionExpired);
    connect(m_session, &ConsoleSession::ready, this, &SessionController::sessionReady);
    connect(m_session, &ConsoleSession::refreshed, this, [this] {
        if (m_offline.active)
            return;
        setState(State::SignedIn);
        saveList();
    });
    connect(m_session, &ConsoleSession::refreshFailed, this, [this](const ApiError& error) {
        if (error.kind() == ApiError::Kind::SessionExpired)
            return;  // onSessionExpired decides
        setState(State::Offline);
    });
    ProfileStore().setLastUsed(profile.name);
    qCInfo(lcUi) << "opened profile" << profile.name << "embedded" << embedded;
    setState(State::SignedIn);
    Q_EMIT sessionChanged(m_session);
    m_session->start();
}

void SessionController::drop()
{
    m_retry.stop();
    delete m_retrying;
    if (m_offline.active) {
        m_offline = Offline{};
        Q_EMIT offlineNoticeChanged(QString());
    }
    if (!m_session)
        return;
    ConsoleSession* old = m_session;
    m_session.clear();
    m_model->clear();
    old->deleteLater();
    setState(State::SignedOut);
    Q_EMIT sessionChanged(nullptr);
}

void SessionController::onSessionExpired()
{
    if (!m_session)
        return;
    setState(State::Expired);
    auto* platform = qobject_cast<AdminApiPlatform*>(m_session->platform());
    if (platform && m_session->isEmbedded()) {
        // The demo's password is public; signing in again needs no one.
        platform->client()->signIn(
            m_embeddedEndpoint.login, m_embeddedEndpoint.password, m_session,
            [this, platform](const Result<Session>& result) {
                if (!m_session)
                    return;
                if (!result.ok()) {
                    setState(State::Offline);
                    Q_EMIT openFailed(result.error.userMessage());
                    return;
                }
                platform->setSession(result.value);
                m_session->refresh();
            });
        return;
    }
    Q_EMIT passwordRequired(m_session->profile(), true);
}

void SessionController::reauthenticate(const QString& password, bool remember)
{
    auto* platform = m_session ? qobject_cast<AdminApiPlatform*>(m_session->platform()) : nullptr;
    if (!platform)
        return;
    setState(State::SigningIn);
    // Keep the session object (and the list on screen); only the sign-in is new.
    platform->client()->signIn(m_session->profile().login, password, m_session,
                               [this, platform, password, remember](const Result<Session>& result) {
                                   if (!m_session)
                                       return;
                                   if (!result.ok()) {
                                       setState(State::Expired);
                                       Q_EMIT signInFailed(result.error.userMessage());
                                       return;
                                   }
                                   platform->setSession(result.value);
                                   if (remember) {
                                       Profile profile = m_session->profile();
                                       profile.rememberPassword = true;
                                       ProfileStore().save(profile);
                                       rememberPassword(profile, password);
                                   }
                                   Q_EMIT signedIn();
                                   setState(State::SignedIn);
                                   m_session->refresh();
                               });
}

void SessionController::declinePassword(const Profile& profile, bool expired)
{
    if (expired) {
        setState(State::Expired);
        return;
    }
    if (!m_session)
        fail(tr("Not signed in to “%1”. Choose Retry to enter the password, pick another "
                "profile from File > Profiles, or connect to a platform.")
                 .arg(profile.name));
}

} // namespace TokenConsole
