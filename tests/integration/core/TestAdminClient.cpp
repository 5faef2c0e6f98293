// SPDX-License-Identifier: GPL-3.0-or-later
#include "Awaiting.h"
#include "CannedHttpServer.h"
#include "SandboxProcess.h"
#include "api/AdminClient.h"
#include "api/ApiJob.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;
using Kind = ApiError::Kind;

namespace {
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kViewer = QStringLiteral("viewer@acme.example");
const QString kGlobex = QStringLiteral("admin@globex.example");
const QString kEva = QStringLiteral("eva@acme.example");
const QString kJane = QStringLiteral("jane@acme.example");
const QString kAdminPassword = QStringLiteral("sandbox-admin");
} // namespace

class TestAdminClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signInAndAccount();
    void wrongPassword();
    void lockoutAfterFiveFailures();
    void pagingFollowsCursor();
    void provisionRenameDisableEnable();
    void errorKinds_data();
    void errorKinds();
    void sessionExpires();
    void clockSkewFromDateHeader();
    void activityAndAudit();
    void tokenAudit();
    void timeout();
    void malformedJson_data();
    void malformedJson();
    void getRetriedPostNot_data();
    void getRetriedPostNot();
    void connectionRefused();
    void insecureUrlRefusedBeforeConnecting();
    void cancel();

private:
    bool signIn(const QString& login, const QString& password = QStringLiteral("sandbox-admin"));
    qint64 userId(const QString& login);

    SandboxProcess* m_sandbox = nullptr;
    AdminClient* m_client = nullptr;
};

void TestAdminClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAdminClient::init()
{
    m_sandbox = new SandboxProcess;
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = new AdminClient(m_sandbox->url(), this);
    m_client->setTimeout(10000);
}

void TestAdminClient::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_sandbox;
    m_sandbox = nullptr;
}

bool TestAdminClient::signIn(const QString& login, const QString& password)
{
    const auto r = awaitResult<Session>([&](auto done) { m_client->signIn(login, password, this, done); });
    if (!r.ok())
        qWarning() << "sign-in failed:" << r.error.userMessage();
    return r.ok();
}

qint64 TestAdminClient::userId(const QString& login)
{
    const auto users = awaitResult<QVector<AccountUser>>([&](auto done) { m_client->fetchUsers(this, done); });
    for (const AccountUser& u : users.value) {
        if (u.login == login)
            return u.id;
    }
    return -1;
}

void TestAdminClient::signInAndAccount()
{
    const auto r = awaitResult<Session>([&](auto done) { m_client->signIn(kAdmin, kAdminPassword, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
    QVERIFY(m_client->isSignedIn());
    QCOMPARE(r.value.user.login, kAdmin);
    QVERIFY(r.value.user.canManageUsers());
    QVERIFY(r.value.expiresAt > QDateTime::currentDateTimeUtc());

    const auto account = awaitResult<Account>([&](auto done) { m_client->fetchAccount(this, done); });
    QVERIFY2(account.ok(), qPrintable(account.error.userMessage()));
    QVERIFY(account.value.hasConnect());
    QCOMPARE(account.value.policy.inactivityDays, 60);
    QVERIFY(!account.value.policy.warningDays.isEmpty());

    const auto users = awaitResult<QVector<AccountUser>>([&](auto done) { m_client->fetchUsers(this, done); });
    QVERIFY(users.ok());
    QVERIFY(users.value.size() >= 5);

    const auto out = awaitResult<bool>([&](auto done) { m_client->signOut(this, done); });
    QVERIFY(out.ok());
    QVERIFY(!m_client->isSignedIn());
}

void TestAdminClient::wrongPassword()
{
    const auto r = awaitResult<Session>([&](auto done) { m_client->signIn(kAdmin, QStringLiteral("nope"), this, done); });
    QCOMPARE(r.error.kind(), Kind::Unauthorized);
    QCOMPARE(r.error.code(), QStringLiteral("invalid_credentials"));
    QCOMPARE(r.error.httpStatus(), 401);
    QVERIFY(!r.error.requestId().isEmpty());
    QVERIFY(r.error.userMessage().contains(QStringLiteral("password")));
    QVERIFY(!m_client->isSignedIn());
}

void TestAdminClient::lockoutAfterFiveFailures()
{
    for (int i = 0; i < 5; ++i) {
        const auto r = awaitResult<Session>([&](auto done) { m_client->signIn(kViewer, QStringLiteral("bad"), this, done); });
        QCOMPARE(r.error.kind(), Kind::Unauthorized);
    }
    const auto locked = awaitResult<Session>([&](auto done) { m_client->signIn(kViewer, QStringLiteral("sandbox-viewer"), this, done); });
    QCOMPARE(locked.error.kind(), Kind::RateLimited);
    QCOMPARE(locked.error.code(), QStringLiteral("too_many_attempts"));
}

void TestAdminClient::pagingFollowsCursor()
{
    QVERIFY(signIn(kAdmin));
    const auto onePerPage = awaitResult<TokenList>([&](auto done) { m_client->fetchAllTokens(this, done, 1); });
    QVERIFY2(onePerPage.ok(), qPrintable(onePerPage.error.userMessage()));
    const auto all = awaitResult<TokenList>([&](auto done) { m_client->fetchAllTokens(this, done); });
    QVERIFY(all.ok());
    QVERIFY(all.value.size() >= 3);
    QCOMPARE(onePerPage.value, all.value);
}

void TestAdminClient::provisionRenameDisableEnable()
{
    QVERIFY(signIn(kAdmin));
    const qint64 eva = userId(kEva);
    QVERIFY(eva > 0);
    const auto created = awaitResult<ProvisionedToken>([&](auto done) {
        m_client->provision(eva, QStringLiteral("Warehouse"), {}, this, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{128}$")).match(created.value.secret).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{32}$")).match(created.value.token.key).hasMatch());
    const Token token = created.value.token;
    QCOMPARE(token.login, kEva);
    QVERIFY(token.isActive());

    const auto renamed = awaitResult<Token>([&](auto done) {
        m_client->rename(token.id, QStringLiteral("BI warehouse"), token.version, this, done);
    });
    QVERIFY2(renamed.ok(), qPrintable(renamed.error.userMessage()));
    QCOMPARE(renamed.value.name, QStringLiteral("BI warehouse"));
    QVERIFY(renamed.value.version > token.version);

    const auto stale = awaitResult<Token>([&](auto done) {
        m_client->rename(token.id, QStringLiteral("Late"), token.version, this, done);
    });
    QCOMPARE(stale.error.kind(), Kind::VersionMismatch);
    QCOMPARE(stale.error.httpStatus(), 412);

    const auto disabled = awaitResult<Token>([&](auto done) { m_client->disable(token.id, this, done); });
    QVERIFY(disabled.ok());
    QCOMPARE(disabled.value.disabledReason, Token::DisabledReason::Manual);
    const auto again = awaitResult<Token>([&](auto done) { m_client->disable(token.id, this, done); });
    QCOMPARE(again.error.kind(), Kind::Conflict);
    QCOMPARE(again.error.code(), QStringLiteral("already_disabled"));

    const auto enabled = awaitResult<Token>([&](auto done) { m_client->enable(token.id, this, done); });
    QVERIFY(enabled.ok());
    QVERIFY(enabled.value.isActive());
    QVERIFY(enabled.value.autoDisableAt.isValid());
    const auto enabledAgain = awaitResult<Token>([&](auto done) { m_client->enable(token.id, this, done); });
    QCOMPARE(enabledAgain.error.code(), QStringLiteral("already_active"));

    const auto fetched = awaitResult<Token>([&](auto done) { m_client->fetchToken(token.id, this, done); });
    QVERIFY(fetched.ok());
    QCOMPARE(fetched.value, enabled.value);
}

void TestAdminClient::errorKinds_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("token_exists") << kAdmin << "provision:jane" << int(Kind::Conflict) << "token_exists";
    QTest::newRow("viewer may not provision") << kViewer << "provision:eva" << int(Kind::Permission) << "permission_denied";
    QTest::newRow("globex has no Connect") << kGlobex << "provision:kim" << int(Kind::Contract) << "connect_not_in_contract";
    QTest::newRow("empty name") << kAdmin << "provision-empty-name:eva" << int(Kind::Validation) << "invalid_name";
    QTest::newRow("bad access area") << kAdmin << "provision-bad-area:eva" << int(Kind::Validation) << "invalid_access";
    QTest::newRow("unknown user") << kAdmin << "provision-unknown-user" << int(Kind::Validation) << "unknown_user";
    QTest::newRow("unknown id") << kAdmin << "fetch-unknown" << int(Kind::NotFound) << "not_found";
    QTest::newRow("rename unknown id") << kAdmin << "rename-unknown" << int(Kind::NotFound) << "not_found";
    QTest::newRow("viewer may not disable") << kViewer << "disable-salesforce" << int(Kind::Permission) << "permission_denied";
}

void TestAdminClient::errorKinds()
{
    QFETCH(QString, login);
    QFETCH(QString, action);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QVERIFY(signIn(login, login == kViewer ? QStringLiteral("sandbox-viewer") : kAdminPassword));
    const auto userOf = [this](const QString& a) {
        const QString who = a.section(QLatin1Char(':'), 1);
        return userId(who + (who.isEmpty() ? QString() : (who == QLatin1String("kim") ? QStringLiteral("@globex.example") : QStringLiteral("@acme.example"))));
    };
    ApiError error;
    if (action.startsWith(QLatin1String("provision"))) {
        qint64 user = action == QLatin1String("provision-unknown-user") ? 987654 : userOf(action);
        QVERIFY(user > 0);
        const QString name = action.startsWith(QLatin1String("provision-empty-name")) ? QStringLiteral("   ") : QStringLiteral("X");
        const QStringList access = action.startsWith(QLatin1String("provision-bad-area")) ? QStringList{QStringLiteral("everything")} : QStringList{};
        error = awaitResult<ProvisionedToken>([&](auto done) { m_client->provision(user, name, access, this, done); }).error;
    } else if (action == QLatin1String("fetch-unknown")) {
        error = awaitResult<Token>([&](auto done) { m_client->fetchToken(QStringLiteral("tok_nope"), this, done); }).error;
    } else if (action == QLatin1String("rename-unknown")) {
        error = awaitResult<Token>([&](auto done) { m_client->rename(QStringLiteral("tok_nope"), QStringLiteral("x"), 1, this, done); }).error;
    } else if (action == QLatin1String("disable-salesforce")) {
        error = awaitResult<Token>([&](auto done) { m_client->disable(QStringLiteral("tok_demosalesforce0001"), this, done); }).error;
    }
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.code(), code);
    QVERIFY(!error.userMessage().isEmpty());
}

void TestAdminClient::sessionExpires()
{
    QVERIFY(signIn(kAdmin));
    QSignalSpy expired(m_client, &AdminClient::sessionExpired);
    QVERIFY(m_sandbox->advanceDays(1));
    const auto r = awaitResult<Account>([&](auto done) { m_client->fetchAccount(this, done); });
    QCOMPARE(r.error.kind(), Kind::SessionExpired);
    QCOMPARE(expired.count(), 1);
    QVERIFY(r.error.userMessage().contains(QStringLiteral("password")));
}

void TestAdminClient::clockSkewFromDateHeader()
{
    QSignalSpy skew(m_client, &AdminClient::clockSkewChanged);
    QVERIFY(signIn(kAdmin));
    QVERIFY(qAbs(m_client->clockSkewMs()) < 2000);
    QVERIFY(m_sandbox->advanceDays(2));
    QVERIFY(signIn(kAdmin));
    const qint64 twoDays = 2LL * 24 * 3600 * 1000;
    QVERIFY2(qAbs(m_client->clockSkewMs() - twoDays) < 5000, qPrintable(QString::number(m_client->clockSkewMs())));
    QCOMPARE(skew.count(), 1);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().msecsTo(m_client->serverNow()) - twoDays) < 5000);
}

void TestAdminClient::activityAndAudit()
{
    QVERIFY(signIn(kAdmin));
    const auto activity = awaitResult<QVector<ActivityEntry>>([&](auto done) {
        m_client->fetchActivity(QStringLiteral("tok_demosalesforce0001"), 10, this, done);
    });
    QVERIFY2(activity.ok(), qPrintable(activity.error.userMessage()));
    QVERIFY(awaitResult<Token>([&](auto done) { m_client->disable(QStringLiteral("tok_demomarketo000002"), this, done); }).ok());
    const auto audit = awaitResult<QVector<AuditEntry>>([&](auto done) { m_client->fetchAudit(0, this, done); });
    QVERIFY2(audit.ok(), qPrintable(audit.error.userMessage()));
    QVERIFY(!audit.value.isEmpty());
    const auto one = awaitResult<QVector<AuditEntry>>([&](auto done) { m_client->fetchAudit(1, this, done); });
    QCOMPARE(one.value.size(), 1);
}

void TestAdminClient::tokenAudit()
{
    // v1.1: one token's trail from the server, whatever else the account's log holds.
    QVERIFY(signIn(kAdmin));
    const QString marketo = QStringLiteral("tok_demomarketo000002");
    QVERIFY(awaitResult<Token>([&](auto done) { m_client->disable(marketo, this, done); }).ok());
    QVERIFY(awaitResult<Token>([&](auto done) { m_client->enable(marketo, this, done); }).ok());
    QVERIFY(awaitResult<Token>([&](auto done) {
                m_client->disable(QStringLiteral("tok_demosalesforce0001"), this, done);
            }).ok());
    const auto all = awaitResult<QVector<AuditEntry>>(
        [&](auto done) { m_client->fetchTokenAudit(marketo, 0, this, done); });
    QVERIFY2(all.ok(), qPrintable(all.error.userMessage()));
    QVERIFY(all.value.size() >= 2);
    for (const AuditEntry& entry : all.value)
        QCOMPARE(entry.tokenId, marketo);
    for (int i = 1; i < all.value.size(); ++i)
        QVERIFY(all.value.at(i - 1).at >= all.value.at(i).at);  // newest first
    const auto one = awaitResult<QVector<AuditEntry>>(
        [&](auto done) { m_client->fetchTokenAudit(marketo, 1, this, done); });
    QCOMPARE(one.value.size(), 1);
    QCOMPARE(one.value.first().tokenId, marketo);
    const auto unknown = awaitResult<QVector<AuditEntry>>(
        [&](auto done) { m_client->fetchTokenAudit(QStringLiteral("tok_nope"), 0, this, done); });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error.kind(), ApiError::Kind::NotFound);
}

void TestAdminClient::timeout()
{
    CannedHttpServer silent;
    QVERIFY(silent.start());
    silent.setSilent(true);
    AdminClient client(silent.url());
    client.setTimeout(300);
    const auto r = awaitResult<Account>([&](auto done) { client.fetchAccount(this, done); });
    QCOMPARE(r.error.kind(), Kind::Timeout);
    QVERIFY(r.error.userMessage().contains(QStringLiteral("did not answer")));
}

void TestAdminClient::malformedJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("call");
    QTest::newRow("not JSON") << QByteArray("{\"clientId\": 1,") << "account";
    QTest::newRow("array instead of object") << QByteArray("[1,2]") << "account";
    QTest::newRow("HTML") << QByteArray("<html>proxy login</html>") << "account";
    QTest::newRow("account with string id") << QByteArray(R"({"clientId":"1","name":"A","features":[],"policy":{"inactivityDays":60,"warningDays":[14]}})") << "account";
    QTest::newRow("tokens without items") << QByteArray(R"({"nextCursor":null})") << "tokens";
    QTest::newRow("tokens with a broken token") << QByteArray(R"({"items":[{"id":"tok_1"}],"nextCursor":null})") << "tokens";
    QTest::newRow("tokens with numeric cursor") << QByteArray(R"({"items":[],"nextCursor":5})") << "tokens";
    QTest::newRow("provision without secret") << QByteArray(R"({"token":{}})") << "provision";
}

void TestAdminClient::malformedJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, call);
    CannedHttpServer server;
    QVERIFY(server.start());
    server.setResponse(call == QLatin1String("provision") ? 201 : 200, body);
    AdminClient client(server.url());
    ApiError error;
    if (call == QLatin1String("account"))
        error = awaitResult<Account>([&](auto done) { client.fetchAccount(this, done); }).error;
    else if (call == QLatin1String("tokens"))
        error = awaitResult<TokenList>([&](auto done) { client.fetchAllTokens(this, done); }).error;
    else
        error = awaitResult<ProvisionedToken>([&](auto done) { client.provision(1, QStringLiteral("x"), {}, this, done); }).error;
    QCOMPARE(error.kind(), Kind::BadResponse);
    QVERIFY(!error.details().isEmpty());
}

void TestAdminClient::getRetriedPostNot_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("post");
    QTest::addColumn<int>("requests");
    QTest::newRow("GET 503: 1 + 3 retries") << 503 << false << 4;
    QTest::newRow("GET 502") << 502 << false << 4;
    QTest::newRow("GET 500: no retry") << 500 << false << 1;
    QTest::newRow("POST 503: never retried") << 503 << true << 1;
}

void TestAdminClient::getRetriedPostNot()
{
    QFETCH(int, status);
    QFETCH(bool, post);
    QFETCH(int, requests);
    CannedHttpServer server;
    QVERIFY(server.start());
    server.setResponse(status, QByteArray(R"({"error":{"code":"unavailable","message":"Busy."}})"));
    AdminClient client(server.url());
    const ApiError error = post
        ? awaitResult<Token>([&](auto done) { client.disable(QStringLiteral("tok_1"), this, done); }).error
        : awaitResult<Account>([&](auto done) { client.fetchAccount(this, done); }).error;
    QCOMPARE(error.kind(), Kind::Server);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(server.requestCount(), requests);
    QVERIFY(server.lastRequest().contains("User-Agent: TokenConsole/"));
    QVERIFY(server.lastRequest().contains("X-Request-ID: "));
}

void TestAdminClient::connectionRefused()
{
    CannedHttpServer server;
    QVERIFY(server.start());
    const QUrl url = server.url();
    server.close();
    AdminClient client(url);
    const auto r = awaitResult<Session>([&](auto done) { client.signIn(kAdmin, kAdminPassword, this, done); });
    QCOMPARE(r.error.kind(), Kind::Network);
    QVERIFY(r.error.userMessage().contains(QStringLiteral("Could not reach")));
}

void TestAdminClient::insecureUrlRefusedBeforeConnecting()
{
    AdminClient client(QUrl(QStringLiteral("http://tokens.example.com")));
    const auto r = awaitResult<Session>([&](auto done) { client.signIn(kAdmin, kAdminPassword, this, done); });
    QCOMPARE(r.error.kind(), Kind::InsecureUrl);
    QVERIFY(r.error.userMessage().contains(QStringLiteral("https://")));
}

void TestAdminClient::cancel()
{
    CannedHttpServer silent;
    QVERIFY(silent.start());
    silent.setSilent(true);
    AdminClient client(silent.url());
    std::optional<Result<Account>> result;
    ApiJob* job = client.fetchAccount(this, [&](const Result<Account>& r) { result = r; });
    QTRY_COMPARE(silent.requestCount(), 1);
    job->cancel();
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error.kind(), Kind::Canceled);
}

QTEST_GUILESS_MAIN(TestAdminClient)
#include "TestAdminClient.moc"
