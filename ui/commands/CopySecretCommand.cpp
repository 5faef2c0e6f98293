#include "commands/CopySecretCommand.h"

#include "Clipboard.h"
#include "text/UiText.h"
#include "commands/CommandContext.h"
#include "platform/Platform.h"
#include "secrets/SecretStore.h"

namespace TokenConsole {

void CopySecretCommand::doStart()
{
    Platform* source = platform();
    source->secrets()->read(
        source->secretAccount(token().key), this, [this](const SecretStore::Result& secret) {
            if (!secret.ok()) {
                context()->showOutcome(tr("Could not read the secret of “%1” from the keychain: %2")
                                           .arg(token().name, secret.message),
                                       true);
                if (secret.status == SecretStore::Result::Status::NotFound && platform())
                    platform()->noteSecretMissing(token().key);
                done();
                return;
            }
            Clipboard* clipboard = context()->clipboard();
            clipboard->copySecret(secret.secret);
            context()->showOutcome(
                tr("Copied the secret of “%1”. The clipboard is cleared in %2 "
                   "if it still holds it.")
                    .arg(token().name, UiText::seconds(clipboard->clearTimeout() / 1000)),
                false);
            done();
        });
}

} // namespace TokenConsole
