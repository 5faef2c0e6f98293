// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

#include <QPointer>

namespace TokenConsole {

class EditOwnerDialog;

// Edit Owner and Notes…: If-Match with the token's version, as Rename does; a conflict shows
// what the other person saved and keeps what the user typed.
class EditOwnerCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::EditOwner, Target::OneToken}; }

protected:
    void doStart() override;

private:
    void save(const QString& owner, const QString& notes);
    void resolveConflict();

    QPointer<EditOwnerDialog> m_dialog;
    bool m_saved = false;
};

} // namespace TokenConsole
