// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"


namespace TokenConsole {

// Forget… (direct mode): removes a pair from this computer's inventory and keychain after a confirmation that says ON24 is not touched.
class ForgetCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::Forget, Target::OneToken}; }

protected:
    void doStart() override;
};

} // namespace TokenConsole
