// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/On24Client.h"
#include "model/Token.h"
#include "platform/Capability.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <functional>

namespace TokenConsole {

class ApiJob;
class SecretStore;

// Where the console's tokens come from and what can be done with them: a Token Admin API
// server (the embedded sandbox or a remote one) or a real ON24 account in direct mode. The GUI,
// its commands, the details panel and the CLI talk to a Platform only.
//
// Every job reports once through its callback, which runs only while `context` lives. A job
// that changes a token also emits tokenChanged() (or tokenRemoved()), so the one session that
// keeps the token table can apply it; callers need not write to the model.
class Platform : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const Result<T>&)>;

    struct ProvisionRequest
    {
        qint64 userId = 0;
        QString name;
        QStringList access;  // empty: all endpoints
    };

    // A pair made on ON24's page, as the admin adds it (direct mode).
    struct ExistingPair
    {
        QString key;
        QString secret;  // goes to the keychain only
        QString name;
        QString login;
        QString owner;
        QString notes;
        QDate lastActivity;  // "Last Activity" as ON24's page shows it; null when not typed
        bool keepAlive = false;
    };

    struct Labels
    {
        QString name;
        QString owner;
        QString notes;
    };

    struct Verification
    {
        On24Client::Verification call;
        Token token;  // the token as it is after the call
    };

    using QObject::QObject;

    // A short description for people: "Token Admin API at https://…", "ON24 account 10001".
    virtual QString description() const = 0;
    virtual Account account() const = 0;
    // The signed-in user; empty login where pairs authenticate themselves (direct mode).
    virtual SessionUser user() const = 0;
    // Server time minus local time, from the latest response's Date header.
    virtual qint64 clockSkewMs() const = 0;
    QDateTime now() const;

    // Empty when the platform can do this (for `token`, when given); otherwise why not, in one
    // translated sentence from CapabilityText.
    virtual QString whyNot(Capability capability, const Token* token = nullptr) const = 0;
    bool can(Capability capability, const Token* token = nullptr) const
    {
        return whyNot(capability, token).isEmpty();
    }
    // Whether the capability exists here at all (even if blocked now): actions that only some
    // platforms have are hidden where they mean nothing.
    virtual bool offers(Capability capability) const = 0;
    // A sentence the window shows while this platform is open (what it cannot do and why), or
    // empty.
    virtual QString standingNotice() const = 0;
    // The table columns (TokenTableModel::Column) that mean something here.
    virtual QSet<int> columns() const = 0;

    // Reads the account and its policy; the first call of a session.
    virtual ApiJob* loadAccount(QObject* context, Callback<Account> done) = 0;
    virtual ApiJob* listTokens(QObject* context, Callback<TokenList> done) = 0;
    // As listTokens; where the platform pages its list, `page` gets each page as it arrives,
    // so a first load can show rows before the last page is in.
    using PageCallback = std::function<void(const TokenList& page)>;
    virtual ApiJob* listTokensInPages(QObject* context, PageCallback page,
                                      Callback<TokenList> done);
    virtual ApiJob* fetchToken(const QString& id, QObject* context, Callback<Token> done) = 0;
    virtual ApiJob* users(QObject* context, Callback<QVector<AccountUser>> done);
    virtual ApiJob* provision(const ProvisionRequest& request, QObject* context,
                              Callback<ProvisionedToken> done);
    virtual ApiJob* rename(const Token& token, const QString& name, QObject* context,
                           Callback<Token> done);
    virtual ApiJob* editLabels(const Token& token, const Labels& labels, QObject* context,
                               Callback<Token> done);
    // Owner and notes (Capability::EditOwner): with If-Match on a Token Admin API, so a
    // concurrent change fails as VersionMismatch.
    virtual ApiJob* editOwner(const Token& token, const QString& owner, const QString& notes,
                              QObject* context, Callback<Token> done);
    // A new secret (Capability::Rotate); the previous one keeps working for graceHours.
    virtual ApiJob* rotate(const Token& token, int graceHours, QObject* context,
                           Callback<RotatedToken> done);
    // Calls by ON24 API area over the last `days` (Capability::Usage).
    virtual ApiJob* usage(const Token& token, int days, QObject* context,
                          Callback<TokenUsage> done);
    // Restricts the token to `areas` (Capability::NarrowAccess), with If-Match.
    virtual ApiJob* narrowAccess(const Token& token, const QStringList& areas, QObject* context,
                                 Callback<Token> done);
    virtual ApiJob* disable(const Token& token, QObject* context, Callback<Token> done);
    virtual ApiJob* enable(const Token& token, QObject* context, Callback<Token> done);
    // A real ON24 call with the token's key and the secret from this computer's keychain.
    virtual ApiJob* verify(const Token& token, QObject* context, Callback<Verification> done);
    virtual ApiJob* activity(const Token& token, int limit, QObject* context,
                             Callback<QVector<ActivityEntry>> done);
    // The audit entries of one token (or of the account when `token` is null).
    virtual ApiJob* audit(const Token* token, int limit, QObject* context,
                          Callback<QVector<AuditEntry>> done);
    virtual ApiJob* addExisting(const ExistingPair& pair, QObject* context, Callback<Token> done);
    virtual ApiJob* forget(const Token& token, QObject* context, Callback<bool> done);
    virtual ApiJob* setKeepAlive(const Token& token, bool on, QObject* context,
                                 Callback<Token> done);

    // Secrets of this platform's tokens on this computer.
    virtual SecretStore* secrets() const = 0;
    virtual QString secretAccount(const QString& tokenKey) const = 0;
    virtual QSet<QString> localSecretKeys() const = 0;
    bool holdsSecret(const QString& tokenKey) const { return localSecretKeys().contains(tokenKey); }
    // Reads the token's secret from the keychain: `use` gets it, or `fail` gets what went wrong
    // in one sentence (a missing entry also drops the token from the local index). Neither runs
    // once `context` is gone.
    void readSecret(const Token& token, QObject* context, std::function<void(const QString&)> use,
                    std::function<void(const ApiError&)> fail);
    // Keeps the index of local secrets in step with the keychain.
    virtual void noteSecretStored(const QString& tokenKey) = 0;
    virtual void noteSecretMissing(const QString& tokenKey) = 0;

    // Signs out where there is a session (best effort, no callback).
    virtual void close() {}

Q_SIGNALS:
    void tokenChanged(const TokenConsole::Token& token);
    void tokenRemoved(const QString& id);
    void localSecretsChanged();
    void clockSkewChanged(qint64 skewMs);
    // The sign-in ended on the server's side: the session must ask for it again.
    void sessionExpired();

protected:
    // Reports `error` through `done` on the next turn of the event loop (jobs never call back
    // before they return).
    template <typename T>
    static void failLater(QObject* context, const Callback<T>& done, const ApiError& error)
    {
        deliverLater(context, [done, error] {
            Result<T> result;
            result.error = error;
            done(result);
        });
    }
    template <typename T>
    static void succeedLater(QObject* context, const Callback<T>& done, const T& value)
    {
        deliverLater(context, [done, value] {
            Result<T> result;
            result.value = value;
            done(result);
        });
    }
    static void deliverLater(QObject* context, std::function<void()> call);
    // The refusal for a capability this platform lacks.
    ApiError refusal(Capability capability, const Token* token = nullptr) const;
};

} // namespace TokenConsole
