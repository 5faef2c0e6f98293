// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Platform.h"
#include "session/TokenListCache.h"

namespace TokenConsole {

// The last token list of a profile, from the cache, while its platform cannot be reached:
// listing works, every remote action is refused with the reason ("Offline: …"), so the GUI and
// the CLI disable them and say why.
class OfflinePlatform : public Platform
{
    Q_OBJECT

public:
    OfflinePlatform(const TokenListCache::Entry& cached, SecretStore* secrets,
                    QObject* parent = nullptr);

    const QDateTime& cachedAt() const { return m_cached.savedAt; }
    // "12 Oct 2026 14:03" in the user's locale and time zone.
    QString cachedAtText() const;
    // Why remote actions are unavailable, in one sentence.
    QString reason() const;

    QString description() const override;
    Account account() const override { return m_cached.account; }
    SessionUser user() const override { return {}; }
    qint64 clockSkewMs() const override { return 0; }
    QString whyNot(Capability capability, const Token* token = nullptr) const override;
    bool offers(Capability capability) const override;
    QString standingNotice() const override { return {}; }
    QSet<int> columns() const override;

    ApiJob* loadAccount(QObject* context, Callback<Account> done) override;
    ApiJob* listTokens(QObject* context, Callback<TokenList> done) override;
    ApiJob* fetchToken(const QString& id, QObject* context, Callback<Token> done) override;

    SecretStore* secrets() const override { return m_secrets; }
    QString secretAccount(const QString& tokenKey) const override;
    QSet<QString> localSecretKeys() const override { return {}; }
    void noteSecretStored(const QString&) override {}
    void noteSecretMissing(const QString&) override {}

private:
    TokenListCache::Entry m_cached;
    SecretStore* m_secrets;
};

} // namespace TokenConsole
