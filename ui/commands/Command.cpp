#include "commands/Command.h"

#include "ConsoleSession.h"
#include "api/ApiJob.h"
#include "commands/CommandContext.h"

namespace TokenConsole {

Command::Command(CommandContext* context, std::optional<Token> token, QObject* parent)
    : QObject(parent), m_context(context), m_token(std::move(token))
{
}

void Command::start()
{
    doStart();
}

void Command::cancel()
{
    if (m_job)
        m_job->cancel();
    doCancel();
    abort();
}

void Command::done()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT finished();
    deleteLater();
}

void Command::abort()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT canceled();
    deleteLater();
}

QString Command::blockedReason(Restrictions restrictions, const CommandContext* context,
                               const std::optional<Token>& token)
{
    const ConsoleSession* session = context->session();
    if (!session)
        return tr("Not connected to a platform.");
    if ((restrictions & NeedsManageUsers) && !session->canManageUsers())
        return tr("Your user (%1) lacks the Manage Users permission: you can look at tokens, "
                  "but only an admin can change them.")
            .arg(session->user().login);
    if ((restrictions & NeedsConnect) && !session->hasConnect())
        return tr("The contract of %1 does not include Connect, which provisioning needs. "
                  "Ask your ON24 account manager.")
            .arg(session->account().name);
    if (restrictions & OnlyOneToken) {
        if (!token)
            return tr("Select a token first.");
        if ((restrictions & MustBeActive) && !token->isActive())
            return tr("“%1” is disabled.").arg(token->name);
        if ((restrictions & MustBeDisabled) && token->isActive())
            return tr("“%1” is already active.").arg(token->name);
        if ((restrictions & NeedsLocalSecret) && !session->holdsSecret(token->key))
            return tr("This computer does not hold the secret of “%1”: only tokens provisioned "
                      "here have it in the keychain.")
                .arg(token->name);
    }
    return {};
}

} // namespace TokenConsole
