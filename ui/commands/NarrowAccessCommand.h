// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

namespace TokenConsole {

// Narrow Access…: reads the token's usage over the last 60 days and, after a confirmation that
// lists exactly the API areas the integration would lose, restricts the token to the areas it
// used (PATCH access with If-Match).
class NarrowAccessCommand : public Command
{
    Q_OBJECT

public:
    static constexpr int usageDays = 60;

    using Command::Command;
    static Needs needs() { return {Capability::NarrowAccess, Target::OneToken}; }

protected:
    void doStart() override;

private:
    void confirm(const QStringList& used);
    void narrow(const QStringList& used);
};

} // namespace TokenConsole
