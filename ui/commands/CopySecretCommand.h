// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

namespace TokenConsole {

// Copy secret: read from the keychain, copied marked as a password and cleared after a while.
class CopySecretCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::CopySecret, Target::OneToken}; }

protected:
    void doStart() override;
};

} // namespace TokenConsole
