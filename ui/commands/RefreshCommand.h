#pragma once

#include "commands/Command.h"

namespace TokenConsole {

// Refresh: reloads the token list (merged by id, so the selection stays).
class RefreshCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Restrictions restrictions() { return NeedsSession; }

protected:
    void doStart() override;
};

} // namespace TokenConsole
