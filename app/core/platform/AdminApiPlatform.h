// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Platform.h"
#include "secrets/LocalSecretIndex.h"

#include <QUrl>

namespace TokenConsole {

class AdminClient;
class On24Client;

// A Token Admin API server: the embedded sandbox or a remote platform gateway. It can do
// everything the signed-in user's permissions and the account's contract allow; tokens are
// verified through the ON24 REST API v2 that the same platform serves.
class AdminApiPlatform : public Platform
{
    Q_OBJECT

public:
    struct Settings
    {
        QString profileName;  // names the keychain entries
        QUrl on24BaseUrl;     // where Verify calls the ON24 REST API v2
        bool embedded = false;
    };

    // Takes ownership of `client`, which must be signed in. `secrets` is borrowed.
    AdminApiPlatform(AdminClient* client, Settings settings, SecretStore* secrets,
                     QObject* parent = nullptr);
    ~AdminApiPlatform() override;

    AdminClient* client() const { return m_client; }
    bool isEmbedded() const { return m_settings.embedded; }

    QString description() const override;
    Account account() const override { return m_account; }
    SessionUser user() const override;
    qint64 clockSkewMs() const override;
    QString whyNot(Capability capability, const Token* token = nullptr) const override;
    bool offers(Capability capability) const override;
    QString standingNotice() const override;
    QSet<int> columns() const override;

    ApiJob* loadAccount(QObject* context, Callback<Account> done) override;
    ApiJob* listTokens(QObject* context, Callback<TokenList> done) override;
    ApiJob* listTokensInPages(QObject* context, PageCallback page,
                              Callback<TokenList> done) override;
    ApiJob* fetchToken(const QString& id, QObject* context, Callback<Token> done) override;
    ApiJob* users(QObject* context, Callback<QVector<AccountUser>> done) override;
    ApiJob* provision(const ProvisionRequest& request, QObject* context,
                      Callback<ProvisionedToken> done) override;
    ApiJob* rename(const Token& token, const QString& name, QObject* context,
                   Callback<Token> done) override;
    ApiJob* editOwner(const Token& token, const QString& owner, const QString& notes,
                      QObject* context, Callback<Token> done) override;
    ApiJob* rotate(const Token& token, int graceHours, QObject* context,
                   Callback<RotatedToken> done) override;
    ApiJob* usage(const Token& token, int days, QObject* context,
                  Callback<TokenUsage> done) override;
    ApiJob* narrowAccess(const Token& token, const QStringList& areas, QObject* context,
                         Callback<Token> done) override;
    ApiJob* disable(const Token& token, QObject* context, Callback<Token> done) override;
    ApiJob* enable(const Token& token, QObject* context, Callback<Token> done) override;
    ApiJob* verify(const Token& token, QObject* context, Callback<Verification> done) override;
    ApiJob* activity(const Token& token, int limit, QObject* context,
                     Callback<QVector<ActivityEntry>> done) override;
    ApiJob* audit(const Token* token, int limit, QObject* context,
                  Callback<QVector<AuditEntry>> done) override;

    SecretStore* secrets() const override { return m_secrets; }
    QString secretAccount(const QString& tokenKey) const override;
    QSet<QString> localSecretKeys() const override { return m_secretIndex.keys(); }
    void noteSecretStored(const QString& tokenKey) override;
    void noteSecretMissing(const QString& tokenKey) override;

    // A new sign-in on the same server (after the session expired).
    void setSession(const Session& session);
    void close() override;

private:
    // Wraps a job's callback so that a changed token is announced before the caller hears.
    Callback<Token> announcing(Callback<Token> done);

    AdminClient* m_client;
    On24Client* m_on24;
    Settings m_settings;
    SecretStore* m_secrets;
    LocalSecretIndex m_secretIndex;
    Account m_account;
};

} // namespace TokenConsole
