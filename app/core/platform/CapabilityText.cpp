// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/CapabilityText.h"

namespace TokenConsole {

QString CapabilityText::notConnected()
{
    return tr("Not connected to a platform.");
}

QString CapabilityText::selectToken()
{
    return tr("Select a token first.");
}

QString CapabilityText::needsManageUsers(const QString& login)
{
    return tr("Your user (%1) lacks the Manage Users permission: you can look at tokens, but "
              "only an admin can change them.")
        .arg(login);
}

QString CapabilityText::needsConnect(const QString& accountName)
{
    return tr("The contract of %1 does not include Connect, which provisioning needs. Ask your "
              "ON24 account manager.")
        .arg(accountName);
}

QString CapabilityText::tokenDisabled(const QString& tokenName)
{
    return tr("“%1” is disabled.").arg(tokenName);
}

QString CapabilityText::tokenAlreadyActive(const QString& tokenName)
{
    return tr("“%1” is already active.").arg(tokenName);
}

QString CapabilityText::noLocalSecret(const QString& tokenName)
{
    return tr("This computer does not hold the secret of “%1”: only tokens provisioned or "
              "added here have it in the keychain.")
        .arg(tokenName);
}

QString CapabilityText::onlyOnOn24Page()
{
    return tr("ON24 offers no API for this: use Platform Tools › Integrations › API Tokens on "
              "ON24's site.");
}

QString CapabilityText::noRotationOnOn24()
{
    return tr("ON24 has no API to rotate a secret: make a new token on ON24's page, give it to "
              "the integration, then disable the old one there.");
}

QString CapabilityText::noUsageOnOn24()
{
    return tr("ON24 has no API that counts a token's calls by API area, so usage and access "
              "narrowing are not available in direct mode.");
}

QString CapabilityText::actionName(Capability capability)
{
    switch (capability) {
    case Capability::List: return tr("list tokens");
    case Capability::Provision: return tr("provision tokens");
    case Capability::Rename: return tr("rename tokens");
    case Capability::EditLabels: return tr("edit names, owners and notes");
    case Capability::Disable: return tr("disable tokens");
    case Capability::Enable: return tr("enable tokens");
    case Capability::Rotate: return tr("rotate secrets");
    case Capability::Verify: return tr("verify tokens");
    case Capability::ActivityLog: return tr("show a token's API activity");
    case Capability::AuditLog: return tr("show the audit log");
    case Capability::Usage: return tr("show usage by API area");
    case Capability::AccountUsers: return tr("list the account's users");
    case Capability::KeepAlive: return tr("keep tokens alive");
    case Capability::AddExisting: return tr("add existing token pairs");
    case Capability::Forget: return tr("forget token pairs");
    case Capability::CopySecret: return tr("copy secrets");
    case Capability::EditOwner: return tr("edit owners and notes");
    case Capability::NarrowAccess: return tr("narrow a token's access");
    }
    return {};
}

QString CapabilityText::notOffered(Capability capability)
{
    return tr("This platform cannot %1.").arg(actionName(capability));
}

} // namespace TokenConsole
