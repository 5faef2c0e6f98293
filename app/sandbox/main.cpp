// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"
#include "Seeder.h"
#include "UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using TokenConsole::Sandbox::SandboxServer;

namespace {
int usageError(const QString& message)
{
    QTextStream(stderr) << "token-console-sandbox: " << message << "\n"
                        << QCoreApplication::translate("main", "Try --help.") << "\n";
    return 2;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("token-console-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENCONSOLE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Reference server of the Token Admin API v1 and the ON24 REST API v2 subset "
                "(/v2) on one port, backed by SQLite. Prints its URL as the first line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("main", "Address and port to listen on (port 0: any free "
                                            "port)."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QCoreApplication::translate("main", "Data folder (required)."),
                                  QStringLiteral("dir"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("main", "Seed for an empty data folder: demo, none or "
                                            "bulk:N."),
        QStringLiteral("seed"), QStringLiteral("none"));
    const QCommandLineOption clock(
        QStringLiteral("clock-control"),
        QCoreApplication::translate("main", "Enable POST /sandbox/v1/clock (tests only)."));
    const QCommandLineOption quota(
        QStringLiteral("daily-quota"),
        QCoreApplication::translate("main", "ON24 calls per token per day before 403 (default "
                                            "100000, or TOKENCONSOLE_SANDBOX_DAILY_QUOTA)."),
        QStringLiteral("n"));
    parser.addOptions({listen, data, seed, clock, quota});
    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("main", "Unexpected argument: %1")
                              .arg(parser.positionalArguments().constFirst()));

    SandboxServer::Options options;
    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenValue.mid(colon + 1).toUInt(&portOk) : 0;
    QHostAddress address;
    if (colon <= 0 || !portOk || port > 65535 || !address.setAddress(listenValue.left(colon)))
        return usageError(QCoreApplication::translate(
                              "main", "--listen wants host:port, e.g. 127.0.0.1:0, not \"%1\".")
                              .arg(listenValue));
    options.address = address;
    options.port = quint16(port);
    if (!parser.isSet(data) || parser.value(data).isEmpty())
        return usageError(QCoreApplication::translate("main", "--data DIR is required."));
    options.dataDirectory = parser.value(data);
    options.seed = parser.value(seed);
    QString seedError;
    if (!TokenConsole::Sandbox::Seeder::isValid(options.seed, &seedError))
        return usageError(seedError);
    options.clockControl = parser.isSet(clock);
    // The environment can set the quota too, so tests can use it through SandboxProcess.
    const QString quotaValue = parser.isSet(quota)
                                   ? parser.value(quota)
                                   : qEnvironmentVariable("TOKENCONSOLE_SANDBOX_DAILY_QUOTA");
    if (!quotaValue.isEmpty()) {
        bool ok = false;
        options.dailyCallQuota = quotaValue.toLongLong(&ok);
        if (!ok || options.dailyCallQuota < 0)
            return usageError(QCoreApplication::translate(
                "main", "--daily-quota wants a whole number of calls, 0 or more."));
    }

    // Tests shorten the slow-client timeout through the environment (SandboxProcess).
    const QString timeoutValue = qEnvironmentVariable("TOKENCONSOLE_SANDBOX_REQUEST_TIMEOUT_MS");
    if (!timeoutValue.isEmpty()) {
        bool ok = false;
        const int timeout = timeoutValue.toInt(&ok);
        if (ok && timeout > 0)
            options.requestTimeoutMs = timeout;
    }

    SandboxServer server;
    QString error;
    if (!server.start(options, &error)) {
        QTextStream(stderr) << "token-console-sandbox: " << error << "\n";
        return 1;
    }
    // SIGINT/SIGTERM end the event loop, so the database closes cleanly and the exit is 0.
    TokenConsole::Sandbox::UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher,
                     &TokenConsole::Sandbox::UnixSignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);
    QTextStream out(stdout);
    out << server.url().toString() << Qt::endl; // endl flushes: tests wait for this line
    return app.exec();
}
