// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

namespace TokenConsole {

// Enable This Token… (D6): says why the token was disabled and that the inactivity count restarts.
class EnableCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::Enable, Target::OneToken}; }

protected:
    void doStart() override;
};

} // namespace TokenConsole
