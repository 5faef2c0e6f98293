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

} // namespace TokenConsole
