// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/EditOwnerCommand.h"

#include "commands/CommandContext.h"
#include "dialogs/EditOwnerDialog.h"
#include "platform/Platform.h"
#include "session/ConsoleSession.h"

namespace TokenConsole {

void EditOwnerCommand::doStart()
{
    m_dialog =
        new EditOwnerDialog(token().name, token().owner, token().notes, context()->dialogParent());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this] {
        if (!m_saved)
            abort();
    });
    connect(m_dialog, &EditOwnerDialog::submitted, this, &EditOwnerCommand::save);
    m_dialog->open();
}

void EditOwnerCommand::save(const QString& owner, const QString& notes)
{
    if (!platform() || !m_dialog)
        return;
    m_dialog->setBusy(true);
    m_job = platform()->editOwner(token(), owner, notes, this, [this](const Result<Token>& result) {
        if (!m_dialog)
            return;
        if (result.ok()) {
            m_saved = true;
            context()->showOutcome(
                result.value.owner.isEmpty()
                    ? tr("Saved the notes of “%1”; it has no owner.").arg(result.value.name)
                    : tr("Saved: %1 owns “%2”.").arg(result.value.owner, result.value.name),
                false);
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

void EditOwnerCommand::resolveConflict()
{
    adoptLatest(
        m_dialog,
        [this](const Token& latest) { m_dialog->showConflict(latest.owner, latest.notes); },
        [this](const QString& why) { m_dialog->showError(why); });
}

} // namespace TokenConsole
