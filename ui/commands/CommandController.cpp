#include "commands/CommandController.h"

#include "ConsoleSession.h"
#include "Logging.h"
#include "commands/CommandContext.h"
#include "commands/CopyKeyCommand.h"
#include "commands/CopySecretCommand.h"
#include "commands/DisableCommand.h"
#include "commands/EnableCommand.h"
#include "commands/ProvisionCommand.h"
#include "commands/RefreshCommand.h"
#include "commands/RenameCommand.h"
#include "commands/VerifyCommand.h"

#include <QAction>
#include <QFile>
#include <QIcon>

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
        ProvisionCommand::restrictions(), make<ProvisionCommand>);
    add(Rename, tr("Re&name…"), tr("Give the selected token a name that says what uses it"),
        "edit-rename", QStringLiteral(":/icons/actions/token-rename.svg"), QKeySequence(Qt::Key_F2),
        RenameCommand::restrictions(), make<RenameCommand>);
    add(Disable, tr("&Disable…"), tr("Stop the selected token from working"), "dialog-cancel",
        QStringLiteral(":/icons/actions/token-disable.svg"), {}, DisableCommand::restrictions(),
        make<DisableCommand>);
    add(Enable, tr("&Enable This Token…"), tr("Let the selected disabled token work again"),
        "dialog-ok-apply", QStringLiteral(":/icons/actions/token-enable.svg"), {},
        EnableCommand::restrictions(), make<EnableCommand>);
    add(Verify, tr("&Verify"),
        tr("Call the ON24 API with the selected token to prove it works (counts as activity)"),
        "security-high", QStringLiteral(":/icons/actions/token-verify.svg"),
        QKeySequence(Qt::CTRL | Qt::Key_T), VerifyCommand::restrictions(), make<VerifyCommand>);
    add(CopyKey, tr("Copy &Key"), tr("Copy the selected token's key"), "edit-copy",
        QStringLiteral(":/icons/actions/copy-key.svg"), QKeySequence(Qt::CTRL | Qt::Key_K),
        CopyKeyCommand::restrictions(), make<CopyKeyCommand>);
    add(CopySecret, tr("Copy &Secret"),
        tr("Copy the selected token's secret from this computer's keychain"), "password-copy",
        QStringLiteral(":/icons/actions/copy-secret.svg"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), CopySecretCommand::restrictions(),
        make<CopySecretCommand>);
    add(Refresh, tr("&Refresh"), tr("Reload the token list from the server"), "view-refresh",
        QStringLiteral(":/icons/actions/refresh.svg"), QKeySequence::Refresh,
        RefreshCommand::restrictions(), make<RefreshCommand>);
    updateActions();
}

void CommandController::add(
    ActionId id, const QString& text, const QString& description, const char* themeIcon,
    const QString& bundledIcon, const QKeySequence& shortcut, Command::Restrictions restrictions,
    std::function<Command*(CommandContext*, const std::optional<Token>&)> create)
{
    Entry& entry = m_entries[id];
    entry.action = new QAction(actionIcon(themeIcon, bundledIcon), text, this);
    static const char* const names[ActionCount] = {
        "provisionAction", "renameAction",  "disableAction",    "enableAction",
        "verifyAction",    "copyKeyAction", "copySecretAction", "refreshAction"};
    entry.action->setObjectName(QString::fromLatin1(names[id]));
    if (!shortcut.isEmpty())
        entry.action->setShortcut(shortcut);
    entry.description = description;
    entry.restrictions = restrictions;
    entry.create = std::move(create);
    connect(entry.action, &QAction::triggered, this, [this, id] { trigger(id); });
}

void CommandController::setCurrentToken(const std::optional<Token>& token)
{
    m_token = token;
    updateActions();
}

void CommandController::updateActions()
{
    for (Entry& entry : m_entries) {
        entry.reason = Command::blockedReason(entry.restrictions, m_context, m_token);
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
    Q_EMIT actionsUpdated();
}

QString CommandController::accountRestriction() const
{
    const ConsoleSession* session = m_context->session();
    if (!session)
        return {};
    if (!session->canManageUsers())
        return Command::blockedReason(Command::NeedsManageUsers, m_context, std::nullopt);
    if (!session->hasConnect())
        return Command::blockedReason(Command::NeedsConnect, m_context, std::nullopt);
    return {};
}

void CommandController::trigger(ActionId id)
{
    Entry& entry = m_entries[id];
    // A shortcut can fire while the state changed since the last update: check again.
    const QString reason = Command::blockedReason(entry.restrictions, m_context, m_token);
    if (!reason.isEmpty()) {
        m_context->showOutcome(reason, true);
        return;
    }
    Command* command = entry.create(m_context, m_token);
    command->setParent(this);
    qCDebug(lcUi) << "starting" << entry.action->objectName();
    connect(command, &Command::finished, this, &CommandController::commandFinished);
    command->start();
}

} // namespace TokenConsole
