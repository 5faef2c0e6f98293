// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"
#include "platform/Platform.h"

#include <QPointer>

namespace TokenConsole {

class AddPairDialog;

// Add Existing Token… (direct mode): the pair is verified with ON24, then its secret goes to the keychain and the pair to the inventory.
class AddExistingCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::AddExisting, Target::Account}; }

protected:
    void doStart() override;

private:
    void add(const Platform::ExistingPair& pair);

    QPointer<AddPairDialog> m_dialog;
    bool m_added = false;
};

} // namespace TokenConsole
