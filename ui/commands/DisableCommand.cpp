// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/DisableCommand.h"

#include "session/ConsoleSession.h"
#include "platform/Platform.h"
#include "commands/CommandContext.h"

#include <QMessageBox>
#include <QPushButton>

namespace TokenConsole {

void DisableCommand::doStart()
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Disable Token"),
                                tr("Disable “%1” (login %2)?").arg(token().name, token().login),
                                QMessageBox::NoButton, context()->dialogParent());
    box->setObjectName(QStringLiteral("disableConfirmation"));
    box->setInformativeText(tr("Integrations using this token will stop working at once: every "
                               "ON24 API call with it fails until it is enabled again."));
    QPushButton* disable = box->addButton(tr("&Disable"), QMessageBox::DestructiveRole);
    disable->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, disable](QAbstractButton* clicked) {
        if (clicked != disable || !platform()) {
            abort();
            return;
        }
        m_job = platform()->disable(token(), this, [this](const Result<Token>& result) {
            ConsoleSession* current = context()->session();
            if (!result.ok()) {
                context()->showOutcome(
                    tr("Could not disable “%1”: %2").arg(token().name, result.error.userMessage()),
                    true);
                if (current)
                    current->refresh();
                done();
                return;
            }
            context()->showOutcome(tr("Disabled “%1”.").arg(token().name), false);
            done();
        });
    });
    box->open();
}

} // namespace TokenConsole
