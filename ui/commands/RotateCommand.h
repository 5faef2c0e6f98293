// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

#include <QPointer>

namespace TokenConsole {

class RotateDialog;

// Rotate Secret…: asks for the grace, rotates, shows the new secret once (NewSecretDialog) and
// replaces the token's keychain entry with it. The key stays the same, so the entry's name does.
class RotateCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::Rotate, Target::OneToken}; }

protected:
    void doStart() override;

private:
    void rotate(int graceHours);
    void showSecret(const RotatedToken& rotated);

    QPointer<RotateDialog> m_dialog;
    bool m_rotated = false;
};

} // namespace TokenConsole
