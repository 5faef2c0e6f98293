// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

namespace TokenConsole {

// Copy key: the key is not secret; it goes to the clipboard as plain text.
class CopyKeyCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::List, Target::OneToken}; }

protected:
    void doStart() override;
};

} // namespace TokenConsole
