// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Capability.h"

#include <QCoreApplication>
#include <QString>

namespace TokenConsole {

// Every "cannot" sentence, in one place: the GUI's tooltips and banners and the CLI's errors
// say the same thing in the same words.
class CapabilityText
{
    Q_DECLARE_TR_FUNCTIONS(TokenConsole::CapabilityText)

public:
    static QString notConnected();
    static QString selectToken();
    static QString needsManageUsers(const QString& login);
    static QString needsConnect(const QString& accountName);
    static QString tokenDisabled(const QString& tokenName);
    static QString tokenAlreadyActive(const QString& tokenName);
    static QString noLocalSecret(const QString& tokenName);
    // Direct mode: what only ON24's own page can do.
    static QString onlyOnOn24Page();
    // Direct mode: ON24's API cannot rotate a secret or report usage by area.
    static QString noRotationOnOn24();
    static QString noUsageOnOn24();
    // The generic refusal for a capability a platform does not have at all.
    static QString notOffered(Capability capability);
    // The action's name in running text ("rotate a secret").
    static QString actionName(Capability capability);
};

} // namespace TokenConsole
