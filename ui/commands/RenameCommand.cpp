// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/RenameCommand.h"

#include "session/ConsoleSession.h"
#include "platform/Platform.h"
#include "commands/CommandContext.h"
#include "dialogs/RenameDialog.h"
#include "secrets/SecretStore.h"

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
    if (!platform() || !m_dialog)
        return;
    m_dialog->setBusy(true);
    m_job = platform()->rename(
        token(), name, this, [this](const Result<Token>& result) {
            if (!m_dialog)
                return;
            if (result.ok()) {
                m_renamed = true;
                // The keychain entry keeps the name people know the token by.
                if (platform() && platform()->holdsSecret(result.value.key))
                    platform()->secrets()->setLabel(
                        platform()->secretAccount(result.value.key),
                        SecretStore::entryLabel(result.value.name, platform()->account().name));
                const bool local = platform() && platform()->can(Capability::EditLabels);
                context()->showOutcome(
                    local ? tr("Renamed “%1” to “%2” on this computer; ON24's page keeps its own "
                               "name.")
                                .arg(token().name, result.value.name)
                          : tr("Renamed “%1” to “%2”.").arg(token().name, result.value.name),
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

void RenameCommand::resolveConflict()
{
    adoptLatest(
        m_dialog, [this](const Token& latest) { m_dialog->showConflict(latest.name); },
        [this](const QString& why) { m_dialog->showError(why); });
}

} // namespace TokenConsole
