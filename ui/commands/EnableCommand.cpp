// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/EnableCommand.h"

#include "session/ConsoleSession.h"
#include "text/DateText.h"
#include "text/UiText.h"
#include "platform/Platform.h"
#include "commands/CommandContext.h"

#include <QMessageBox>
#include <QPushButton>

namespace TokenConsole {

void EnableCommand::doStart()
{
    ConsoleSession* session = context()->session();
    const QString since =
        DateText::dateTime(token().disabledAt);
    QString why;
    if (token().disabledReason == Token::DisabledReason::Inactivity)
        why = tr("It was disabled automatically on %1 because it had not been used for %2.")
                  .arg(since, UiText::days(session->account().policy.inactivityDays));
    else if (token().disabledAt.isValid())
        why = tr("It was disabled manually on %1.").arg(since);
    else
        why = tr("It was disabled manually.");

    auto* box = new QMessageBox(QMessageBox::Question, tr("Enable This Token"),
                                tr("Enable “%1” (login %2)?").arg(token().name, token().login),
                                QMessageBox::NoButton, context()->dialogParent());
    box->setObjectName(QStringLiteral("enableConfirmation"));
    box->setInformativeText(
        why + QLatin1Char(' ') +
        tr("Enabling restarts the count of %1 without activity now; integrations can use it "
           "again at once.")
            .arg(UiText::days(session->account().policy.inactivityDays)));
    QPushButton* enable = box->addButton(tr("&Enable This Token"), QMessageBox::AcceptRole);
    enable->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(enable);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, enable](QAbstractButton* clicked) {
        if (clicked != enable || !platform()) {
            abort();
            return;
        }
        m_job = platform()->enable(token(), this, [this](const Result<Token>& result) {
            ConsoleSession* now = context()->session();
            if (!result.ok()) {
                context()->showOutcome(
                    tr("Could not enable “%1”: %2").arg(token().name, result.error.userMessage()),
                    true);
                if (now)
                    now->refresh();
                done();
                return;
            }
            context()->showOutcome(
                tr("Enabled “%1”; its inactivity count starts again today.").arg(token().name),
                false);
            done();
        });
    });
    box->open();
}

} // namespace TokenConsole
