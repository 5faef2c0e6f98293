// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/RotateCommand.h"

#include "commands/CommandContext.h"
#include "dialogs/NewSecretDialog.h"
#include "dialogs/RotateDialog.h"
#include "platform/Platform.h"
#include "secrets/SecretStore.h"
#include "session/ConsoleSession.h"
#include "text/TokenWording.h"

#include <QLocale>

namespace TokenConsole {

void RotateCommand::doStart()
{
    m_dialog = new RotateDialog(token().name, token().owner, context()->dialogParent());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this] {
        if (!m_rotated)
            abort();
    });
    connect(m_dialog, &RotateDialog::submitted, this, &RotateCommand::rotate);
    m_dialog->open();
}

void RotateCommand::rotate(int graceHours)
{
    if (!platform() || !m_dialog)
        return;
    m_dialog->setBusy(true);
    m_job =
        platform()->rotate(token(), graceHours, this, [this](const Result<RotatedToken>& result) {
            if (!m_dialog)
                return;
            if (!result.ok()) {
                m_dialog->showError(result.error.userMessage());
                return;
            }
            m_rotated = true;
            m_dialog->accept();
            showSecret(result.value);
            done();
        });
}

void RotateCommand::showSecret(const RotatedToken& rotated)
{
    QPointer<Platform> target = platform();
    const Token& t = rotated.token;
    const QDateTime until = rotated.previousSecretExpiresAt;
    const QString when = QLocale().toString(until.toLocalTime(), QLocale::ShortFormat);
    const QString tell = TokenWording::tellOwner(t);
    QString outcome =
        until.isValid()
            ? tr("Rotated the secret of “%1”; the previous secret works until %2.")
                  .arg(t.name, when)
            : tr("Rotated the secret of “%1”; the previous secret no longer works.").arg(t.name);
    if (!tell.isEmpty())
        outcome = tr("%1 Now %2.").arg(outcome, tell);
    context()->selectToken(t.id);
    context()->showOutcome(outcome, false);

    auto* dialog = new NewSecretDialog(t.name, t.key, rotated.secret, context()->clipboard(),
                                       context()->dialogParent());
    dialog->setIntro(until.isValid()
                         ? tr("“%1” has a new secret. Give it to the integration before %2, "
                              "when the previous secret stops working. The platform never "
                              "sends this secret again.")
                               .arg(t.name, when)
                         : tr("“%1” has a new secret, and the previous one no longer works. Give "
                              "it to the integration now. The platform never sends this secret "
                              "again.")
                               .arg(t.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    // The same key names the same entry: storing replaces the previous secret there.
    const QString entry = target->secretAccount(t.key);
    target->secrets()->store(
        entry, rotated.secret, dialog,
        [dialog, target, entry, key = t.key](const SecretStore::Result& result) {
            dialog->setStoreResult(result, entry);
            if (result.ok() && target)
                target->noteSecretStored(key);
        });
}

} // namespace TokenConsole
