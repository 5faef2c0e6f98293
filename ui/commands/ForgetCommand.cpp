// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ForgetCommand.h"

#include "commands/CommandContext.h"
#include "platform/Platform.h"

#include <QMessageBox>
#include <QPushButton>

namespace TokenConsole {

void ForgetCommand::doStart()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Forget Token"),
                                tr("Forget “%1” on this computer?").arg(token().name),
                                QMessageBox::NoButton, context()->dialogParent());
    box->setObjectName(QStringLiteral("forgetConfirmation"));
    box->setInformativeText(
        tr("The pair leaves this computer's inventory and its secret leaves the keychain. ON24 "
           "is not touched: the token keeps working for its integration until someone disables "
           "it on ON24's page. Keep-alive stops for it."));
    QPushButton* forget = box->addButton(tr("&Forget"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, forget](QAbstractButton* clicked) {
        if (clicked != forget || !platform()) {
            abort();
            return;
        }
        m_job = platform()->forget(token(), this, [this](const Result<bool>& result) {
            if (!result.ok())
                context()->showOutcome(tr("Could not forget “%1”: %2")
                                           .arg(token().name, result.error.userMessage()),
                                       true);
            else
                context()->showOutcome(
                    tr("Forgot “%1” on this computer; ON24 was not touched.").arg(token().name),
                    false);
            done();
        });
    });
    box->open();
}

} // namespace TokenConsole
