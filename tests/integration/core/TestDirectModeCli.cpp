// SPDX-License-Identifier: GPL-3.0-or-later
#include "Await.h"
#include "SandboxProcess.h"
#include "api/AdminClient.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

struct Pair
{
    QString id;
    QString key;
    QString secret;
};

} // namespace

// Direct mode as a new user would meet it, with real processes: pairs provisioned through the
// sandbox's Token Admin API (as an admin would on ON24's page), added to an on24 inventory by
// the CLI against the sandbox's /v2, kept alive across the sandbox's 60-day rule.
class TestDirectModeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keepAliveAcrossSixtyDays();
    void addRefusals_data();
    void addRefusals();
    void actionsOnlyOn24sPageOffers_data();
    void actionsOnlyOn24sPageOffers();
    void setUsersAndForget();
    void noRotationOrUsageOnOn24_data();
    void noRotationOrUsageOnOn24();

private:
    Run cli(const QStringList& arguments, const QString& input = {});
    QStringList direct() const;
    Pair provision(const QString& login, const QString& name);
    Token tokenById(const QString& id);

    SandboxProcess* m_sandbox = nullptr;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AdminClient> m_admin;
};

void TestDirectModeCli::initTestCase()
{
    ::umask(022);  // as a desktop session usually has it: files must come out 0600 all the same
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariable("TOKENCONSOLE_EXE").isEmpty(), "run through ctest");
}

void TestDirectModeCli::init()
{
    m_sandbox = new SandboxProcess;
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_home = std::make_unique<QTemporaryDir>();
    m_admin = std::make_unique<AdminClient>(m_sandbox->url());
    AdminClient* admin = m_admin.get();
    const auto session = await<Session>([admin](AdminClient::Callback<Session> done) {
        admin->signIn(QStringLiteral("admin@acme.example"), QStringLiteral("sandbox-admin"), admin,
                      done);
    });
    QVERIFY2(session.ok(), qPrintable(session.error.userMessage()));
    admin->setSession(session.value);
}

void TestDirectModeCli::cleanup()
{
    m_admin.reset();
    delete m_sandbox;
    m_sandbox = nullptr;
    m_home.reset();
}

QStringList TestDirectModeCli::direct() const
{
    QUrl v2 = m_sandbox->url();
    v2.setPath(QStringLiteral("/v2"));
    return {QStringLiteral("--on24"), v2.toString(), QStringLiteral("--client-id"),
            QStringLiteral("10001")};
}

Run TestDirectModeCli::cli(const QStringList& arguments, const QString& input)
{
    // The inventory and settings go to this test's own folders; the keychain is the session's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("TOKENCONSOLE_KEEPALIVE_SPACING_MS"), QStringLiteral("0"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("TOKENCONSOLE_EXE"), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input.toUtf8() + '\n');
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

Pair TestDirectModeCli::provision(const QString& login, const QString& name)
{
    AdminClient* admin = m_admin.get();
    const auto users = await<QVector<AccountUser>>(
        [admin](AdminClient::Callback<QVector<AccountUser>> done) { admin->fetchUsers(admin, done); });
    qint64 userId = 0;
    for (const AccountUser& user : users.value) {
        if (user.login == login)
            userId = user.id;
    }
    const auto created = await<ProvisionedToken>(
        [admin, userId, name](AdminClient::Callback<ProvisionedToken> done) {
            admin->provision(userId, name, {}, admin, done);
        });
    if (!created.ok())
        return {};
    return {created.value.token.id, created.value.token.key, created.value.secret};
}

Token TestDirectModeCli::tokenById(const QString& id)
{
    AdminClient* admin = m_admin.get();
    auto fetch = [admin, id] {
        return await<Token>([admin, id](AdminClient::Callback<Token> done) {
            admin->fetchToken(id, admin, done);
        });
    };
    Result<Token> token = fetch();
    if (token.error.kind() == ApiError::Kind::SessionExpired) {
        // The sandbox's clock moved past the 8-hour session: sign in again.
        const auto session = await<Session>([admin](AdminClient::Callback<Session> done) {
            admin->signIn(QStringLiteral("admin@acme.example"), QStringLiteral("sandbox-admin"),
                          admin, done);
        });
        admin->setSession(session.value);
        token = fetch();
    }
    return token.value;
}

void TestDirectModeCli::keepAliveAcrossSixtyDays()
{
    const Pair kept = provision(QStringLiteral("omar@acme.example"), QStringLiteral("Quarterly"));
    const Pair idle = provision(QStringLiteral("eva@acme.example"), QStringLiteral("Forgotten"));
    QVERIFY(!kept.key.isEmpty() && !idle.key.isEmpty());

    Run r = cli(direct() + QStringList{"add", "--key", kept.key, "--name", "Quarterly report",
                                        "--owner", "Raj (Marketing Ops)", "--keep-alive",
                                        "--secret-stdin"},
                kept.secret);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("works")), qPrintable(r.out));
    r = cli(direct() + QStringList{"add", "--key", idle.key, "--name", "Forgotten export",
                                    "--secret-stdin"},
            idle.secret);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // The secrets are in the keychain and nowhere on disk.
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(kept.secret.toLatin1()) && !bytes.contains(idle.secret.toLatin1()),
                 qPrintable(file.fileName()));
        ++scanned;
    }
    QVERIFY2(scanned > 0, "the inventory should be on disk");
    // The settings file and the inventory are nobody else's business, whatever the umask.
    const QString config = m_home->filePath(QStringLiteral("config/tokenconsole"));
    const auto mode = [](const QString& path) {
        struct stat info {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
    };
    QCOMPARE(mode(config), 0700);
    QCOMPARE(mode(config + QStringLiteral("/token-console.conf")), 0600);

    // 50 days on: the kept-alive pair is past the 45-day threshold, the other is not kept.
    QVERIFY(m_sandbox->advanceDays(50));
    const QDateTime idleBefore = tokenById(idle.id).inactiveSince;
    r = cli(direct() + QStringList{"keepalive"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("KEPT ALIVE")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("1 kept alive, 0 failed, of 1 opted in")), qPrintable(r.out));
    const Token keptNow = tokenById(kept.id);
    const Token idleNow = tokenById(idle.id);
    QVERIFY(keptNow.isActive());
    // Activity on the sandbox restarted the count of the kept pair only.
    QVERIFY2(keptNow.inactiveSince > idleBefore.addDays(49),
             qPrintable(keptNow.inactiveSince.toString(Qt::ISODate)));
    QVERIFY(keptNow.autoDisableAt > idleNow.autoDisableAt.addDays(49));
    QCOMPARE(idleNow.inactiveSince, idleBefore);

    // A dry run calls nothing.
    r = cli(direct() + QStringList{"keepalive", "--dry-run", "--threshold", "0"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("WOULD CALL")), qPrintable(r.out));
    QCOMPARE(tokenById(kept.id).inactiveSince, keptNow.inactiveSince);

    // 11 more days: the sandbox disables the idle pair; check reports it (exit 2).
    QVERIFY(m_sandbox->advanceDays(11));
    QVERIFY(!tokenById(idle.id).isActive());
    QVERIFY(tokenById(kept.id).isActive());
    r = cli(direct() + QStringList{"check"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QLatin1String("Forgotten export")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("DISABLED")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QLatin1String("Quarterly report")), qPrintable(r.out));

    // Verify tells what ON24 says now; JSON carries the contract's fields.
    r = cli(direct() + QStringList{"verify", idle.key});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(QLatin1String("deactivated")), qPrintable(r.out));
    r = cli(direct() + QStringList{"list", "--format", "json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue& item : list) {
        const QJsonObject o = item.toObject();
        for (const char* field : {"key", "name", "login", "owner", "notes", "status",
                                  "lastActivityAt", "lastActivityKnownFrom", "daysLeft",
                                  "keepAlive", "lastVerifiedAt", "lastVerifyOutcome"})
            QVERIFY2(o.contains(QLatin1String(field)), field);
        if (o.value(QLatin1String("key")).toString() == idle.key)
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("disabled"));
        else
            QCOMPARE(o.value(QLatin1String("keepAlive")).toBool(), true);
    }
}

void TestDirectModeCli::addRefusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("message");
    const QString goodKey(32, QLatin1Char('A'));
    const QString goodSecret(128, QLatin1Char('a'));
    QTest::newRow("short key") << goodKey.left(31) << goodSecret << "31";
    QTest::newRow("lower-case key") << goodKey.toLower() << goodSecret << "lower-case";
    QTest::newRow("short secret") << goodKey << goodSecret.left(100) << "100";
    QTest::newRow("upper-case secret") << goodKey << goodSecret.toUpper() << "secret";
    QTest::newRow("wrong pair") << goodKey << goodSecret << "nothing was stored";
}

void TestDirectModeCli::addRefusals()
{
    QFETCH(QString, key);
    QFETCH(QString, secret);
    QFETCH(QString, message);
    const Run r = cli(direct() + QStringList{"add", "--key", key, "--name", "X", "--secret-stdin"},
                      secret);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(!r.err.contains(secret) && !r.out.contains(secret), "the secret must not be echoed");
    const Run list = cli(direct() + QStringList{"list", "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
}

void TestDirectModeCli::actionsOnlyOn24sPageOffers_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("provision") << QStringList{"provision", "omar@acme.example", "--name", "x"};
    QTest::newRow("disable") << QStringList{"disable", "KEY"};
    QTest::newRow("enable") << QStringList{"enable", "KEY"};
}

void TestDirectModeCli::actionsOnlyOn24sPageOffers()
{
    QFETCH(QStringList, arguments);
    const Run r = cli(direct() + arguments);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("Platform Tools")), qPrintable(r.err));
}

void TestDirectModeCli::setUsersAndForget()
{
    const Pair pair = provision(QStringLiteral("omar@acme.example"), QStringLiteral("Webinars"));
    Run r = cli(direct() + QStringList{"add", "--key", pair.key, "--name", "Webinars",
                                        "--secret-stdin"},
                pair.secret);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(direct() + QStringList{"add", "--key", pair.key, "--name", "Again", "--secret-stdin"},
            pair.secret);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("already")), qPrintable(r.err));

    r = cli(direct() + QStringList{"users"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("admin@acme.example")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("can provision")), qPrintable(r.out));

    r = cli(direct() + QStringList{"set", pair.key, "--owner", "Li (BI)", "--keep-alive", "on"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(direct() + QStringList{"list", "--format", "json"});
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    QCOMPARE(o.value(QLatin1String("owner")).toString(), QStringLiteral("Li (BI)"));
    QCOMPARE(o.value(QLatin1String("keepAlive")).toBool(), true);

    r = cli(direct() + QStringList{"forget", pair.key});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("not touched")), qPrintable(r.out));
    r = cli(direct() + QStringList{"list", "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    // ON24 (the sandbox) still has the token, active.
    QVERIFY(tokenById(pair.id).isActive());
}

void TestDirectModeCli::noRotationOrUsageOnOn24_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("rotate") << QStringList{"rotate", "KEY", "--grace", "24"} << "no API to rotate";
    QTest::newRow("usage") << QStringList{"usage", "KEY"} << "by API area";
}

void TestDirectModeCli::noRotationOrUsageOnOn24()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Run r = cli(direct() + arguments);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestDirectModeCli)
#include "TestDirectModeCli.moc"
