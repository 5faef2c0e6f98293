// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

namespace TokenConsole {

// Verify: a real ON24 API call with the keychain's secret. Success counts as activity (D10), so the
// token is reloaded afterwards.
class VerifyCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::Verify, Target::OneToken}; }

protected:
    void doStart() override;

private:
};

} // namespace TokenConsole
