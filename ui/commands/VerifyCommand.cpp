// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/VerifyCommand.h"

#include "commands/CommandContext.h"
#include "platform/Platform.h"

namespace TokenConsole {

void VerifyCommand::doStart()
{
    context()->showOutcome(tr("Verifying “%1” with a call to the ON24 API…").arg(token().name),
                           false);
    m_job = platform()->verify(token(), this, [this](const Result<Platform::Verification>& result) {
        if (!result.ok()) {
            context()->showOutcome(result.error.userMessage(), true);
        } else if (result.value.call.works()) {
            context()->showOutcome(tr("“%1” works: the ON24 API answered for %2. This call counts "
                                      "as activity.")
                                       .arg(token().name, result.value.call.clientName),
                                   false);
        } else {
            context()->showOutcome(
                tr("“%1” did not work: %2").arg(token().name, result.value.call.userMessage()),
                true);
        }
        done();
    });
}

} // namespace TokenConsole
