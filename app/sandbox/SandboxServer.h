// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace TokenConsole::Sandbox {

// The reference implementation of the Token Admin API v1 plus the ON24 REST API v2 subset,
// on one port. Used standalone (token-console-sandbox), embedded in the app, and in tests.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;                      // 0: ephemeral
        QString dataDirectory;                 // SQLite database lives here
        QString seed = QStringLiteral("none"); // "demo", "none", "bulk:N"; only on an empty folder
        bool clockControl = false;             // POST /sandbox/v1/clock (tests only)
        // ON24 quota: successful v2 calls per token per (server clock) UTC day; then 403.
        qint64 dailyCallQuota = 100000;
        // A request must arrive whole within this time of its first byte (or of the
        // connection opening), else 408 and the connection closes (slow clients).
        int requestTimeoutMs = 10000;
    };

    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Opens the database, seeds it if empty, binds. On failure returns false and says why.
    bool start(const Options& options, QString* error);
    QUrl url() const; // http://127.0.0.1:PORT

    // The demo seed's credentials (only exist in the demo seed).
    static QString demoAdminLogin() { return QStringLiteral("admin@acme.example"); }
    static QString demoAdminPassword() { return QStringLiteral("sandbox-admin"); }
    static qint64 demoClientId() { return 10001; }
    // Where the embedded default keeps its data: the per-user application data folder.
    static QString embeddedDataDirectory();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace TokenConsole::Sandbox
