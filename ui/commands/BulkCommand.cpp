// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/BulkCommand.h"

#include "commands/CommandContext.h"
#include "dialogs/BulkResultDialog.h"
#include "platform/CapabilityText.h"
#include "platform/Platform.h"
#include "session/ConsoleSession.h"

#include <QMessageBox>
#include <QPushButton>

namespace TokenConsole {

BulkCommand::BulkCommand(CommandContext* context, BulkRun::Action action, const TokenList& tokens,
                         QObject* parent)
    : Command(context, std::nullopt, parent), m_action(action), m_tokens(tokens)
{
}

QString BulkCommand::blockedReason(BulkRun::Action action, const CommandContext* context,
                                   const TokenList& tokens)
{
    const ConsoleSession* session = context->session();
    if (!session)
        return CapabilityText::notConnected();
    if (const QString offline = context->unavailableReason(); !offline.isEmpty())
        return offline;
    const Platform* platform = session->platform();
    const Capability capability = BulkRun::capability(action);
    if (const QString why = platform->whyNot(capability); !why.isEmpty())
        return why;
    if (tokens.isEmpty())
        return CapabilityText::selectToken();
    QString first;
    for (const Token& token : tokens) {
        const QString why = platform->whyNot(capability, &token);
        if (why.isEmpty())
            return {};
        if (first.isEmpty())
            first = why;
    }
    return first;
}

QString BulkCommand::nameList(const TokenList& tokens, int shown)
{
    QStringList lines;
    for (int i = 0; i < tokens.size() && i < shown; ++i) {
        const Token& t = tokens.at(i);
        lines.append(t.login.isEmpty() ? tr("• “%1”").arg(t.name)
                                       : tr("• “%1” (%2)").arg(t.name, t.login));
    }
    if (tokens.size() > shown)
        lines.append(tr("and %n more", nullptr, int(tokens.size()) - shown));
    return lines.join(QLatin1Char('\n'));
}

void BulkCommand::doStart()
{
    Platform* current = platform();
    if (!current) {
        abort();
        return;
    }
    const Capability capability = BulkRun::capability(m_action);
    TokenList acting, skipped;
    QStringList reasons;
    for (const Token& token : m_tokens) {
        const QString why = current->whyNot(capability, &token);
        if (why.isEmpty()) {
            acting.append(token);
        } else {
            skipped.append(token);
            reasons.append(why);
        }
    }
    const int n = int(acting.size());
    QString title, question, consequence, confirmText;
    switch (m_action) {
    case BulkRun::Action::Disable:
        title = tr("Disable Tokens");
        question = tr("Disable %n token(s)?", nullptr, n);
        consequence = tr("Integrations using them will stop working at once: every ON24 API call "
                         "with them fails until they are enabled again.");
        confirmText = tr("&Disable");
        break;
    case BulkRun::Action::Enable:
        title = tr("Enable Tokens");
        question = tr("Enable %n token(s)?", nullptr, n);
        consequence = tr("They work again at once, and their inactivity count starts again now.");
        confirmText = tr("&Enable");
        break;
    case BulkRun::Action::Verify:
        title = tr("Verify Tokens");
        question = tr("Verify %n token(s) with a call to the ON24 API each?", nullptr, n);
        consequence = tr("The calls are made one at a time, a second apart; each success counts "
                         "as activity.");
        confirmText = tr("&Verify");
        break;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title,
                                question + QStringLiteral("\n\n") + nameList(acting),
                                QMessageBox::NoButton, context()->dialogParent());
    box->setObjectName(QStringLiteral("bulkConfirmation"));
    QString informative = consequence;
    if (!skipped.isEmpty()) {
        QStringList lines;
        for (int i = 0; i < skipped.size() && i < 10; ++i)
            lines.append(tr("“%1”: %2").arg(skipped.at(i).name, reasons.at(i)));
        if (skipped.size() > 10)
            lines.append(tr("and %n more", nullptr, int(skipped.size()) - 10));
        informative += QStringLiteral("\n\n") +
                       tr("%n selected token(s) will be skipped:", nullptr, int(skipped.size())) +
                       QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    box->setInformativeText(informative);
    QPushButton* confirm = box->addButton(confirmText, m_action == BulkRun::Action::Disable
                                                           ? QMessageBox::DestructiveRole
                                                           : QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    confirm->setEnabled(n > 0);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton* clicked) {
        if (clicked != confirm || !platform()) {
            abort();
            return;
        }
        confirmed();
    });
    box->open();
}

void BulkCommand::confirmed()
{
    auto* run = new BulkRun(platform(), m_action, m_tokens);
    m_dialog = new BulkResultDialog(run, context()->dialogParent());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(run, &BulkRun::finished, this, &BulkCommand::passFinished);
    connect(m_dialog, &QObject::destroyed, this, [this] { done(); });
    m_dialog->show();
    run->start();
}

void BulkCommand::doCancel()
{
    if (m_dialog)
        m_dialog->close();
}

void BulkCommand::passFinished()
{
    if (!m_dialog)
        return;
    const int failed = m_dialog->run()->count(BulkRun::Item::State::Failed);
    context()->showOutcome(m_dialog->summary(), failed > 0);
    // A failure may come from a list that changed elsewhere: show the platform's view of it.
    if (failed > 0) {
        if (ConsoleSession* session = context()->session())
            session->refresh();
    }
}

} // namespace TokenConsole
