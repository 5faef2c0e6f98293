// SPDX-License-Identifier: GPL-3.0-or-later
#include "Awaiting.h"
#include "CannedHttpServer.h"
#include "SandboxProcess.h"
#include "api/AdminClient.h"
#include "api/On24Client.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;
using Outcome = On24Client::Verification::Outcome;

class TestOn24Client : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outcomesAgainstSandbox_data();
    void outcomesAgainstSandbox();
    void quotaExhausted();
    void messageVariants_data();
    void messageVariants();
    void failures_data();
    void failures();
    void tlsErrorsAreReported();

private:
    On24Client::Verification verify(const QUrl& base, qint64 clientId, const QString& key,
                                     const QString& secret);
    // Provisions a token for eva in a fresh sandbox; the AdminClient stays signed in.
    bool provision(SandboxProcess& sandbox, std::unique_ptr<AdminClient>& client,
                   const QStringList& access, ProvisionedToken* out);
};

void TestOn24Client::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

On24Client::Verification TestOn24Client::verify(const QUrl& base, qint64 clientId,
                                                const QString& key, const QString& secret)
{
    On24Client client;
    client.setTimeout(5000);
    std::optional<On24Client::Verification> result;
    client.verify(base, clientId, key, secret, this, [&](const On24Client::Verification& v) { result = v; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {};
    return *result;
}

bool TestOn24Client::provision(SandboxProcess& sandbox, std::unique_ptr<AdminClient>& admin,
                               const QStringList& access, ProvisionedToken* out)
{
    QString error;
    if (!sandbox.start(&error)) {
        qWarning() << error;
        return false;
    }
    admin = std::make_unique<AdminClient>(sandbox.url());
    AdminClient& client = *admin;
    const auto session = awaitResult<Session>([&](auto done) {
        client.signIn(QStringLiteral("admin@acme.example"), QStringLiteral("sandbox-admin"), this, done);
    });
    if (!session.ok())
        return false;
    const auto users = awaitResult<QVector<AccountUser>>([&](auto done) { client.fetchUsers(this, done); });
    qint64 eva = 0;
    for (const AccountUser& u : users.value)
        if (u.login == QLatin1String("eva@acme.example"))
            eva = u.id;
    const auto created = awaitResult<ProvisionedToken>([&](auto done) {
        client.provision(eva, QStringLiteral("Verify me"), access, this, done);
    });
    *out = created.value;
    return created.ok();
}

void TestOn24Client::outcomesAgainstSandbox_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("outcome");
    QTest::newRow("works") << "works" << int(Outcome::Works);
    QTest::newRow("wrong secret") << "wrong-secret" << int(Outcome::WrongPair);
    QTest::newRow("unknown key") << "unknown-key" << int(Outcome::WrongPair);
    QTest::newRow("disabled token") << "disabled" << int(Outcome::Deactivated);
    QTest::newRow("unknown client") << "unknown-client" << int(Outcome::ClientUnknown);
    QTest::newRow("another account's client") << "other-client" << int(Outcome::NoAccessToClient);
    QTest::newRow("restricted access") << "restricted" << int(Outcome::NoPermission);
}

void TestOn24Client::outcomesAgainstSandbox()
{
    QFETCH(QString, scenario);
    QFETCH(int, outcome);
    SandboxProcess sandbox;
    std::unique_ptr<AdminClient> adminPtr;
    ProvisionedToken token;
    const QStringList access = scenario == QLatin1String("restricted") ? QStringList{QStringLiteral("registration")} : QStringList{};
    QVERIFY(provision(sandbox, adminPtr, access, &token));
    AdminClient& admin = *adminPtr;
    const qint64 clientId = admin.session().account.clientId;
    QString key = token.token.key;
    QString secret = token.secret;
    qint64 client = clientId;
    if (scenario == QLatin1String("wrong-secret"))
        secret = QString(128, QLatin1Char('0'));
    else if (scenario == QLatin1String("unknown-key"))
        key = QString(32, QLatin1Char('Z'));
    else if (scenario == QLatin1String("unknown-client"))
        client = 99999;
    else if (scenario == QLatin1String("other-client"))
        client = 10002;
    else if (scenario == QLatin1String("disabled"))
        QVERIFY(awaitResult<Token>([&](auto done) { admin.disable(token.token.id, this, done); }).ok());

    QUrl base = sandbox.url();
    base.setPath(QStringLiteral("/v2"));
    const On24Client::Verification v = verify(base, client, key, secret);
    QCOMPARE(int(v.outcome), outcome);
    QVERIFY(!v.userMessage().isEmpty());
    if (v.works()) {
        QVERIFY(!v.clientName.isEmpty());
        // A successful call is activity.
        const auto after = awaitResult<Token>([&](auto done) { admin.fetchToken(token.token.id, this, done); });
        QVERIFY(after.value.lastActivityAt.isValid());
    } else {
        QVERIFY(!v.serverMessage.isEmpty());
    }
}

void TestOn24Client::quotaExhausted()
{
    // The sandbox reads its quota from the environment it inherits.
    qputenv("TOKENCONSOLE_SANDBOX_DAILY_QUOTA", "1");
    SandboxProcess sandbox;
    std::unique_ptr<AdminClient> admin;
    ProvisionedToken token;
    const bool ok = provision(sandbox, admin, {}, &token);
    qunsetenv("TOKENCONSOLE_SANDBOX_DAILY_QUOTA");
    QVERIFY(ok);
    QUrl base = sandbox.url();
    base.setPath(QStringLiteral("/v2"));
    const qint64 clientId = admin->session().account.clientId;
    QCOMPARE(verify(base, clientId, token.token.key, token.secret).outcome, Outcome::Works);
    const auto second = verify(base, clientId, token.token.key, token.secret);
    QCOMPARE(second.outcome, Outcome::QuotaExhausted);
    QVERIFY(second.userMessage().contains(QStringLiteral("quota")));
}

void TestOn24Client::messageVariants_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("outcome");
    QTest::newRow("wrong, no period") << 401 << "AccessTokenKey and AccessTokenSecret are wrong or invalid" << int(Outcome::WrongPair);
    QTest::newRow("not found wording") << 401 << "The access token secret or access token key was not found" << int(Outcome::WrongPair);
    QTest::newRow("missing headers") << 401 << "Header must contain both accessTokenKey and accessTokenSecret." << int(Outcome::WrongPair);
    QTest::newRow("deactivated") << 401 << "AccessTokenKey and AccessTokenSecret are deactivated." << int(Outcome::Deactivated);
    QTest::newRow("quota api") << 403 << "You have reached the maximum number of calls for this api." << int(Outcome::QuotaExhausted);
    QTest::newRow("quota endpoint, odd case") << 403 << "You reached the MAXIMUM number of calls for this endpoint" << int(Outcome::QuotaExhausted);
    QTest::newRow("no access") << 403 << "You don't have access to this client id" << int(Outcome::NoAccessToClient);
    QTest::newRow("no permission") << 403 << "You do not have permission to perform the requested operation." << int(Outcome::NoPermission);
    QTest::newRow("client inactive") << 403 << "The client id 10001 is inactive" << int(Outcome::ClientInactive);
    QTest::newRow("client unknown") << 404 << "The client 10001 doesn't exist." << int(Outcome::ClientUnknown);
    QTest::newRow("unknown 403 wording") << 403 << "Something new." << int(Outcome::NoPermission);
    QTest::newRow("server error") << 500 << "Response code from uploading service is not success" << int(Outcome::Failed);
}

void TestOn24Client::messageVariants()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(int, outcome);
    CannedHttpServer server;
    QVERIFY(server.start());
    server.setResponse(status, QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}).toJson());
    const auto v = verify(server.url(), 10001, QStringLiteral("KEY"), QStringLiteral("SECRET"));
    QCOMPARE(int(v.outcome), outcome);
    QCOMPARE(v.serverMessage, message);
    // Both headers travel on the call.
    QVERIFY(server.lastRequest().contains("accessTokenKey: KEY"));
    QVERIFY(server.lastRequest().contains("accessTokenSecret: SECRET"));
    QVERIFY(server.lastRequest().startsWith("GET /client/10001 "));
}

void TestOn24Client::failures_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("kind");
    QTest::newRow("bad JSON on 200") << "bad-json" << int(ApiError::Kind::BadResponse);
    QTest::newRow("timeout") << "silent" << int(ApiError::Kind::Timeout);
    QTest::newRow("refused") << "refused" << int(ApiError::Kind::Network);
    QTest::newRow("plain http remote") << "insecure" << int(ApiError::Kind::InsecureUrl);
}

void TestOn24Client::failures()
{
    QFETCH(QString, scenario);
    QFETCH(int, kind);
    CannedHttpServer server;
    QVERIFY(server.start());
    QUrl url = server.url();
    if (scenario == QLatin1String("bad-json"))
        server.setResponse(200, "{\"clientname\": 5}");
    else if (scenario == QLatin1String("silent"))
        server.setSilent(true);
    else if (scenario == QLatin1String("refused"))
        server.close();
    else
        url = QUrl(QStringLiteral("http://api.on24.example/v2"));
    On24Client client;
    client.setTimeout(300);
    std::optional<On24Client::Verification> v;
    client.verify(url, 1, QStringLiteral("K"), QStringLiteral("S"), this,
                  [&](const On24Client::Verification& r) { v = r; });
    QTRY_VERIFY_WITH_TIMEOUT(v.has_value(), 10000);
    QCOMPARE(v->outcome, Outcome::Failed);
    QCOMPARE(int(v->error.kind()), kind);
    QVERIFY(!v->userMessage().isEmpty());
}

void TestOn24Client::tlsErrorsAreReported()
{
    // A real TLS server with a self-signed certificate: the handshake must fail and say why.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        QSKIP("openssl is not available to make a test certificate");
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll()));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("https://localhost:%1/v2").arg(server.serverPort()));
    On24Client client;
    client.setTimeout(5000);
    std::optional<On24Client::Verification> v;
    client.verify(url, 1, QStringLiteral("K"), QStringLiteral("S"), this,
                  [&](const On24Client::Verification& r) { v = r; });
    QTRY_VERIFY_WITH_TIMEOUT(v.has_value(), 10000);
    QCOMPARE(v->error.kind(), ApiError::Kind::Tls);
    QVERIFY2(v->error.details().contains(QStringLiteral("localhost")), qPrintable(v->error.details()));
    QVERIFY(v->userMessage().contains(QStringLiteral("certificate")));
}

QTEST_GUILESS_MAIN(TestOn24Client)
#include "TestOn24Client.moc"
