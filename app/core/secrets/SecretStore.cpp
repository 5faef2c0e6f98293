// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretStore.h"

namespace TokenConsole {

QString SecretStore::accountName(const QString& profile, const QString& tokenKey)
{
    return QStringLiteral("token-console:%1:%2").arg(profile, tokenKey);
}

QString SecretStore::passwordAccountName(const QString& profile)
{
    // Token keys are 32 upper-case alphanumerics, so "password" can never clash with one.
    return QStringLiteral("token-console:%1:password").arg(profile);
}

void SecretStore::setLabel(const QString& account, const QString& label)
{
    Q_UNUSED(account)
    Q_UNUSED(label)
}

QString SecretStore::entryLabel(const QString& what, const QString& where)
{
    return where.isEmpty() ? tr("Token Console: %1").arg(what)
                           : tr("Token Console: %1 (%2)").arg(what, where);
}

QString SecretStore::defaultLabel(const QString& account)
{
    // "token-console:<profile>:<token key or 'password'>"; the profile may hold colons.
    const QString prefix = QStringLiteral("token-console:");
    if (!account.startsWith(prefix) || account.lastIndexOf(QLatin1Char(':')) < prefix.size())
        return entryLabel(account, QString());
    const int last = account.lastIndexOf(QLatin1Char(':'));
    const QString profile = account.mid(prefix.size(), last - prefix.size());
    const QString item = account.mid(last + 1);
    return item == QLatin1String("password")
        ? entryLabel(tr("password"), profile)
        : entryLabel(tr("token %1").arg(item), profile);
}

bool SecretStore::isTokenSecret(const QString& secret)
{
    if (secret.size() != 128)
        return false;
    for (const QChar c : secret) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

SecretStore::Result SecretStore::checkTokenSecret(const Result& read)
{
    if (!read.ok() || isTokenSecret(read.secret))
        return read;
    Result refused;
    refused.status = Result::Status::Failed;
    refused.message = tr("The keychain entry of this token does not hold a token secret (128 "
                         "digits and lower-case letters a to f), so it was not used. Store the "
                         "right secret for this token again, or rotate the token to get a new "
                         "one.");
    return refused;
}

} // namespace TokenConsole
