// SandboxServer as the GUI and the CLI embed it: in-process start, errors, restart.
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using TokenConsole::Sandbox::SandboxServer;

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsAndAnswers()
    {
        QTemporaryDir dir;
        SandboxServer server;
        SandboxServer::Options options;
        options.dataDirectory = dir.path();
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        QCOMPARE(server.url().scheme(), "http");
        QVERIFY(server.url().port() > 0);

        QNetworkAccessManager network;
        QUrl url = server.url();
        url.setPath(QStringLiteral("/api/v1/account"));
        QNetworkReply* reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(reply->hasRawHeader("Date"));
        reply->deleteLater();

        QVERIFY(!server.start(options, &error)); // already running
        QVERIFY(!error.isEmpty());
    }

    void startErrors_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<bool>("noFolder");
        QTest::newRow("unknown seed") << "plenty" << false;
        QTest::newRow("no data folder") << "demo" << true;
    }
    void startErrors()
    {
        QFETCH(QString, seed);
        QFETCH(bool, noFolder);
        QTemporaryDir dir;
        SandboxServer server;
        SandboxServer::Options options;
        options.dataDirectory = noFolder ? QString() : dir.path();
        options.seed = seed;
        QString error;
        QVERIFY(!server.start(options, &error));
        QVERIFY(error.size() > 10);
        QVERIFY(server.url().isEmpty());
    }

    void busyPortFailsThenAnotherPortWorks()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        SandboxServer server;
        SandboxServer::Options options;
        options.dataDirectory = dir.path();
        options.port = blocker.serverPort();
        QString error;
        QVERIFY(!server.start(options, &error));
        QVERIFY2(error.contains(QString::number(blocker.serverPort())), qPrintable(error));
        options.port = 0;
        QVERIFY2(server.start(options, &error), qPrintable(error));
    }

    void embeddedFolderIsPerUserAppData()
    {
        const QString folder = SandboxServer::embeddedDataDirectory();
        QVERIFY(folder.endsWith(QLatin1String("/sandbox")));
        QVERIFY(folder.startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "TestSandboxServer.moc"
