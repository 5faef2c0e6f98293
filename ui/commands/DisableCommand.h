#pragma once

#include "commands/Command.h"

namespace TokenConsole {

// Disable… (D6): names the token and its login and says that its integrations will stop.
class DisableCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Restrictions restrictions()
    {
        return NeedsSession | NeedsManageUsers | OnlyOneToken | MustBeActive;
    }

protected:
    void doStart() override;
};

} // namespace TokenConsole
