// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/CopySecretCommand.h"

#include "Clipboard.h"
#include "text/UiText.h"
#include "commands/CommandContext.h"
#include "platform/Platform.h"
#include "secrets/SecretStore.h"

namespace TokenConsole {

void CopySecretCommand::doStart()
{
    platform()->readSecret(
        token(), this,
        [this](const QString& secret) {
            Clipboard* clipboard = context()->clipboard();
            clipboard->copySecret(secret);
            context()->showOutcome(
                tr("Copied the secret of “%1”. The clipboard is cleared in %2 if it still holds "
                   "it.")
                    .arg(token().name, UiText::seconds(clipboard->clearTimeout() / 1000)),
                false);
            done();
        },
        [this](const ApiError& error) {
            context()->showOutcome(error.userMessage(), true);
            done();
        });
}

} // namespace TokenConsole
