#pragma once

#include "api/AdminClient.h"
#include "api/ApiJob.h"
#include "model/Token.h"
#include "profiles/Profile.h"
#include "secrets/LocalSecretIndex.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace TokenConsole {

class On24Client;
class SecretStore;
class TokenTableModel;

// One signed-in connection: the profile, its AdminClient, the account it sees and the token
// list it keeps in the shared TokenTableModel. The window swaps sessions when the profile
// changes; the model and view stay.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `client`, which must already be signed in.
    ConsoleSession(const Profile& profile, AdminClient* client, SecretStore* secrets,
                   TokenTableModel* model, bool embedded, QObject* parent = nullptr);
    ~ConsoleSession() override;

    const Profile& profile() const { return m_profile; }
    bool isEmbedded() const { return m_embedded; }
    AdminClient* client() const { return m_client; }
    On24Client* on24() const { return m_on24; }
    SecretStore* secrets() const { return m_secrets; }
    TokenTableModel* model() const { return m_model; }

    const Account& account() const { return m_account; }
    const SessionUser& user() const { return m_client->session().user; }
    bool canManageUsers() const { return user().canManageUsers(); }
    bool hasConnect() const { return m_account.hasConnect(); }

    // Loads the account, then the token list; emits ready() or refreshFailed().
    void start();
    void refresh();
    bool isRefreshing() const { return !m_refreshJob.isNull(); }
    bool hasLoaded() const { return m_lastRefresh.isValid(); }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    // The list on screen is older than the last attempt (the last refresh failed).
    bool isStale() const { return m_lastError.isError(); }
    ApiError lastError() const { return m_lastError; }

    // The skew-corrected "now" every countdown uses.
    QDateTime now() const;
    void tick();

    QString secretAccount(const QString& tokenKey) const;
    bool holdsSecret(const QString& tokenKey) const;
    void rememberSecret(const QString& tokenKey);
    void forgetSecret(const QString& tokenKey);

Q_SIGNALS:
    void ready();
    void refreshStarted();
    void refreshed();
    void refreshFailed(const TokenConsole::ApiError& error);
    void sessionExpired();

private:
    void fetchTokens();
    void fail(const ApiError& error);

    Profile m_profile;
    bool m_embedded;
    AdminClient* m_client;
    On24Client* m_on24;
    SecretStore* m_secrets;
    TokenTableModel* m_model;
    LocalSecretIndex m_secretIndex;
    Account m_account;
    bool m_accountLoaded = false;
    QPointer<ApiJob> m_refreshJob;
    QDateTime m_lastRefresh;
    ApiError m_lastError;
};

} // namespace TokenConsole
