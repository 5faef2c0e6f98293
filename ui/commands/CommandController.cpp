// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/CommandController.h"

#include "session/ConsoleSession.h"
#include "Logging.h"
#include "commands/AddExistingCommand.h"
#include "commands/BulkCommand.h"
#include "commands/CommandContext.h"
#include "commands/CopyKeyCommand.h"
#include "commands/CopySecretCommand.h"
#include "commands/DisableCommand.h"
#include "commands/EditOwnerCommand.h"
#include "commands/EnableCommand.h"
#include "commands/ForgetCommand.h"
#include "commands/KeepAliveCommand.h"
#include "commands/NarrowAccessCommand.h"
#include "commands/ProvisionCommand.h"
#include "commands/RefreshCommand.h"
#include "commands/RenameCommand.h"
#include "commands/RotateCommand.h"
#include "commands/VerifyAllCommand.h"
#include "commands/VerifyCommand.h"
#include "platform/Platform.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QSignalBlocker>
#include <memory>

namespace TokenConsole {

namespace {

template <typename T> Command* make(CommandContext* context, const std::optional<Token>& token)
{
    return new T(context, token);
}

QIcon actionIcon(const char* themeName, const QString& bundled)
{
    const QIcon fallback = QFile::exists(bundled) ? QIcon(bundled) : QIcon();
    return QIcon::fromTheme(QString::fromLatin1(themeName), fallback);
}

} // namespace

CommandController::CommandController(CommandContext* context, QObject* parent)
    : QObject(parent), m_context(context)
{
    m_entries.resize(ActionCount);
    add(Provision, tr("&Provision…"), tr("Create a token for a login of the account"), "list-add",
        QStringLiteral(":/icons/actions/token-provision.svg"), QKeySequence::New,
        ProvisionCommand::needs(), make<ProvisionCommand>);
    add(Rename, tr("Re&name…"), tr("Give the selected token a name that says what uses it"),
        "edit-rename", QStringLiteral(":/icons/actions/token-rename.svg"), QKeySequence(Qt::Key_F2),
        RenameCommand::needs(), make<RenameCommand>);
    add(Disable, tr("&Disable…"), tr("Stop the selected token from working"), "dialog-cancel",
        QStringLiteral(":/icons/actions/token-disable.svg"), {}, DisableCommand::needs(),
        make<DisableCommand>);
    add(Enable, tr("&Enable This Token…"), tr("Let the selected disabled token work again"),
        "dialog-ok-apply", QStringLiteral(":/icons/actions/token-enable.svg"), {},
        EnableCommand::needs(), make<EnableCommand>);
    add(Verify, tr("&Verify"),
        tr("Call the ON24 API with the selected token to prove it works (counts as activity)"),
        "security-high", QStringLiteral(":/icons/actions/token-verify.svg"),
        QKeySequence(Qt::CTRL | Qt::Key_T), VerifyCommand::needs(), make<VerifyCommand>);
    add(CopyKey, tr("Copy &Key"), tr("Copy the selected token's key"), "edit-copy",
        QStringLiteral(":/icons/actions/copy-key.svg"), QKeySequence(Qt::CTRL | Qt::Key_K),
        CopyKeyCommand::needs(), make<CopyKeyCommand>);
    add(CopySecret, tr("Copy &Secret"),
        tr("Copy the selected token's secret from this computer's keychain"), "password-copy",
        QStringLiteral(":/icons/actions/copy-secret.svg"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), CopySecretCommand::needs(),
        make<CopySecretCommand>);
    add(Refresh, tr("&Refresh"), tr("Reload the token list from the server"), "view-refresh",
        QStringLiteral(":/icons/actions/refresh.svg"), QKeySequence::Refresh,
        RefreshCommand::needs(), make<RefreshCommand>);
    add(AddExisting, tr("&Add Existing Token…"),
        tr("Add a token pair made on ON24's page, verified before it is stored"), "list-add",
        QStringLiteral(":/icons/actions/token-provision.svg"), QKeySequence(Qt::CTRL | Qt::Key_I),
        AddExistingCommand::needs(), make<AddExistingCommand>);
    add(Forget, tr("&Forget…"),
        tr("Remove the selected pair from this computer; ON24 is not touched"), "edit-delete",
        QStringLiteral(":/icons/actions/token-disable.svg"), {}, ForgetCommand::needs(),
        make<ForgetCommand>);
    add(KeepAlive, tr("Keep Al&ive"),
        tr("Call ON24 with the selected pair before its days without activity run out"),
        "view-refresh", QStringLiteral(":/icons/actions/token-verify.svg"), {},
        KeepAliveCommand::needs(), make<KeepAliveCommand>);
    m_entries[KeepAlive].action->setCheckable(true);
    add(VerifyAll, tr("Verify A&ll"),
        tr("Verify every token whose secret is on this computer, one call at a time"),
        "security-high", QStringLiteral(":/icons/actions/token-verify.svg"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), VerifyAllCommand::needs(),
        make<VerifyAllCommand>);
    add(Rotate, tr("R&otate Secret…"),
        tr("Give the selected token a new secret; the previous one keeps working for a grace "
           "period you choose"),
        "view-refresh", QStringLiteral(":/icons/actions/keychain.svg"), {},
        RotateCommand::needs(), make<RotateCommand>);
    add(EditOwner, tr("Edit O&wner and Notes…"),
        tr("Record who answers for the selected token's integration, and notes about it"),
        "document-edit", QStringLiteral(":/icons/actions/token-rename.svg"), {},
        EditOwnerCommand::needs(), make<EditOwnerCommand>);
    add(NarrowAccess, tr("Narrow A&ccess…"),
        tr("Restrict the selected token to the API areas it used in the last 60 days"),
        "security-medium", QStringLiteral(":/icons/actions/token-disable.svg"), {},
        NarrowAccessCommand::needs(), make<NarrowAccessCommand>);
    updateActions();
}

void CommandController::add(
    ActionId id, const QString& text, const QString& description, const char* themeIcon,
    const QString& bundledIcon, const QKeySequence& shortcut, Command::Needs needs,
    std::function<Command*(CommandContext*, const std::optional<Token>&)> create)
{
    Entry& entry = m_entries[id];
    entry.action = new QAction(actionIcon(themeIcon, bundledIcon), text, this);
    static const char* const names[ActionCount] = {
        "provisionAction",   "renameAction",  "disableAction",    "enableAction",
        "verifyAction",      "copyKeyAction", "copySecretAction", "refreshAction",
        "addExistingAction", "forgetAction",  "keepAliveAction",  "verifyAllAction",
        "rotateAction",      "editOwnerAction", "narrowAccessAction"};
    entry.action->setObjectName(QString::fromLatin1(names[id]));
    if (!shortcut.isEmpty())
        entry.action->setShortcut(shortcut);
    entry.description = description;
    entry.needs = needs;
    entry.create = std::move(create);
    connect(entry.action, &QAction::triggered, this, [this, id] { trigger(id); });
}

void CommandController::setCurrentToken(const std::optional<Token>& token)
{
    m_token = token;
    updateActions();
}

void CommandController::setSelectedTokens(const TokenList& tokens)
{
    m_selection = tokens;
    updateActions();
}

namespace {

BulkRun::Action bulkAction(CommandController::ActionId id)
{
    return id == CommandController::Disable  ? BulkRun::Action::Disable
        : id == CommandController::Enable ? BulkRun::Action::Enable
                                          : BulkRun::Action::Verify;
}

} // namespace

bool CommandController::isBulk(ActionId id) const
{
    return m_selection.size() > 1 && (id == Disable || id == Enable || id == Verify);
}

void CommandController::updateActions()
{
    const ConsoleSession* session = m_context->session();
    for (int id = 0; id < ActionCount; ++id) {
        Entry& entry = m_entries[id];
        // The token actions every platform names stay visible (disabled, with the reason where
        // a platform cannot); the others show only where the platform has them.
        const bool everywhere = id <= Refresh;
        entry.action->setVisible(everywhere
                                 || (session && session->platform()->offers(entry.needs.capability)));
        entry.reason = isBulk(ActionId(id))
            ? BulkCommand::blockedReason(bulkAction(ActionId(id)), m_context, m_selection)
            : Command::blockedReason(entry.needs, m_context, m_token);
        entry.action->setEnabled(entry.reason.isEmpty());
        QString tip = entry.description;
        if (!entry.action->shortcut().isEmpty())
            tip += QStringLiteral(" (%1)").arg(
                entry.action->shortcut().toString(QKeySequence::NativeText));
        if (!entry.reason.isEmpty())
            tip += QLatin1Char('\n') + tr("Unavailable: %1").arg(entry.reason);
        entry.action->setToolTip(tip);
        entry.action->setStatusTip(entry.reason.isEmpty() ? entry.description : entry.reason);
    }
    QAction* keepAlive = m_entries.at(KeepAlive).action;
    const QSignalBlocker quiet(keepAlive);
    keepAlive->setChecked(m_token && m_token->keepAlive);
    Q_EMIT actionsUpdated();
}

QString CommandController::accountRestriction() const
{
    const ConsoleSession* session = m_context->session();
    return session ? session->platform()->standingNotice() : QString();
}

void CommandController::trigger(ActionId id)
{
    Entry& entry = m_entries[id];
    // A shortcut can fire while the state changed since the last update: check again.
    const bool bulk = isBulk(id);
    const QString reason = bulk
        ? BulkCommand::blockedReason(bulkAction(id), m_context, m_selection)
        : Command::blockedReason(entry.needs, m_context, m_token);
    if (!reason.isEmpty()) {
        m_context->showOutcome(reason, true);
        return;
    }
    Command* command = bulk ? new BulkCommand(m_context, bulkAction(id), m_selection)
                            : entry.create(m_context, m_token);
    command->setParent(this);
    qCDebug(lcUi) << "starting" << entry.action->objectName();
    connect(command, &Command::finished, this, &CommandController::commandFinished);
    // A command that asked something in a dialog hands the focus back to the row it acted on.
    auto asked = std::make_shared<bool>(false);
    const auto ended = [this, asked, tokenId = m_token ? m_token->id : QString()] {
        if (*asked)
            Q_EMIT dialogCommandEnded(tokenId);
    };
    connect(command, &Command::finished, this, ended);
    connect(command, &Command::canceled, this, ended);
    command->start();
    *asked = QApplication::activeModalWidget() != nullptr;
}

} // namespace TokenConsole
