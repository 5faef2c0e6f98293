// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/OfflinePlatform.h"

#include "model/TokenTableModel.h"

#include <QLocale>

namespace TokenConsole {

OfflinePlatform::OfflinePlatform(const TokenListCache::Entry& cached, SecretStore* secrets,
                                 QObject* parent)
    : Platform(parent), m_cached(cached), m_secrets(secrets)
{
}

QString OfflinePlatform::cachedAtText() const
{
    const QDateTime local = m_cached.savedAt.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString OfflinePlatform::reason() const
{
    return tr("Offline: the platform cannot be reached, so the list from %1 is read-only.")
        .arg(cachedAtText());
}

QString OfflinePlatform::description() const
{
    return tr("The token list saved on %1 (offline)").arg(cachedAtText());
}

QString OfflinePlatform::whyNot(Capability capability, const Token*) const
{
    return capability == Capability::List ? QString() : reason();
}

bool OfflinePlatform::offers(Capability capability) const
{
    // What a Token Admin API offers, so the window keeps its shape while offline.
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

QSet<int> OfflinePlatform::columns() const
{
    return {TokenTableModel::NameColumn,         TokenTableModel::LoginColumn,
            TokenTableModel::AccessColumn,       TokenTableModel::KeyColumn,
            TokenTableModel::StatusColumn,       TokenTableModel::LastActivityColumn,
            TokenTableModel::DaysInactiveColumn, TokenTableModel::AutoDisableColumn,
            TokenTableModel::CreatedColumn,      TokenTableModel::LocalSecretColumn};
}

ApiJob* OfflinePlatform::loadAccount(QObject* context, Callback<Account> done)
{
    succeedLater(context, done, m_cached.account);
    return nullptr;
}

ApiJob* OfflinePlatform::listTokens(QObject* context, Callback<TokenList> done)
{
    succeedLater(context, done, m_cached.tokens);
    return nullptr;
}

ApiJob* OfflinePlatform::fetchToken(const QString& id, QObject* context, Callback<Token> done)
{
    for (const Token& token : m_cached.tokens) {
        if (token.id == id || token.key == id) {
            succeedLater(context, done, token);
            return nullptr;
        }
    }
    failLater(context, done, ApiError::local(reason()));
    return nullptr;
}

QString OfflinePlatform::secretAccount(const QString& tokenKey) const
{
    return m_cached.profile + QLatin1Char('/') + tokenKey;
}

} // namespace TokenConsole
