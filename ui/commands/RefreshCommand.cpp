// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/RefreshCommand.h"

#include "session/ConsoleSession.h"
#include "commands/CommandContext.h"

namespace TokenConsole {

void RefreshCommand::doStart()
{
    ConsoleSession* session = context()->session();
    connect(session, &ConsoleSession::refreshed, this, &RefreshCommand::done);
    connect(session, &ConsoleSession::refreshFailed, this, &RefreshCommand::done);
    connect(session, &QObject::destroyed, this, &RefreshCommand::abort);
    session->refresh();
}

} // namespace TokenConsole
