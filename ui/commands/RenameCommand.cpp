#include "commands/RenameCommand.h"

#include "ConsoleSession.h"
#include "api/AdminClient.h"
#include "commands/CommandContext.h"
#include "dialogs/RenameDialog.h"
#include "model/TokenTableModel.h"

namespace TokenConsole {

void RenameCommand::doStart()
{
    m_dialog = new RenameDialog(token().name, token().login, context()->dialogParent());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this] {
        if (!m_renamed)
            abort();
    });
    connect(m_dialog, &RenameDialog::submitted, this, &RenameCommand::rename);
    m_dialog->open();
}

void RenameCommand::rename(const QString& name)
{
    ConsoleSession* session = context()->session();
    if (!session || !m_dialog)
        return;
    m_dialog->setBusy(true);
    m_job = session->client()->rename(
        token().id, name, token().version, this, [this](const Result<Token>& result) {
            if (!m_dialog)
                return;
            if (result.ok()) {
                m_renamed = true;
                if (ConsoleSession* current = context()->session())
                    current->model()->upsert(result.value);
                context()->showOutcome(
                    tr("Renamed “%1” to “%2”.").arg(token().name, result.value.name), false);
                m_dialog->accept();
                done();
                return;
            }
            if (result.error.kind() == ApiError::Kind::VersionMismatch) {
                resolveConflict();
                return;
            }
            m_dialog->showError(result.error.userMessage());
        });
}

void RenameCommand::resolveConflict()
{
    ConsoleSession* session = context()->session();
    if (!session)
        return;
    m_job = session->client()->fetchToken(token().id, this, [this](const Result<Token>& result) {
        if (!m_dialog)
            return;
        if (!result.ok()) {
            m_dialog->showError(result.error.userMessage());
            return;
        }
        // The retry goes out with the newer version, on purpose and after the user saw it.
        setToken(result.value);
        if (ConsoleSession* current = context()->session())
            current->model()->upsert(result.value);
        m_dialog->showConflict(result.value.name);
    });
}

} // namespace TokenConsole
