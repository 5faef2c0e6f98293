// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

#include <QPointer>

namespace TokenConsole {

class RenameDialog;

// Rename… (D5): If-Match with the token's version; a conflict shows the newer name and offers a
// retry.
class RenameCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::Rename, Target::OneToken}; }

protected:
    void doStart() override;

private:
    void rename(const QString& name);
    void resolveConflict();

    QPointer<RenameDialog> m_dialog;
    bool m_renamed = false;
};

} // namespace TokenConsole
