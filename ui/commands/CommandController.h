// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

#include <QObject>
#include <QVector>
#include <functional>

class QAction;

namespace TokenConsole {

class CommandContext;

// Owns the window's token actions (as Kleopatra's KeyListController does): one QAction per
// command, enabled from the command's restrictions, the selection, the user's permission and
// the contract, with the reason in the tooltip and status tip when disabled.
class CommandController : public QObject
{
    Q_OBJECT

public:
    enum ActionId {
        Provision,
        Rename,
        Disable,
        Enable,
        Verify,
        CopyKey,
        CopySecret,
        Refresh,
        AddExisting,
        Forget,
        KeepAlive,
        VerifyAll,
        Rotate,
        EditOwner,
        NarrowAccess,
        ActionCount
    };

    CommandController(CommandContext* context, QObject* parent = nullptr);

    QAction* action(ActionId id) const { return m_entries.at(id).action; }
    // Why the action is disabled now, or empty when it is enabled.
    QString blockedReason(ActionId id) const { return m_entries.at(id).reason; }
    // The platform's standing notice (a permission, the contract, direct mode's limits), shown
    // as a line in the window.
    QString accountRestriction() const;

    void setCurrentToken(const std::optional<Token>& token);
    // All selected tokens: with more than one, Disable, Enable and Verify act on all of them.
    void setSelectedTokens(const TokenList& tokens);
    const TokenList& selectedTokens() const { return m_selection; }
    void updateActions();

Q_SIGNALS:
    void commandFinished();
    // A command that showed a dialog ended (done or canceled); `tokenId` is the token it was
    // started on, empty for account-wide commands.
    void dialogCommandEnded(const QString& tokenId);
    void actionsUpdated();

private:
    struct Entry
    {
        QAction* action = nullptr;
        QString description;
        Command::Needs needs;
        std::function<Command*(CommandContext*, const std::optional<Token>&)> create;
        QString reason;
    };

    void add(ActionId id, const QString& text, const QString& description, const char* themeIcon,
             const QString& bundledIcon, const QKeySequence& shortcut, Command::Needs needs,
             std::function<Command*(CommandContext*, const std::optional<Token>&)> create);
    void trigger(ActionId id);
    // The bulk action behind `id` while several tokens are selected.
    bool isBulk(ActionId id) const;

    CommandContext* m_context;
    std::optional<Token> m_token;
    TokenList m_selection;
    QVector<Entry> m_entries;
};

} // namespace TokenConsole
