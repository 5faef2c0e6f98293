// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/AdminApiPlatform.h"

#include "api/AdminClient.h"
#include "api/ApiJob.h"
#include "api/On24Client.h"
#include "model/TokenTableModel.h"
#include "platform/CapabilityText.h"
#include "secrets/SecretStore.h"

#include <QPointer>

namespace TokenConsole {

AdminApiPlatform::AdminApiPlatform(AdminClient* client, Settings settings, SecretStore* secrets,
                                   QObject* parent)
    : Platform(parent), m_client(client), m_on24(new On24Client(this)),
      m_settings(std::move(settings)), m_secrets(secrets),
      m_secretIndex(m_settings.profileName), m_account(client->session().account)
{
    m_client->setParent(this);
    connect(m_client, &AdminClient::sessionExpired, this, &Platform::sessionExpired);
    connect(m_client, &AdminClient::clockSkewChanged, this, &Platform::clockSkewChanged);
}

AdminApiPlatform::~AdminApiPlatform() = default;

QString AdminApiPlatform::description() const
{
    if (m_settings.embedded)
        return tr("Embedded sandbox at %1").arg(m_client->baseUrl().toDisplayString());
    return tr("Token Admin API at %1").arg(m_client->baseUrl().toDisplayString());
}

SessionUser AdminApiPlatform::user() const
{
    return m_client->session().user;
}

qint64 AdminApiPlatform::clockSkewMs() const
{
    return m_client->clockSkewMs();
}

QString AdminApiPlatform::whyNot(Capability capability, const Token* token) const
{
    const SessionUser& me = m_client->session().user;
    switch (capability) {
    case Capability::List:
    case Capability::ActivityLog:
    case Capability::AuditLog:
    case Capability::AccountUsers:
        return {};
    case Capability::Provision:
        if (!me.canManageUsers())
            return CapabilityText::needsManageUsers(me.login);
        if (!m_account.hasConnect())
            return CapabilityText::needsConnect(m_account.name);
        return {};
    case Capability::Rename:
    case Capability::EditOwner:
    case Capability::NarrowAccess:
        return me.canManageUsers() ? QString() : CapabilityText::needsManageUsers(me.login);
    case Capability::Rotate:
        if (!me.canManageUsers())
            return CapabilityText::needsManageUsers(me.login);
        if (token && !token->isActive())
            return CapabilityText::tokenDisabled(token->name);
        return {};
    case Capability::Usage:
        return {};
    case Capability::Disable:
        if (!me.canManageUsers())
            return CapabilityText::needsManageUsers(me.login);
        if (token && !token->isActive())
            return CapabilityText::tokenDisabled(token->name);
        return {};
    case Capability::Enable:
        if (!me.canManageUsers())
            return CapabilityText::needsManageUsers(me.login);
        if (token && token->isActive())
            return CapabilityText::tokenAlreadyActive(token->name);
        return {};
    case Capability::Verify:
        if (token && !token->isActive())
            return CapabilityText::tokenDisabled(token->name);
        if (token && !holdsSecret(token->key))
            return CapabilityText::noLocalSecret(token->name);
        return {};
    case Capability::CopySecret:
        if (token && !holdsSecret(token->key))
            return CapabilityText::noLocalSecret(token->name);
        return {};
    case Capability::EditLabels:
    case Capability::KeepAlive:
    case Capability::AddExisting:
    case Capability::Forget:
        break;
    }
    return CapabilityText::notOffered(capability);
}

bool AdminApiPlatform::offers(Capability capability) const
{
    switch (capability) {
    case Capability::EditLabels:
    case Capability::KeepAlive:
    case Capability::AddExisting:
    case Capability::Forget:
        return false;
    default:
        return true;
    }
}

QString AdminApiPlatform::standingNotice() const
{
    // A permission or the contract: what limits this user on this account.
    if (const QString why = whyNot(Capability::Rename); !why.isEmpty())
        return why;
    return whyNot(Capability::Provision);
}

QSet<int> AdminApiPlatform::columns() const
{
    return {TokenTableModel::NameColumn,         TokenTableModel::LoginColumn,
            TokenTableModel::AccessColumn,       TokenTableModel::KeyColumn,
            TokenTableModel::StatusColumn,       TokenTableModel::LastActivityColumn,
            TokenTableModel::DaysInactiveColumn, TokenTableModel::AutoDisableColumn,
            TokenTableModel::CreatedColumn,      TokenTableModel::LocalSecretColumn,
            TokenTableModel::OwnerColumn};
}

Platform::Callback<Token> AdminApiPlatform::announcing(Callback<Token> done)
{
    return [this, done = std::move(done)](const Result<Token>& result) {
        if (result.ok())
            Q_EMIT tokenChanged(result.value);
        done(result);
    };
}

ApiJob* AdminApiPlatform::loadAccount(QObject* context, Callback<Account> done)
{
    return m_client->fetchAccount(context, [this, done](const Result<Account>& result) {
        if (result.ok())
            m_account = result.value;
        done(result);
    });
}

ApiJob* AdminApiPlatform::listTokens(QObject* context, Callback<TokenList> done)
{
    return m_client->fetchAllTokens(context, std::move(done));
}

ApiJob* AdminApiPlatform::listTokensInPages(QObject* context, PageCallback page,
                                            Callback<TokenList> done)
{
    return m_client->fetchAllTokens(context, std::move(done), 1000, std::move(page));
}

ApiJob* AdminApiPlatform::fetchToken(const QString& id, QObject* context, Callback<Token> done)
{
    return m_client->fetchToken(id, context, announcing(std::move(done)));
}

ApiJob* AdminApiPlatform::users(QObject* context, Callback<QVector<AccountUser>> done)
{
    return m_client->fetchUsers(context, std::move(done));
}

ApiJob* AdminApiPlatform::provision(const ProvisionRequest& request, QObject* context,
                                    Callback<ProvisionedToken> done)
{
    if (const QString why = whyNot(Capability::Provision); !why.isEmpty()) {
        failLater(context, done, ApiError::local(why));
        return nullptr;
    }
    return m_client->provision(request.userId, request.name, request.access, context,
                               [this, done](const Result<ProvisionedToken>& result) {
                                   if (result.ok())
                                       Q_EMIT tokenChanged(result.value.token);
                                   done(result);
                               });
}

ApiJob* AdminApiPlatform::rename(const Token& token, const QString& name, QObject* context,
                                 Callback<Token> done)
{
    return m_client->rename(token.id, name, token.version, context, announcing(std::move(done)));
}

ApiJob* AdminApiPlatform::editOwner(const Token& token, const QString& owner,
                                    const QString& notes, QObject* context, Callback<Token> done)
{
    return m_client->setOwnerAndNotes(token.id, owner.trimmed(), notes.trimmed(), token.version,
                                      context, announcing(std::move(done)));
}

ApiJob* AdminApiPlatform::rotate(const Token& token, int graceHours, QObject* context,
                                 Callback<RotatedToken> done)
{
    return m_client->rotate(token.id, graceHours, context,
                            [this, done](const Result<RotatedToken>& result) {
                                if (result.ok())
                                    Q_EMIT tokenChanged(result.value.token);
                                done(result);
                            });
}

ApiJob* AdminApiPlatform::usage(const Token& token, int days, QObject* context,
                                Callback<TokenUsage> done)
{
    return m_client->fetchUsage(token.id, days, context, std::move(done));
}

ApiJob* AdminApiPlatform::narrowAccess(const Token& token, const QStringList& areas,
                                       QObject* context, Callback<Token> done)
{
    // Narrowing never widens: an empty list would mean all endpoints.
    if (areas.isEmpty()) {
        failLater(context, done,
                  ApiError::local(tr("Keep at least one API area: a token without any would "
                                     "stop its integration entirely; disable it instead.")));
        return nullptr;
    }
    return m_client->setAccess(token.id, areas, token.version, context,
                               announcing(std::move(done)));
}

ApiJob* AdminApiPlatform::disable(const Token& token, QObject* context, Callback<Token> done)
{
    return m_client->disable(token.id, context, announcing(std::move(done)));
}

ApiJob* AdminApiPlatform::enable(const Token& token, QObject* context, Callback<Token> done)
{
    return m_client->enable(token.id, context, announcing(std::move(done)));
}

ApiJob* AdminApiPlatform::verify(const Token& token, QObject* context,
                                 Callback<Verification> done)
{
    // Reading the keychain and the call are one job for the caller; the job handle is the ON24
    // call's, once it exists.
    QPointer<QObject> guard(context);
    const auto failed = [done](const ApiError& error) {
        Result<Verification> result;
        result.error = error;
        done(result);
    };
    readSecret(token, context, [=](const QString& secret) {
        m_on24->verify(
            m_settings.on24BaseUrl, m_account.clientId, token.key, secret, context,
            [=](const On24Client::Verification& call) {
                if (!guard)
                    return;
                // The call was activity: read the token back so its countdown restarts.
                m_client->fetchToken(token.id, context, [=](const Result<Token>& reread) {
                    Result<Verification> result;
                    result.value.call = call;
                    result.value.token = reread.ok() ? reread.value : token;
                    if (reread.ok())
                        Q_EMIT tokenChanged(reread.value);
                    done(result);
                });
            });
    }, failed);
    return nullptr;
}

ApiJob* AdminApiPlatform::activity(const Token& token, int limit, QObject* context,
                                   Callback<QVector<ActivityEntry>> done)
{
    return m_client->fetchActivity(token.id, limit, context, std::move(done));
}

ApiJob* AdminApiPlatform::audit(const Token* token, int limit, QObject* context,
                                Callback<QVector<AuditEntry>> done)
{
    if (!token)
        return m_client->fetchAudit(limit, context, std::move(done));
    // The server's own per-token trail (v1.1), complete however long the account's log is.
    return m_client->fetchTokenAudit(token->id, limit, context, std::move(done));
}

QString AdminApiPlatform::secretAccount(const QString& tokenKey) const
{
    return SecretStore::accountName(m_settings.profileName, tokenKey);
}

void AdminApiPlatform::noteSecretStored(const QString& tokenKey)
{
    m_secretIndex.add(tokenKey);
    Q_EMIT localSecretsChanged();
}

void AdminApiPlatform::noteSecretMissing(const QString& tokenKey)
{
    m_secretIndex.remove(tokenKey);
    Q_EMIT localSecretsChanged();
}

void AdminApiPlatform::setSession(const Session& session)
{
    m_client->setSession(session);
}

void AdminApiPlatform::close()
{
    if (m_client->isSignedIn())
        m_client->signOut(this, [](const Result<bool>&) {});
}

} // namespace TokenConsole
