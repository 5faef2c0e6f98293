// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace TokenConsole::Bench {

// The real token-console-sandbox process, seeded with `bulk:N` on 127.0.0.1, for the
// benchmarks that need a server. Stopped when destroyed.
class BenchSandbox
{
public:
    explicit BenchSandbox(int tokens);
    ~BenchSandbox();

    // Empty when the sandbox did not start.
    QUrl url() const { return m_url; }

    static QString adminLogin() { return QStringLiteral("admin@bulk.example"); }
    static QString adminPassword() { return QStringLiteral("sandbox-admin"); }
    static qint64 clientId() { return 30001; }  // Seeder::bulkClientId

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};

} // namespace TokenConsole::Bench
