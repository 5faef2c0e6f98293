// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"
#include "session/BulkRun.h"

#include <QPointer>

namespace TokenConsole {

class BulkResultDialog;

// Disable, Enable or Verify on several selected tokens: one confirmation that names them
// (and the ones the platform cannot act on, with its reason), then a result per token in a
// BulkResultDialog. Ends when that dialog closes.
class BulkCommand : public Command
{
    Q_OBJECT

public:
    BulkCommand(CommandContext* context, BulkRun::Action action, const TokenList& tokens,
                QObject* parent = nullptr);

    // Why the action cannot run on these tokens now, or empty: not connected, offline, the
    // account-wide reason, or - when no selected token qualifies - the first token's reason.
    static QString blockedReason(BulkRun::Action action, const CommandContext* context,
                                 const TokenList& tokens);
    // "“A”, “B” … and 3 more" as lines, at most `shown` names.
    static QString nameList(const TokenList& tokens, int shown = 10);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void confirmed();
    void passFinished();

    BulkRun::Action m_action;
    TokenList m_tokens;
    QPointer<BulkResultDialog> m_dialog;
};

} // namespace TokenConsole
