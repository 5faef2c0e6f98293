// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/CopyKeyCommand.h"

#include "Clipboard.h"
#include "commands/CommandContext.h"

namespace TokenConsole {

void CopyKeyCommand::doStart()
{
    context()->clipboard()->copyText(token().key);
    context()->showOutcome(tr("Copied the key of “%1”.").arg(token().name), false);
    done();
}

} // namespace TokenConsole
