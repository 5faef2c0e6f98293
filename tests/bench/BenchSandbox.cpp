// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSandbox.h"

#include "BenchSupport.h"

#include <QElapsedTimer>

namespace TokenConsole::Bench {

BenchSandbox::BenchSandbox(int tokens)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(BenchSupport::sandboxPath(),
                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--data"), m_dir.path(), QStringLiteral("--seed"),
                     QStringLiteral("bulk:%1").arg(tokens)});
    // The sandbox prints its URL once it listens (after seeding).
    QElapsedTimer seeding;
    seeding.start();
    QByteArray line;
    while (!line.contains('\n') && seeding.elapsed() < 600000
           && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(1000);
        line += m_process.readAllStandardOutput();
    }
    const QUrl url(QString::fromLatin1(line.trimmed()));
    if (url.isValid() && url.port() > 0)
        m_url = url;
}

BenchSandbox::~BenchSandbox()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

} // namespace TokenConsole::Bench
