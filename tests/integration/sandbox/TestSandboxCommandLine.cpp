// SPDX-License-Identifier: GPL-3.0-or-later
// token-console-sandbox's command line: --help, clear errors with exit status 2 for bad
// arguments, the URL as the first stdout line.
#include "SandboxProcess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenConsole::Testing;

class TestSandboxCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void help()
    {
        QProcess p;
        p.start(SandboxProcess::executablePath(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        for (const char* option : {"--listen", "--data", "--seed", "--clock-control"})
            QVERIFY2(out.contains(option), option);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << QByteArray("frobnicate");
        QTest::newRow("listen without port")
            << QStringList{"--listen", "127.0.0.1", "--data", "@DATA@"} << QByteArray("--listen");
        QTest::newRow("listen bad host")
            << QStringList{"--listen", "nohost:0", "--data", "@DATA@"} << QByteArray("--listen");
        QTest::newRow("listen bad port")
            << QStringList{"--listen", "127.0.0.1:70000", "--data", "@DATA@"}
            << QByteArray("--listen");
        QTest::newRow("no data") << QStringList{"--listen", "127.0.0.1:0"} << QByteArray("--data");
        QTest::newRow("unknown seed")
            << QStringList{"--data", "@DATA@", "--seed", "lots"} << QByteArray("lots");
        QTest::newRow("bulk too big")
            << QStringList{"--data", "@DATA@", "--seed", "bulk:x"} << QByteArray("bulk:x");
        QTest::newRow("bad quota") << QStringList{"--data", "@DATA@", "--daily-quota", "-1"}
                                   << QByteArray("--daily-quota");
        QTest::newRow("stray argument")
            << QStringList{"--data", "@DATA@", "extra"} << QByteArray("extra");
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, mentions);
        QTemporaryDir data;
        args.replaceInStrings(QStringLiteral("@DATA@"), data.path());
        QProcess p;
        p.start(SandboxProcess::executablePath(), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(mentions), err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void busyPortIsAClearError()
    {
        SandboxProcess first;
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        QTemporaryDir data;
        QProcess p;
        p.start(SandboxProcess::executablePath(),
                {"--listen", QStringLiteral("127.0.0.1:%1").arg(first.url().port()), "--data",
                 data.path()});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("Cannot listen"));
    }

    void terminationIsACleanExit()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX signals only");
#endif
        QTemporaryDir data;
        QProcess p;
        p.start(SandboxProcess::executablePath(),
                {"--listen", "127.0.0.1:0", "--data", data.path(), "--seed", "none"});
        QVERIFY(p.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || p.state() != QProcess::Running, 10000);
        QVERIFY(p.readLine().startsWith("http://127.0.0.1:"));
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(!QFile::exists(data.filePath(QStringLiteral("sandbox.sqlite-wal"))),
                 "a clean shutdown checkpoints and removes the WAL");
    }

    void printsItsUrlFirst()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QCOMPARE(sandbox.url().scheme(), "http");
        QCOMPARE(sandbox.url().host(), "127.0.0.1");
        QVERIFY(sandbox.url().port() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCommandLine)
#include "TestSandboxCommandLine.moc"
