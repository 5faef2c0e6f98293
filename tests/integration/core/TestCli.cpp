// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

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

// token-console's subcommands as a real process against a real sandbox process.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listFormats_data();
    void listFormats();
    void checkExitCodes();
    void provisionVerifyRenameDisableEnable();
    void provisionWithoutKeychain_data();
    void provisionWithoutKeychain();
    void ownerRotateAndUsage();
    void errors_data();
    void errors();
    void help_data();
    void help();
    void embeddedDefault();
    void signInOptionsAfterTheSubcommand();
    void languageOption_data();
    void languageOption();

private:
    Run cli(const QStringList& arguments, const QString& password = QStringLiteral("sandbox-admin"),
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    QStringList connection() const;

    SandboxProcess* m_sandbox = nullptr;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariable("TOKENCONSOLE_EXE").isEmpty(), "run through ctest");
}

void TestCli::init()
{
    m_sandbox = new SandboxProcess;
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestCli::cleanup()
{
    delete m_sandbox;
    m_sandbox = nullptr;
}

QStringList TestCli::connection() const
{
    return {QStringLiteral("--server"), m_sandbox->url().toString(), QStringLiteral("--login"),
            QStringLiteral("admin@acme.example"), QStringLiteral("--password-stdin")};
}

Run TestCli::cli(const QStringList& arguments, const QString& password, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("TOKENCONSOLE_EXE"), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(password.toUtf8() + '\n');
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

void TestCli::listFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << "table";
    QTest::newRow("csv") << "csv";
    QTest::newRow("json") << "json";
}

void TestCli::listFormats()
{
    QFETCH(QString, format);
    const Run r = cli(QStringList{QStringLiteral("list"), QStringLiteral("--format"), format} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (format == QLatin1String("table")) {
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("ID ")));
        // Aligned: the NAME column starts at the same offset on every line.
        const int nameAt = int(lines.at(0).indexOf(QStringLiteral("NAME")));
        QCOMPARE(lines.at(1).indexOf(QStringLiteral("Salesforce")), nameAt);
        QVERIFY(r.out.contains(QStringLiteral("disabled (inactivity)")));
    } else if (format == QLatin1String("csv")) {
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("id,name,key,userId,login,access,status")));
        QVERIFY(lines.at(0).endsWith(QStringLiteral("daysInactive,daysLeft")));
        QCOMPARE(lines.at(1).count(QLatin1Char(',')), lines.at(0).count(QLatin1Char(',')));
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 3);
        for (const QJsonValue& v : array) {
            const QJsonObject o = v.toObject();
            for (const char* field : {"id", "name", "key", "userId", "login", "access", "status", "disabledReason",
                                      "createdAt", "createdBy", "lastActivityAt", "inactiveSince",
                                      "autoDisableAt", "disabledAt", "version", "daysInactive", "daysLeft"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
            if (o.value(QStringLiteral("status")).toString() == QLatin1String("disabled"))
                QVERIFY(o.value(QStringLiteral("daysLeft")).isNull());
            else
                QVERIFY(o.value(QStringLiteral("daysLeft")).toInt() > 0);
        }
    }
}

void TestCli::checkExitCodes()
{
    // The demo has one token disabled for inactivity and one 50 days inactive.
    Run r = cli(QStringList{QStringLiteral("check")} + connection());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.contains(QStringLiteral("Tableau")));
    QVERIFY(r.out.contains(QStringLiteral("Marketo")));

    QCOMPARE(cli(QStringList{QStringLiteral("enable"), QStringLiteral("tok_demotableau000003")} + connection()).exitCode, 0);
    r = cli(QStringList{QStringLiteral("check")} + connection());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("Marketo")));
    QVERIFY(!r.out.contains(QStringLiteral("Salesforce")));
    r = cli(QStringList{QStringLiteral("check"), QStringLiteral("--within"), QStringLiteral("5")} + connection());
    QCOMPARE(r.exitCode, 0);

    // Eleven days on, Marketo passes 60 days and is disabled for inactivity.
    QVERIFY(m_sandbox->advanceDays(11));
    r = cli(QStringList{QStringLiteral("check"), QStringLiteral("--within"), QStringLiteral("5")} + connection());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.contains(QStringLiteral("Marketo")));
}

void TestCli::provisionVerifyRenameDisableEnable()
{
    Run r = cli(QStringList{connection()} + QStringList{QStringLiteral("provision"),
                                                        QStringLiteral("eva@acme.example"), QStringLiteral("--name"),
                                                        QStringLiteral("BI, \"warehouse\"")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString key = r.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9]{32}$")).match(key).hasMatch(), qPrintable(r.out));
    QVERIFY(!r.err.contains(QRegularExpression(QStringLiteral("[0-9a-f]{128}"))));

    r = cli(QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")} + connection());
    QVERIFY(r.out.contains(QStringLiteral("\"BI, \"\"warehouse\"\"\"")));  // RFC 4180 quoting
    QString id;
    for (const QString& line : r.out.split(QStringLiteral("\r\n")))
        if (line.contains(key))
            id = line.section(QLatin1Char(','), 0, 0);
    QVERIFY(!id.isEmpty());

    r = cli(QStringList{QStringLiteral("verify"), id} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY(r.out.contains(QStringLiteral("WORKS")));
    r = cli(QStringList{QStringLiteral("verify"), QStringLiteral("--all")} + connection());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QStringLiteral("WORKS")), 1);

    r = cli(QStringList{QStringLiteral("rename"), id, QStringLiteral("--name"), QStringLiteral("Warehouse")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Warehouse")));

    r = cli(QStringList{QStringLiteral("disable"), id} + connection());
    QCOMPARE(r.exitCode, 0);
    r = cli(QStringList{QStringLiteral("verify"), id} + connection());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.contains(QStringLiteral("deactivated")));
    r = cli(QStringList{QStringLiteral("disable"), id} + connection());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QStringLiteral("already disabled")));
    r = cli(QStringList{QStringLiteral("enable"), id} + connection());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Enabled")));
}

// v1.1: set --owner/--notes on a Token Admin API, rotate with and without --print-secret (the
// keychain entry is replaced: verify keeps working), usage as a table and as JSON.
void TestCli::ownerRotateAndUsage()
{
    Run r = cli(connection() + QStringList{QStringLiteral("provision"), QStringLiteral("eva@acme.example"),
                                           QStringLiteral("--name"), QStringLiteral("Rotated")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString key = r.out.trimmed();
    r = cli(QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")} + connection());
    QString id;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (v.toObject().value(QStringLiteral("key")).toString() == key)
            id = v.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!id.isEmpty());

    // Owner and notes (the sign-in's --login before the subcommand, as always).
    r = cli(connection() + QStringList{QStringLiteral("set"), id, QStringLiteral("--owner"),
                                       QStringLiteral("Raj (Marketing Ops)"), QStringLiteral("--notes"),
                                       QStringLiteral("Nightly sync.")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Raj (Marketing Ops)")), qPrintable(r.out));
    r = cli(QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")} + connection());
    bool seen = false;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("id")).toString() != id)
            continue;
        seen = true;
        QCOMPARE(o.value(QStringLiteral("owner")).toString(), QStringLiteral("Raj (Marketing Ops)"));
        QCOMPARE(o.value(QStringLiteral("notes")).toString(), QStringLiteral("Nightly sync."));
    }
    QVERIFY(seen);
    r = cli(connection() + QStringList{QStringLiteral("set"), id, QStringLiteral("--keep-alive"), QStringLiteral("on")});
    QCOMPARE(r.exitCode, 3);  // a Token Admin API has no keep-alive

    // Rotation: the new secret replaces the keychain entry, so verify still works here.
    r = cli(QStringList{QStringLiteral("rotate"), id, QStringLiteral("--grace"), QStringLiteral("2")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("works until")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QRegularExpression(QStringLiteral("[0-9a-f]{128}"))));
    QVERIFY(!r.err.contains(QRegularExpression(QStringLiteral("[0-9a-f]{128}"))));
    r = cli(QStringList{QStringLiteral("verify"), id} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));

    // --print-secret: standard output is the secret alone.
    r = cli(QStringList{QStringLiteral("rotate"), id, QStringLiteral("--grace"), QStringLiteral("0"),
                        QStringLiteral("--print-secret")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{128}\n$")).match(r.out).hasMatch(), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("no longer works")), qPrintable(r.err));
    r = cli(QStringList{QStringLiteral("verify"), id} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));  // two verifies: client_analytics

    // Usage: what it called, and what it holds without using.
    r = cli(QStringList{QStringLiteral("usage"), id} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("last 60 days")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Client analytics +2 "))), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Held but not used")), qPrintable(r.out));
    r = cli(QStringList{QStringLiteral("usage"), id, QStringLiteral("--days"), QStringLiteral("7"),
                        QStringLiteral("--json")} + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject usage = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(usage.value(QStringLiteral("days")).toInt(), 7);
    QCOMPARE(usage.value(QStringLiteral("areas")).toArray().size(), 6);
    QCOMPARE(usage.value(QStringLiteral("access")).toString(), QStringLiteral("all_endpoints"));
    QCOMPARE(usage.value(QStringLiteral("heldButUnused")).toArray().size(), 5);
    for (const QJsonValue& v : usage.value(QStringLiteral("areas")).toArray()) {
        const QJsonObject area = v.toObject();
        QCOMPARE(area.value(QStringLiteral("calls")).toInt(),
                 area.value(QStringLiteral("area")).toString() == QLatin1String("client_analytics") ? 2 : 0);
    }
}

void TestCli::provisionWithoutKeychain_data()
{
    QTest::addColumn<bool>("printSecret");
    QTest::newRow("refuses") << false;
    QTest::newRow("--print-secret") << true;
}

void TestCli::provisionWithoutKeychain()
{
    QFETCH(bool, printSecret);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/token-console-test-bus"));
    QStringList args = connection() + QStringList{QStringLiteral("provision"),
                                                  QStringLiteral("eva@acme.example"), QStringLiteral("--name"), QStringLiteral("No keychain")};
    if (printSecret)
        args << QStringLiteral("--print-secret");
    const Run r = cli(args, QStringLiteral("sandbox-admin"), env);
    if (!printSecret) {
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("No usable keychain")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const Run list = cli(QStringList{QStringLiteral("list")} + connection());
        QVERIFY(!list.out.contains(QStringLiteral("No keychain")));
    } else {
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{128}$")).match(lines.at(1)).hasMatch());
        QVERIFY(r.err.contains(QStringLiteral("NOT stored")));
    }
}

void TestCli::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString admin = QStringLiteral("admin@acme.example");
    QTest::newRow("wrong password") << QStringList{"list", "--login", admin, "--password-stdin", "--server", "SANDBOX"}
                                    << "hunter2-not-it" << 3 << "login or password is wrong";
    QTest::newRow("server down") << QStringList{"list", "--login", admin, "--password-stdin", "--server", "http://127.0.0.1:1"}
                                 << "x" << 3 << "Could not reach the server";
    QTest::newRow("plain http to a remote host") << QStringList{"list", "--login", admin, "--password-stdin", "--server", "http://tokens.example.com"}
                                                 << "x" << 3 << "https://";
    QTest::newRow("login already has a token") << QStringList{"--server", "SANDBOX", "--login", admin, "--password-stdin", "provision", "jane@acme.example", "--name", "x"}
                                               << "sandbox-admin" << 3 << "already has a token";
    QTest::newRow("no local secret") << QStringList{"verify", "tok_demosalesforce0001", "--server", "SANDBOX", "--login", admin, "--password-stdin"}
                                     << "sandbox-admin" << 3 << "No local secret";
    QTest::newRow("unknown token") << QStringList{"disable", "tok_nope", "--server", "SANDBOX", "--login", admin, "--password-stdin"}
                                   << "sandbox-admin" << 3 << "no token with id";
    QTest::newRow("unknown user") << QStringList{"--server", "SANDBOX", "--login", admin, "--password-stdin", "provision", "ghost@acme.example", "--name", "x"}
                                  << "sandbox-admin" << 3 << "no user with the login";
    QTest::newRow("viewer") << QStringList{"disable", "tok_demosalesforce0001", "--server", "SANDBOX", "--login", "viewer@acme.example", "--password-stdin"}
                            << "sandbox-viewer" << 3 << "permission";
    QTest::newRow("unknown format") << QStringList{"list", "--format", "xml"} << "" << 2 << "table, csv or json";
    QTest::newRow("unknown option") << QStringList{"list", "--colour"} << "" << 2 << "--help";
    QTest::newRow("rename without name") << QStringList{"rename", "tok_1"} << "" << 2 << "--name";
    QTest::newRow("disable without id") << QStringList{"disable"} << "" << 2 << "token id";
    QTest::newRow("grace too long") << QStringList{"rotate", "tok_1", "--grace", "169"} << "" << 2 << "--grace";
    QTest::newRow("grace not a number") << QStringList{"rotate", "tok_1", "--grace", "a day"} << "" << 2 << "--grace";
    QTest::newRow("usage days zero") << QStringList{"usage", "tok_1", "--days", "0"} << "" << 2 << "--days";
    QTest::newRow("usage format") << QStringList{"usage", "tok_1", "--format", "csv"} << "" << 2 << "table or json";
    QTest::newRow("viewer cannot rotate") << QStringList{"rotate", "tok_demosalesforce0001", "--server", "SANDBOX", "--login", "viewer@acme.example", "--password-stdin"}
                                          << "sandbox-viewer" << 3 << "Manage Users";
    QTest::newRow("rotate a disabled token") << QStringList{"rotate", "tok_demotableau000003", "--server", "SANDBOX", "--login", admin, "--password-stdin"}
                                             << "sandbox-admin" << 3 << "is disabled";
    // check's own codes 1 and 2 report findings, so its usage errors exit 3.
    QTest::newRow("bad --within") << QStringList{"check", "--within", "soon"} << "" << 3 << "--within";
    QTest::newRow("unknown profile") << QStringList{"list", "--profile", "no-such-profile"} << "" << 3 << "no connection profile";
    QTest::newRow("server without password") << QStringList{"list", "--server", "SANDBOX", "--login", admin} << "" << 3 << "--password-stdin";
}

void TestCli::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("SANDBOX"), m_sandbox->url().toString());
    const Run r = cli(arguments, password);
    QCOMPARE(r.exitCode, exitCode);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY(r.err.startsWith(QStringLiteral("token-console: ")));
    if (password.size() > 4)  // the password never echoes back
        QVERIFY(!r.err.contains(password) && !r.out.contains(password));
}

void TestCli::help_data()
{
    QTest::addColumn<QString>("subcommand");
    for (const char* sub : {"list", "check", "provision", "rename", "disable", "enable", "verify",
                            "add", "set", "forget", "users", "keepalive", "rotate", "usage"})
        QTest::newRow(sub) << QString::fromLatin1(sub);
}

void TestCli::help()
{
    QFETCH(QString, subcommand);
    const Run r = cli({subcommand, QStringLiteral("--help")}, {});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: token-console")), qPrintable(r.out));
    QVERIFY(r.out.contains(subcommand));
    QVERIFY(r.out.contains(QStringLiteral("--profile")));
}

void TestCli::signInOptionsAfterTheSubcommand()
{
    // --login always names the sign-in, wherever it stands; the token's login is positional.
    const Run r = cli(QStringList{QStringLiteral("provision"), QStringLiteral("eva@acme.example"),
                                  QStringLiteral("--name"), QStringLiteral("Late options"),
                                  QStringLiteral("--print-secret")}
                      + connection());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("eva@acme.example")), qPrintable(r.err));
    const Run list = cli(QStringList{QStringLiteral("list")} + connection());
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QLatin1String("Late options")));
}

void TestCli::embeddedDefault()
{
    // With no connection options the CLI starts the demo sandbox in its own process, with its
    // data in the per-user data folder (a throwaway one here).
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    const Run r = cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, {}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray tokens = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(tokens.size(), 3);
    QVERIFY(r.err.isEmpty());
    const Run check = cli({QStringLiteral("check")}, {}, env);
    QCOMPARE(check.exitCode, 2);
}

void TestCli::languageOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("before the subcommand") << QStringList{"--lang", "de", "check"} << QStringLiteral("Inaktivität");
    QTest::newRow("after the subcommand") << QStringList{"check", "--lang", "fr"} << QStringLiteral("inactivité");
    QTest::newRow("joined") << QStringList{"check", "--lang=es"} << QStringLiteral("inactividad");
}

void TestCli::languageOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run r = cli(arguments + connection());
    QVERIFY2(r.exitCode == 2, qPrintable(r.err));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Tableau")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
