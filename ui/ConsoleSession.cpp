#include "ConsoleSession.h"

#include "Logging.h"
#include "api/ApiJob.h"
#include "api/On24Client.h"
#include "model/TokenTableModel.h"
#include "policy/InactivityPolicy.h"
#include "secrets/SecretStore.h"

namespace TokenConsole {

ConsoleSession::ConsoleSession(const Profile& profile, AdminClient* client, SecretStore* secrets,
                               TokenTableModel* model, bool embedded, QObject* parent)
    : QObject(parent), m_profile(profile), m_embedded(embedded), m_client(client),
      m_on24(new On24Client(this)), m_secrets(secrets), m_model(model), m_secretIndex(profile.name),
      m_account(client->session().account)
{
    m_client->setParent(this);
    connect(m_client, &AdminClient::sessionExpired, this, &ConsoleSession::sessionExpired);
    connect(m_client, &AdminClient::clockSkewChanged, this, &ConsoleSession::tick);
}

ConsoleSession::~ConsoleSession()
{
    if (m_refreshJob)
        m_refreshJob->cancel();
}

void ConsoleSession::start()
{
    m_client->fetchAccount(this, [this](const Result<Account>& result) {
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        m_account = result.value;
        m_accountLoaded = true;
        m_model->setPolicy(m_account.policy);
        m_model->setLocalSecretKeys(m_secretIndex.keys());
        tick();
        fetchTokens();
    });
}

void ConsoleSession::refresh()
{
    if (isRefreshing())
        return;
    if (!m_accountLoaded) {
        start();
        return;
    }
    fetchTokens();
}

void ConsoleSession::fetchTokens()
{
    Q_EMIT refreshStarted();
    m_refreshJob = m_client->fetchAllTokens(this, [this](const Result<TokenList>& result) {
        m_refreshJob.clear();
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        const bool first = !m_lastRefresh.isValid();
        tick();
        m_model->refresh(result.value);
        m_lastRefresh = QDateTime::currentDateTime();
        m_lastError = {};
        qCDebug(lcUi) << "refreshed" << result.value.size() << "tokens";
        Q_EMIT refreshed();
        if (first)
            Q_EMIT ready();
    });
}

void ConsoleSession::fail(const ApiError& error)
{
    m_lastError = error;
    qCWarning(lcUi) << "refresh failed:" << ApiError::kindName(error.kind()) << error.httpStatus()
                    << error.requestId();
    Q_EMIT refreshFailed(error);
}

QDateTime ConsoleSession::now() const
{
    return InactivityPolicy::correctedNow(m_client->clockSkewMs());
}

void ConsoleSession::tick()
{
    m_model->setNow(now());
}

QString ConsoleSession::secretAccount(const QString& tokenKey) const
{
    return SecretStore::accountName(m_profile.name, tokenKey);
}

bool ConsoleSession::holdsSecret(const QString& tokenKey) const
{
    return m_secretIndex.contains(tokenKey);
}

void ConsoleSession::rememberSecret(const QString& tokenKey)
{
    m_secretIndex.add(tokenKey);
    m_model->setLocalSecretKeys(m_secretIndex.keys());
}

void ConsoleSession::forgetSecret(const QString& tokenKey)
{
    m_secretIndex.remove(tokenKey);
    m_model->setLocalSecretKeys(m_secretIndex.keys());
}

} // namespace TokenConsole
