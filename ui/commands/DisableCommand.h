// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

namespace TokenConsole {

// Disable… (D6): names the token and its login and says that its integrations will stop.
class DisableCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::Disable, Target::OneToken}; }

protected:
    void doStart() override;
};

} // namespace TokenConsole
