#pragma once

#include "commands/Command.h"

namespace TokenConsole {

// Copy key: the key is not secret; it goes to the clipboard as plain text.
class CopyKeyCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Restrictions restrictions() { return NeedsSession | OnlyOneToken; }

protected:
    void doStart() override;
};

} // namespace TokenConsole
