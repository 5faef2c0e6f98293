// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxServer as the GUI and the CLI embed it: in-process start, errors, restart.
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using TokenConsole::Sandbox::SandboxServer;

namespace {
#ifdef Q_OS_UNIX
// The permission bits as stat() sees them (QFileInfo adds the "user" view of the same bits).
int modeOf(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// Sets the process umask for a scope: the permissions must not depend on it.
class UmaskScope
{
public:
    explicit UmaskScope(mode_t mask) : m_previous(::umask(mask)) {}
    ~UmaskScope() { ::umask(m_previous); }

private:
    mode_t m_previous;
};
#endif
} // namespace

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

    // The data folder holds token metadata and password hashes: private to the user whatever
    // the umask, including the folders the sandbox creates on the way to it.
    void dataFolderAndDatabaseArePrivate()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions only");
#else
        const UmaskScope umask(022);
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("created/on/the/way"));
        {
            SandboxServer server;
            SandboxServer::Options options;
            options.dataDirectory = folder;
            options.seed = QStringLiteral("demo");
            QString error;
            QVERIFY2(server.start(options, &error), qPrintable(error));
            for (const QString& dir : {folder, root.filePath(QStringLiteral("created/on/the")),
                                       root.filePath(QStringLiteral("created"))})
                QCOMPARE(QString::number(modeOf(dir), 8), QStringLiteral("700"));
            for (const char* name :
                 {"sandbox.sqlite", "sandbox.sqlite-wal", "sandbox.sqlite-shm"}) {
                const QString file = QDir(folder).filePath(QLatin1String(name));
                QVERIFY2(QFileInfo::exists(file), name);
                QVERIFY2(
                    modeOf(file) == 0600,
                    qPrintable(QStringLiteral("%1 is %2")
                                   .arg(QLatin1String(name), QString::number(modeOf(file), 8))));
            }
        }
        // A folder made by an older version (0755, files 0644) is tightened when opened.
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        for (const QString& name : QDir(folder).entryList(QDir::Files))
            QVERIFY(::chmod(QFile::encodeName(QDir(folder).filePath(name)).constData(), 0644) == 0);
        SandboxServer server;
        SandboxServer::Options options;
        options.dataDirectory = folder;
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        QCOMPARE(modeOf(folder), 0700);
        for (const QString& name : QDir(folder).entryList(QDir::Files))
            QVERIFY2(modeOf(QDir(folder).filePath(name)) == 0600, qPrintable(name));
#endif
    }

    void embeddedFolderIsPrivate()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX permissions only");
#else
        const UmaskScope umask(022);
        const QString appData =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QVERIFY(QDir(appData).removeRecursively());
        // Every folder from the first missing one down to sandbox/ is the sandbox's to create.
        QStringList created;
        for (QString dir = SandboxServer::embeddedDataDirectory(); !QFileInfo::exists(dir);
             dir = QFileInfo(dir).absolutePath())
            created.append(dir);
        QVERIFY(created.size() >= 2); // sandbox/ and the application's folder
        SandboxServer server;
        SandboxServer::Options options;
        options.dataDirectory = SandboxServer::embeddedDataDirectory();
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        for (const QString& dir : created)
            QVERIFY2(
                modeOf(dir) == 0700,
                qPrintable(QStringLiteral("%1 is %2").arg(dir, QString::number(modeOf(dir), 8))));
#endif
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
