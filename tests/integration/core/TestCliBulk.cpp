// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace TokenConsole::Testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// disable, enable and verify on several ids and with --filter, as a real process against a
// real sandbox process: one line per token, the others go on after a failure, and the exit
// code says whether any failed.
class TestCliBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void severalIdsWithOneFailure();
    void enableSkipsActiveTokens();
    void filter_data();
    void filter();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList& arguments);
    QStringList connection() const;
    QString statusOf(const QString& id);

    SandboxProcess* m_sandbox = nullptr;
};

void TestCliBulk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariable("TOKENCONSOLE_EXE").isEmpty(), "run through ctest");
}

void TestCliBulk::init()
{
    m_sandbox = new SandboxProcess;
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestCliBulk::cleanup()
{
    delete m_sandbox;
    m_sandbox = nullptr;
}

QStringList TestCliBulk::connection() const
{
    return {QStringLiteral("--server"), m_sandbox->url().toString(), QStringLiteral("--login"),
            QStringLiteral("admin@acme.example"), QStringLiteral("--password-stdin")};
}

Run TestCliBulk::cli(const QStringList& arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("TOKENCONSOLE_EXE"), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write("sandbox-admin\n");
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestCliBulk::statusOf(const QString& id)
{
    const Run r = cli(
        QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")} +
        connection());
    const QJsonArray tokens = QJsonDocument::fromJson(r.out.toUtf8()).array();
    for (const QJsonValue& t : tokens) {
        if (t.toObject().value(QLatin1String("id")).toString() == id)
            return t.toObject().value(QLatin1String("status")).toString();
    }
    return {};
}

void TestCliBulk::severalIdsWithOneFailure()
{
    // The unknown id sits between two good ones: the last one is still disabled.
    const Run r =
        cli(QStringList{QStringLiteral("disable"), QStringLiteral("tok_demosalesforce0001"),
                        QStringLiteral("tok_nope"), QStringLiteral("tok_demomarketo000002")} +
            connection());
    QCOMPARE(r.exitCode, 3);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(
        r.out.contains(QStringLiteral("DISABLED  tok_demosalesforce0001 \u201cSalesforce\u201d")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("DISABLED  tok_demomarketo000002")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("FAILED    tok_nope: There is no token")),
             qPrintable(r.out));
    QCOMPARE(lines.last(), QStringLiteral("2 done, 1 failed, 0 skipped."));
    QCOMPARE(statusOf(QStringLiteral("tok_demosalesforce0001")), QStringLiteral("disabled"));
    QCOMPARE(statusOf(QStringLiteral("tok_demomarketo000002")), QStringLiteral("disabled"));

    // Disabling them again skips each with the platform's reason: nothing failed.
    const Run again =
        cli(QStringList{QStringLiteral("disable"), QStringLiteral("tok_demosalesforce0001"),
                        QStringLiteral("tok_demomarketo000002")} +
            connection());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.count(QLatin1String("SKIPPED   ")), 2);
    QVERIFY2(again.out.contains(QStringLiteral("\u201cMarketo\u201d is disabled.")),
             qPrintable(again.out));
}

void TestCliBulk::enableSkipsActiveTokens()
{
    const Run r = cli(QStringList{QStringLiteral("enable"), QStringLiteral("tok_demotableau000003"),
                                  QStringLiteral("tok_demosalesforce0001")} +
                      connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("ENABLED   tok_demotableau000003")), qPrintable(r.out));
    QVERIFY2(r.out.contains(
                 QStringLiteral("SKIPPED   tok_demosalesforce0001 \u201cSalesforce\u201d "
                                "(jane@acme.example): \u201cSalesforce\u201d is already active.")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("1 done, 0 failed, 1 skipped.")));
    QCOMPARE(statusOf(QStringLiteral("tok_demotableau000003")), QStringLiteral("active"));
}

void TestCliBulk::filter_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    // The demo: Salesforce used yesterday, Marketo 50 days inactive (expiring within 14),
    // Tableau disabled for inactivity.
    QTest::newRow("enable disabled-for-inactivity")
        << QStringList{"enable", "--filter", "disabled-for-inactivity"} << 0
        << QStringList{"ENABLED   tok_demotableau000003", "1 done, 0 failed, 0 skipped."}
        << QStringList{"tok_demosalesforce0001", "tok_demomarketo000002"};
    QTest::newRow("disable expiring")
        << QStringList{"disable", "--filter", "expiring"} << 0
        << QStringList{"DISABLED  tok_demomarketo000002", "1 done, 0 failed, 0 skipped."}
        << QStringList{"tok_demosalesforce0001", "tok_demotableau000003"};
    // No secret of the demo's tokens is on this computer: verify skips with the reason.
    QTest::newRow("verify expiring")
        << QStringList{"verify", "--filter", "EXPIRING"} << 0
        << QStringList{"SKIPPED   tok_demomarketo000002", "does not hold the secret",
                       "0 done, 0 failed, 1 skipped."}
        << QStringList{"tok_demosalesforce0001"};
    QTest::newRow("disable active")
        << QStringList{"disable", "--filter", "active"} << 0
        << QStringList{"DISABLED  tok_demosalesforce0001", "DISABLED  tok_demomarketo000002",
                       "2 done, 0 failed, 0 skipped."}
        << QStringList{"tok_demotableau000003"};
}

void TestCliBulk::filter()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const Run r = cli(arguments + connection());
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
    for (const QString& text : expected)
        QVERIFY2(r.out.contains(text), qPrintable(text + QLatin1String(" not in:\n") + r.out));
    for (const QString& text : absent)
        QVERIFY2(!r.out.contains(text), qPrintable(text + QLatin1String(" in:\n") + r.out));
}

void TestCliBulk::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown filter")
        << QStringList{"disable", "--filter", "soon"} << "--filter wants";
    QTest::newRow("ids and filter")
        << QStringList{"disable", "tok_demosalesforce0001", "--filter", "active"} << "one of them";
    QTest::newRow("all and filter")
        << QStringList{"verify", "--all", "--filter", "active"} << "one of them";
    QTest::newRow("nothing") << QStringList{"enable"} << "token ids";
}

void TestCliBulk::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = cli(arguments + connection());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Nothing was changed.
    QCOMPARE(statusOf(QStringLiteral("tok_demosalesforce0001")), QStringLiteral("active"));
}

QTEST_GUILESS_MAIN(TestCliBulk)
#include "TestCliBulk.moc"
