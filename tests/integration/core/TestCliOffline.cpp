// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
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

// `list --offline` and `check --offline`: the list saved by the last successful list or check,
// read without connecting, saying (stderr, and in JSON) that it is cached and from when.
class TestCliOffline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cachedListWhenThePlatformIsGone();
    void nothingSavedYet();

private:
    Run cli(const QStringList& arguments);
    QStringList connection() const;
    QStringList savedFiles() const;

    SandboxProcess* m_sandbox = nullptr;
    QUrl m_url;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestCliOffline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariable("TOKENCONSOLE_EXE").isEmpty(), "run through ctest");
}

void TestCliOffline::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_sandbox = new SandboxProcess;
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_url = m_sandbox->url();
}

void TestCliOffline::cleanup()
{
    delete m_sandbox;
    m_sandbox = nullptr;
    m_data.reset();
}

QStringList TestCliOffline::connection() const
{
    return {QStringLiteral("--server"), m_url.toString(), QStringLiteral("--login"),
            QStringLiteral("admin@acme.example"), QStringLiteral("--password-stdin")};
}

Run TestCliOffline::cli(const QStringList& arguments)
{
    // The saved lists go to this test's own data folder.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_data->path());
    QProcess process;
    process.setProcessEnvironment(env);
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

QStringList TestCliOffline::savedFiles() const
{
    QStringList files;
    QDirIterator it(m_data->path(), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

void TestCliOffline::cachedListWhenThePlatformIsGone()
{
    const Run live = cli(QStringList{QStringLiteral("list")} + connection());
    QVERIFY2(live.exitCode == 0, qPrintable(live.err));
    QVERIFY(!live.err.contains(QLatin1String("Offline")));
    const QStringList files = savedFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(QFile::permissions(files.first()), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(QFile::permissions(QFileInfo(files.first()).absolutePath()) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    QFile file(files.first());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(!QRegularExpression(QStringLiteral("[0-9a-fA-F]{128}"))
                 .match(QString::fromUtf8(saved))
                 .hasMatch());
    QVERIFY(!saved.contains("sandbox-admin"));

    // The platform goes away: without --offline that is an error, with it the saved list.
    delete m_sandbox;
    m_sandbox = nullptr;
    const Run down = cli(QStringList{QStringLiteral("list")} + connection());
    QCOMPARE(down.exitCode, 3);

    const Run r = cli(QStringList{QStringLiteral("list"), QStringLiteral("--offline"),
                                  QStringLiteral("--format"), QStringLiteral("json")} +
                      connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString host = m_url.host() + QLatin1Char(':') + QString::number(m_url.port());
    QVERIFY2(
        r.err.contains(
            QStringLiteral("Offline: this is the list of \u201c%1\u201d cached on ").arg(host)),
        qPrintable(r.err));
    const QJsonArray tokens = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(tokens.size(), 3);
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    for (const QJsonValue& t : tokens) {
        QCOMPARE(t.toObject().value(QLatin1String("cached")).toBool(), true);
        QVERIFY(iso.match(t.toObject().value(QLatin1String("cachedAt")).toString()).hasMatch());
    }
    QVERIFY(r.err.contains(tokens.first().toObject().value(QLatin1String("cachedAt")).toString()));

    const Run table =
        cli(QStringList{QStringLiteral("list"), QStringLiteral("--offline")} + connection());
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(QLatin1String("Salesforce")));

    // check reads the same list: Tableau is disabled for inactivity (exit 2).
    const Run check =
        cli(QStringList{QStringLiteral("check"), QStringLiteral("--offline")} + connection());
    QCOMPARE(check.exitCode, 2);
    QVERIFY(check.err.contains(QLatin1String("Offline: this is the list")));
    QVERIFY(check.out.contains(QLatin1String("tok_demotableau000003")));
}

void TestCliOffline::nothingSavedYet()
{
    const Run r =
        cli(QStringList{QStringLiteral("list"), QStringLiteral("--offline")} + connection());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("No token list of")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // --offline is for list and check only.
    const Run wrong = cli(QStringList{QStringLiteral("disable"), QStringLiteral("--offline"),
                                      QStringLiteral("tok_demosalesforce0001")} +
                          connection());
    QCOMPARE(wrong.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliOffline)
#include "TestCliOffline.moc"
