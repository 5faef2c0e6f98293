// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/VerifyAllCommand.h"

#include "commands/CommandContext.h"
#include "model/TokenTableModel.h"
#include "platform/Platform.h"
#include "session/BulkRun.h"
#include "session/ConsoleSession.h"

namespace TokenConsole {

void VerifyAllCommand::doStart()
{
    for (const Token& token : context()->session()->model()->tokens()) {
        if (platform()->can(Capability::Verify, &token))
            m_queue.append(token);
    }
    if (m_queue.isEmpty()) {
        context()->showOutcome(tr("No token can be verified here: none has its secret on this "
                                  "computer."),
                               true);
        done();
        return;
    }
    m_spacing.setSingleShot(true);
    m_spacing.setInterval(BulkRun::kVerifySpacingMs);
    connect(&m_spacing, &QTimer::timeout, this, &VerifyAllCommand::next);
    next();
}

void VerifyAllCommand::doCancel()
{
    m_spacing.stop();
    m_queue.clear();
}

void VerifyAllCommand::next()
{
    if (m_queue.isEmpty() || !platform()) {
        context()->showOutcome(tr("Verified all: %1 work, %2 failed.").arg(m_works).arg(m_failed),
                               m_failed > 0);
        done();
        return;
    }
    const Token token = m_queue.takeFirst();
    const int left = int(m_queue.size());
    context()->showOutcome(tr("Verifying “%1” (%2 more to go)…").arg(token.name).arg(left),
                           false);
    m_job = platform()->verify(token, this, [this](const Result<Platform::Verification>& r) {
        if (r.ok() && r.value.call.works())
            ++m_works;
        else
            ++m_failed;
        if (m_queue.isEmpty())
            next();
        else
            m_spacing.start();
    });
}

} // namespace TokenConsole
