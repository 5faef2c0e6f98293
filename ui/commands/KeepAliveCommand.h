// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"


namespace TokenConsole {

// Keep Alive (direct mode): switches keep-alive for the selected pair. Turning it on first says why the 60-day auto-disable exists, and records who decided and when.
class KeepAliveCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::KeepAlive, Target::OneToken}; }

protected:
    void doStart() override;
};

} // namespace TokenConsole
