// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

namespace TokenConsole {

// Refresh: reloads the token list (merged by id, so the selection stays).
class RefreshCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::List, Target::Account}; }

protected:
    void doStart() override;
};

} // namespace TokenConsole
