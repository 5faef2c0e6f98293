// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/Command.h"

#include "session/ConsoleSession.h"
#include "api/ApiJob.h"
#include "commands/CommandContext.h"
#include "platform/CapabilityText.h"
#include "platform/Platform.h"

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

Platform* Command::platform() const
{
    ConsoleSession* session = m_context->session();
    return session ? session->platform() : nullptr;
}

QString Command::blockedReason(Needs needs, const CommandContext* context,
                               const std::optional<Token>& token)
{
    const ConsoleSession* session = context->session();
    if (!session)
        return CapabilityText::notConnected();
    if (const QString offline = context->unavailableReason(); !offline.isEmpty()
        && needs.capability != Capability::List)
        return offline;
    // The account-wide reason first (a permission, the contract), then the token's.
    const Platform* platform = session->platform();
    if (const QString why = platform->whyNot(needs.capability); !why.isEmpty())
        return why;
    if (needs.target == Target::Account)
        return {};
    if (!token)
        return CapabilityText::selectToken();
    return platform->whyNot(needs.capability, &*token);
}

void Command::adoptLatest(QObject* dialog, std::function<void(const Token&)> show,
                          std::function<void(const QString&)> fail)
{
    if (!platform())
        return;
    m_job = platform()->fetchToken(
        token().id, this,
        [this, guard = QPointer<QObject>(dialog), show, fail](const Result<Token>& result) {
            if (!guard)
                return;
            if (!result.ok()) {
                fail(result.error.userMessage());
                return;
            }
            setToken(result.value);
            show(result.value);
        });
}

} // namespace TokenConsole
