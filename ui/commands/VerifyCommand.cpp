#include "commands/VerifyCommand.h"

#include "ConsoleSession.h"
#include "api/AdminClient.h"
#include "api/On24Client.h"
#include "commands/CommandContext.h"
#include "model/TokenTableModel.h"
#include "secrets/SecretStore.h"

namespace TokenConsole {

void VerifyCommand::doStart()
{
    ConsoleSession* session = context()->session();
    context()->showOutcome(tr("Verifying “%1” with a call to the ON24 API…").arg(token().name),
                           false);
    session->secrets()->read(
        session->secretAccount(token().key), this, [this](const SecretStore::Result& secret) {
            ConsoleSession* current = context()->session();
            if (!current) {
                abort();
                return;
            }
            if (!secret.ok()) {
                context()->showOutcome(tr("Could not read the secret of “%1” from the keychain: %2")
                                           .arg(token().name, secret.message),
                                       true);
                if (secret.status == SecretStore::Result::Status::NotFound)
                    current->forgetSecret(token().key);
                done();
                return;
            }
            QUrl base = current->profile().effectiveOn24BaseUrl();
            const qint64 clientId = current->account().clientId;
            m_job = current->on24()->verify(
                base, clientId, token().key, secret.secret, this,
                [this](const On24Client::Verification& verification) {
                    if (verification.works()) {
                        context()->showOutcome(
                            tr("“%1” works: the ON24 API answered for %2. This call counts as "
                               "activity.")
                                .arg(token().name, verification.clientName),
                            false);
                    } else {
                        context()->showOutcome(tr("“%1” did not work: %2")
                                                   .arg(token().name, verification.userMessage()),
                                               true);
                    }
                    reloadToken();
                });
        });
}

void VerifyCommand::reloadToken()
{
    ConsoleSession* session = context()->session();
    if (!session) {
        done();
        return;
    }
    m_job = session->client()->fetchToken(token().id, this, [this](const Result<Token>& result) {
        if (result.ok()) {
            if (ConsoleSession* current = context()->session())
                current->model()->upsert(result.value);
        }
        done();
    });
}

} // namespace TokenConsole
