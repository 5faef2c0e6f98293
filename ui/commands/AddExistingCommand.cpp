// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/AddExistingCommand.h"

#include "commands/CommandContext.h"
#include "dialogs/AddPairDialog.h"

namespace TokenConsole {

void AddExistingCommand::doStart()
{
    m_dialog = new AddPairDialog(context()->dialogParent());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this] {
        if (!m_added)
            abort();
    });
    connect(m_dialog, &AddPairDialog::submitted, this, &AddExistingCommand::add);
    if (platform()->can(Capability::AccountUsers)) {
        platform()->users(m_dialog, [dialog = m_dialog](const Result<QVector<AccountUser>>& users) {
            if (!dialog)
                return;
            if (users.ok())
                dialog->setUsers(users.value);
            else
                dialog->setUsersUnavailable(
                    AddPairDialog::tr("The account's logins could not be read (%1). Type the "
                                      "login, or leave it empty.")
                        .arg(users.error.userMessage()));
        });
    }
    m_dialog->open();
}

void AddExistingCommand::add(const Platform::ExistingPair& pair)
{
    if (!platform() || !m_dialog)
        return;
    m_dialog->setBusy(true);
    m_job = platform()->addExisting(pair, this, [this](const Result<Token>& result) {
        if (!m_dialog)
            return;
        m_dialog->setBusy(false);
        if (!result.ok()) {
            // Everything typed stays; the sentence says what to change.
            m_dialog->showError(result.error.userMessage());
            return;
        }
        const Token& token = result.value;
        m_added = true;
        m_dialog->accept();
        context()->selectToken(token.id);
        QString outcome;
        switch (token.pairState) {
        case Token::PairState::Works:
            outcome = tr("Added “%1”: ON24 answered, so the pair works, and this call counts as "
                         "activity.")
                          .arg(token.name);
            break;
        case Token::PairState::Deactivated:
            outcome = tr("Added “%1” as disabled: ON24 says the pair is deactivated (%2). Enable "
                         "it on ON24's page, then verify it here.")
                          .arg(token.name, token.lastVerifyMessage);
            break;
        default:
            outcome = tr("Added “%1” unverified: ON24's call quota is used up for now (%2). "
                         "Verify it again in an hour.")
                          .arg(token.name, token.lastVerifyMessage);
            break;
        }
        context()->showOutcome(outcome, token.pairState != Token::PairState::Works);
        done();
    });
}

} // namespace TokenConsole
