// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ProvisionCommand.h"

#include "session/ConsoleSession.h"
#include "platform/Platform.h"
#include "commands/CommandContext.h"
#include "dialogs/NewSecretDialog.h"
#include "dialogs/ProvisionDialog.h"
#include "secrets/SecretStore.h"

namespace TokenConsole {

void ProvisionCommand::doStart()
{
    m_dialog = new ProvisionDialog(context()->dialogParent());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this] {
        if (!m_provisioned)
            abort();
    });
    connect(m_dialog, &ProvisionDialog::submitted, this, &ProvisionCommand::provision);
    if (ConsoleSession* session = context()->session())
        m_dialog->setSignedInLogin(session->user().login);
    platform()->users(m_dialog, [dialog = m_dialog](
                                                const Result<QVector<AccountUser>>& result) {
        if (!dialog)
            return;
        if (result.ok())
            dialog->setUsers(result.value);
        else
            dialog->setLoadingUsers(ProvisionDialog::tr("Could not load the account's users: %1")
                                        .arg(result.error.userMessage()));
    });
    m_dialog->open();
}

void ProvisionCommand::provision(qint64 userId, const QString& name, const QStringList& access)
{
    if (!platform() || !m_dialog)
        return;
    m_dialog->setBusy(true);
    m_job = platform()->provision(
        {userId, name, access}, this, [this](const Result<ProvisionedToken>& result) {
            if (!m_dialog)
                return;
            if (!result.ok()) {
                // The dialog stays open with everything typed; the error says what to change.
                m_dialog->showError(result.error.userMessage());
                if (result.error.kind() == ApiError::Kind::Conflict && platform()) {
                    // Someone provisioned for that login meanwhile: refresh the login list.
                    platform()->users(
                        m_dialog, [dialog = m_dialog](const Result<QVector<AccountUser>>& users) {
                            if (dialog && users.ok())
                                dialog->setUsers(users.value);
                        });
                }
                return;
            }
            m_provisioned = true;
            m_dialog->accept();
            showSecret(result.value);
            done();
        });
}

void ProvisionCommand::showSecret(const ProvisionedToken& provisioned)
{
    QPointer<Platform> target = platform();
    const Token& token = provisioned.token;
    context()->selectToken(token.id);
    context()->showOutcome(tr("Provisioned “%1” for %2.").arg(token.name, token.login), false);

    auto* dialog = new NewSecretDialog(token.name, token.key, provisioned.secret,
                                       context()->clipboard(), context()->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    const QString entry = target->secretAccount(token.key);
    target->secrets()->setLabel(entry, SecretStore::entryLabel(token.name, target->account().name));
    target->secrets()->store(
        entry, provisioned.secret, dialog,
        [dialog, target, entry, key = token.key](const SecretStore::Result& result) {
            dialog->setStoreResult(result, entry);
            if (result.ok() && target)
                target->noteSecretStored(key);
        });
}

} // namespace TokenConsole
