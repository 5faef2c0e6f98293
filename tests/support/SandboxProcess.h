// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace TokenConsole::Testing {

// The real token-console-sandbox executable, started on an ephemeral loopback port with a
// throwaway data folder. Used by every integration test.
class SandboxProcess
{
public:
    struct Options
    {
        QString seed = QStringLiteral("demo");
        bool clockControl = true;
        QString dataDirectory;  // empty: a fresh temporary folder
    };

    SandboxProcess();
    ~SandboxProcess();

    // Starts the process and waits (bounded) for the URL it prints. False with a reason on failure.
    bool start(const Options& options, QString* error);
    bool start(QString* error) { return start(Options{}, error); }
    void stop();       // terminate, wait
    void kill();       // SIGKILL, for "server dies" tests
    QUrl url() const { return m_url; }
    QString dataDirectory() const;

    // POST /sandbox/v1/clock {"advanceDays": days}; false on any failure.
    bool advanceDays(int days);

    static QString executablePath();  // from TOKENCONSOLE_SANDBOX_EXE (set by CMake)

private:
    QProcess m_process;
    QTemporaryDir m_tempDir;
    QString m_dataDirectory;
    QUrl m_url;
};

} // namespace TokenConsole::Testing
