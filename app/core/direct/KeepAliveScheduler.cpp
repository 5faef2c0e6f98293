// SPDX-License-Identifier: GPL-3.0-or-later
#include "direct/KeepAliveScheduler.h"

#include "direct/KeepAliveRunner.h"
#include "model/TokenTableModel.h"
#include "session/ConsoleSession.h"

namespace TokenConsole {

KeepAliveScheduler::KeepAliveScheduler(QObject* parent) : QObject(parent)
{
    m_hourly.setInterval(60 * 60 * 1000);
    connect(&m_hourly, &QTimer::timeout, this, [this] {
        m_ranThisHour = false;
        runNow();
    });
    m_hourly.start();
}

void KeepAliveScheduler::setSession(ConsoleSession* session)
{
    m_session = session;
    m_ranThisHour = false;
    delete m_runner;
}

void KeepAliveScheduler::tokensChanged()
{
    if (!m_ranThisHour)
        runNow();
}

void KeepAliveScheduler::runNow()
{
    if (!m_session || m_runner || !m_session->platform()->can(Capability::KeepAlive))
        return;
    m_ranThisHour = true;
    auto* runner = new KeepAliveRunner(m_session->platform(), {}, this);
    m_runner = runner;
    connect(runner, &KeepAliveRunner::finished, this,
            [this, runner](const KeepAliveRunner::Summary& summary) {
                runner->deleteLater();
                if (summary.called == 0)
                    return;
                Q_EMIT report(summary.failed == 0
                                  ? tr("Keep-alive called ON24 with %n token(s); all work.",
                                       nullptr, summary.called)
                                  : tr("Keep-alive called ON24 with %n token(s); %1 failed: see "
                                       "their status.",
                                       nullptr, summary.called)
                                        .arg(summary.failed),
                              summary.failed > 0);
            });
    runner->start(m_session->model()->tokens(), m_session->now());
}

} // namespace TokenConsole
