#include "commands/ProvisionCommand.h"

#include "ConsoleSession.h"
#include "api/AdminClient.h"
#include "commands/CommandContext.h"
#include "dialogs/NewSecretDialog.h"
#include "dialogs/ProvisionDialog.h"
#include "model/TokenTableModel.h"
#include "secrets/SecretStore.h"

namespace TokenConsole {

void ProvisionCommand::doStart()
{
    ConsoleSession* session = context()->session();
    m_dialog = new ProvisionDialog(context()->dialogParent());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this] {
        if (!m_provisioned)
            abort();
    });
    connect(m_dialog, &ProvisionDialog::submitted, this, &ProvisionCommand::provision);
    session->client()->fetchUsers(m_dialog, [dialog = m_dialog](
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
    ConsoleSession* session = context()->session();
    if (!session || !m_dialog)
        return;
    m_dialog->setBusy(true);
    m_job = session->client()->provision(
        userId, name, access, this, [this](const Result<ProvisionedToken>& result) {
            if (!m_dialog)
                return;
            if (!result.ok()) {
                // The dialog stays open with everything typed; the error says what to change.
                m_dialog->showError(result.error.userMessage());
                if (result.error.kind() == ApiError::Kind::Conflict && context()->session()) {
                    // Someone provisioned for that login meanwhile: refresh the login list.
                    context()->session()->client()->fetchUsers(
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
    QPointer<ConsoleSession> session = context()->session();
    const Token& token = provisioned.token;
    session->model()->upsert(token);
    context()->selectToken(token.id);
    context()->showOutcome(tr("Provisioned “%1” for %2.").arg(token.name, token.login), false);

    auto* dialog = new NewSecretDialog(token.name, token.key, provisioned.secret,
                                       context()->clipboard(), context()->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    const QString entry = session->secretAccount(token.key);
    session->secrets()->store(
        entry, provisioned.secret, dialog,
        [dialog, session, entry, key = token.key](const SecretStore::Result& result) {
            dialog->setStoreResult(result, entry);
            if (result.ok() && session)
                session->rememberSecret(key);
        });
}

} // namespace TokenConsole
