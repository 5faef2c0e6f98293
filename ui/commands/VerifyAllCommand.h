// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"
#include "model/Token.h"

#include <QTimer>

namespace TokenConsole {

// Verify All: one real ON24 call per token whose secret is on this computer, spread over time so a burst does not use up ON24's quota.
class VerifyAllCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::Verify, Target::Account}; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void next();

    TokenList m_queue;
    QTimer m_spacing;
    int m_works = 0;
    int m_failed = 0;
};

} // namespace TokenConsole
