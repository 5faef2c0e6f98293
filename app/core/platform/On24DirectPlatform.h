// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Platform.h"
#include "profiles/Profile.h"

#include <QDateTime>
#include <memory>

namespace TokenConsole {

class On24Client;
class On24Inventory;
struct InventoryEntry;

// Direct mode: a real ON24 account reached only through ON24's public REST API v2. ON24 has no
// API for its tokens, so the tokens are the pairs an admin added to this computer's inventory;
// each proves itself with a real call, and keep-alive calls pass data through the token before
// the 60-day rule disables it. Provision, remote rename, disable and enable stay on ON24's page.
class On24DirectPlatform : public Platform
{
    Q_OBJECT

public:
    On24DirectPlatform(const Profile& profile, SecretStore* secrets, QObject* parent = nullptr);
    ~On24DirectPlatform() override;

    // Opens the inventory; false with a sentence for people when it cannot.
    bool open(QString* error);

    QString description() const override;
    Account account() const override;
    SessionUser user() const override;
    qint64 clockSkewMs() const override { return m_clockSkewMs; }
    QString whyNot(Capability capability, const Token* token = nullptr) const override;
    bool offers(Capability capability) const override;
    QString standingNotice() const override;
    QSet<int> columns() const override;

    ApiJob* loadAccount(QObject* context, Callback<Account> done) override;
    ApiJob* listTokens(QObject* context, Callback<TokenList> done) override;
    ApiJob* fetchToken(const QString& id, QObject* context, Callback<Token> done) override;
    ApiJob* users(QObject* context, Callback<QVector<AccountUser>> done) override;
    ApiJob* rename(const Token& token, const QString& name, QObject* context,
                   Callback<Token> done) override;
    ApiJob* editLabels(const Token& token, const Labels& labels, QObject* context,
                       Callback<Token> done) override;
    ApiJob* editOwner(const Token& token, const QString& owner, const QString& notes,
                      QObject* context, Callback<Token> done) override;
    ApiJob* verify(const Token& token, QObject* context, Callback<Verification> done) override;
    ApiJob* addExisting(const ExistingPair& pair, QObject* context, Callback<Token> done) override;
    ApiJob* forget(const Token& token, QObject* context, Callback<bool> done) override;
    ApiJob* setKeepAlive(const Token& token, bool on, QObject* context,
                         Callback<Token> done) override;

    SecretStore* secrets() const override { return m_secrets; }
    QString secretAccount(const QString& tokenKey) const override;
    QSet<QString> localSecretKeys() const override;
    void noteSecretStored(const QString&) override {}
    void noteSecretMissing(const QString&) override {}

    QUrl baseUrl() const { return m_baseUrl; }
    // When keep-alive may call this token again after ON24's quota refused it (invalid: now).
    QDateTime retryNotBefore(const QString& key) const;

    static Token toToken(const InventoryEntry& entry, const InactivityPolicySettings& policy);
    static InventoryEntry toEntry(const Token& token);
    // The stable outcome id the inventory and the CLI's JSON use.
    static QString outcomeId(On24Client::Verification::Outcome outcome);
    // Who did it, for "turned on by": the operating system's user name.
    static QString localUser();

private:
    Result<Token> tokenFor(const QString& key) const;
    void noteServerDate(const QDateTime& serverDate);
    void rememberKeys(const QVector<InventoryEntry>& entries);

    Profile m_profile;
    QUrl m_baseUrl;
    SecretStore* m_secrets;
    On24Client* m_on24;
    std::unique_ptr<On24Inventory> m_inventory;
    InactivityPolicySettings m_policy;
    QString m_clientName;
    qint64 m_clockSkewMs = 0;
    QSet<QString> m_keys;  // the inventory's keys, as last read
};

} // namespace TokenConsole
