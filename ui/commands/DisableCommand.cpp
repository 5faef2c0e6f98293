#include "commands/DisableCommand.h"

#include "ConsoleSession.h"
#include "api/AdminClient.h"
#include "commands/CommandContext.h"
#include "model/TokenTableModel.h"

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
        ConsoleSession* session = context()->session();
        if (clicked != disable || !session) {
            abort();
            return;
        }
        m_job = session->client()->disable(token().id, this, [this](const Result<Token>& result) {
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
            if (current)
                current->model()->upsert(result.value);
            context()->showOutcome(tr("Disabled “%1”.").arg(token().name), false);
            done();
        });
    });
    box->open();
}

} // namespace TokenConsole
