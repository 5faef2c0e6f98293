// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection: AdminClient and On24Client::verify against a server that misbehaves on
// purpose. Every case checks the sentence people see and that nothing half-read reaches the
// caller (an empty value with the error).
#include "MisbehavingHttpServer.h"
#include "api/AdminClient.h"
#include "api/ApiJob.h"
#include "api/On24Client.h"
#include "model/TokenCodec.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <optional>

using namespace TokenConsole;
using namespace TokenConsole::Testing;
using Kind = ApiError::Kind;
using Act = MisbehavingHttpServer::Act;
using Reply = MisbehavingHttpServer::Reply;
using Framing = MisbehavingHttpServer::Framing;

namespace {

constexpr int kIdleTimeoutMs = 300; // so the total cap is 4 x 300 ms
constexpr int kWaitMs = 20000;      // the test's own bound on one call
constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;

QByteArray accountJson()
{
    return R"({"clientId":10001,"name":"Acme Webinars","features":["connect"],)"
           R"("policy":{"inactivityDays":60,"warningDays":[14,7,3,1]}})";
}

QJsonObject tokenObject(const QString& id, const QString& name)
{
    Token t;
    t.id = id;
    t.name = name;
    t.key = QStringLiteral("A119E95B0C3D4E5F6A7B8C9D0E1F2A3B");
    t.userId = 1007;
    t.login = QStringLiteral("eva@acme.example");
    t.createdAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
    t.createdBy = QStringLiteral("admin@acme.example");
    t.inactiveSince = t.createdAt;
    t.autoDisableAt = t.createdAt.addDays(60);
    t.version = 1;
    return TokenCodec::encodeToken(t);
}

QByteArray tokenJson()
{
    return QJsonDocument(tokenObject(QStringLiteral("tok_1"), QStringLiteral("Salesforce")))
        .toJson(QJsonDocument::Compact);
}

QByteArray pageJson(const QStringList& ids, const QString& next)
{
    QJsonArray items;
    for (const QString& id : ids)
        items.append(tokenObject(id, QStringLiteral("Token ") + id));
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                     {QStringLiteral("nextCursor"),
                                      next.isEmpty() ? QJsonValue() : QJsonValue(next)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray on24Json()
{
    return R"({"clientid":10001,"clientname":"Acme Webinars","subclients":[]})";
}

// The well-formed answer each call expects.
QByteArray goodBody(const QString& call)
{
    if (call == QLatin1String("post"))
        return tokenJson();
    if (call == QLatin1String("tokens"))
        return pageJson({QStringLiteral("tok_1"), QStringLiteral("tok_2")}, {});
    if (call == QLatin1String("on24"))
        return on24Json();
    return accountJson();
}

// What one client call produced, as the caller sees it.
struct Outcome
{
    bool finished = false;
    ApiError error;
    QString message;        // the user-visible sentence
    bool valueEmpty = true; // nothing (half-)decoded reached the caller
    qint64 elapsedMs = 0;
};

} // namespace

class TestClientFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void brokenAnswers_data();
    void brokenAnswers();
    void serverErrorBursts_data();
    void serverErrorBursts();
    void retryAfter_data();
    void retryAfter();
    void hugeBody_data();
    void hugeBody();
    void redirectToAnotherHost_data();
    void redirectToAnotherHost();
    void dateFarAway_data();
    void dateFarAway();
    void failureMidPaging_data();
    void failureMidPaging();

private:
    // Runs `call` ("get": fetchAccount, "post": disable, "tokens": fetchAllTokens with pages of
    // 2, "on24": On24Client::verify) against `base` and waits, bounded, for its one report.
    Outcome run(const QString& call, const QUrl& base, AdminClient* admin = nullptr,
                int idleTimeoutMs = kIdleTimeoutMs);
};

Outcome TestClientFaults::run(const QString& call, const QUrl& base, AdminClient* admin,
                              int idleTimeoutMs)
{
    Outcome out;
    QElapsedTimer clock;
    clock.start();
    AdminClient ownAdmin(base);
    ownAdmin.setTimeout(idleTimeoutMs);
    AdminClient& client = admin ? *admin : ownAdmin;
    On24Client on24;
    on24.setTimeout(idleTimeoutMs);
    const auto take = [&out, &clock](const ApiError& error, bool empty, const QString& message) {
        out.finished = true;
        out.error = error;
        out.valueEmpty = empty;
        out.message = message;
        out.elapsedMs = clock.elapsed();
    };
    if (call == QLatin1String("get")) {
        client.fetchAccount(this, [&](const Result<Account>& r) {
            take(r.error, r.value.clientId == 0 && r.value.name.isEmpty(), r.error.userMessage());
        });
    } else if (call == QLatin1String("post")) {
        client.disable(QStringLiteral("tok_1"), this, [&](const Result<Token>& r) {
            take(r.error, r.value.id.isEmpty(), r.error.userMessage());
        });
    } else if (call == QLatin1String("tokens")) {
        client.fetchAllTokens(
            this,
            [&](const Result<TokenList>& r) {
                take(r.error, r.value.isEmpty(), r.error.userMessage());
            },
            2);
    } else {
        on24.verify(base, 10001, QStringLiteral("A119E95B0C3D4E5F6A7B8C9D0E1F2A3B"),
                    QString(128, QLatin1Char('a')), this, [&](const On24Client::Verification& v) {
                        const bool empty = v.outcome == On24Client::Verification::Outcome::Failed &&
                                           v.clientName.isEmpty();
                        take(v.error, empty, v.userMessage());
                    });
    }
    if (!QTest::qWaitFor([&] { return out.finished; }, kWaitMs))
        qWarning("no report within %d ms", kWaitMs);
    return out;
}

// --- Answers that go wrong on the wire or are not what was asked for ------------------------

void TestClientFaults::brokenAnswers_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("says");

    struct Case
    {
        const char* scenario;
        Kind kind;
        bool retriedWhenIdempotent;
        const char* says;
    };
    const Case cases[] = {
        // Each byte restarts the idle clock; the total cap (4 x idle) ends it anyway.
        {"trickle", Kind::TooSlow, false, "too slowly"},
        {"stall mid-body", Kind::Incomplete, false, "broke off"},
        {"close mid-body", Kind::Incomplete, true, "broke off"},
        {"reset mid-body", Kind::Incomplete, true, "broke off"},
        {"reset before answering", Kind::Incomplete, true, "broke off"},
        {"truncated JSON", Kind::BadResponse, false, "cannot read"},
        {"200 with an HTML page", Kind::BadResponse, false, "a web page instead of JSON"},
        {"JSON as text/plain", Kind::BadResponse, false, "\u201ctext/plain\u201d instead of JSON"},
    };
    for (const char* call : {"get", "post", "on24"}) {
        const bool idempotent = qstrcmp(call, "post") != 0;
        for (const Case& c : cases) {
            // Verify shares ApiJob with the admin calls: one retried wire failure is enough.
            if (qstrcmp(call, "on24") == 0 && QByteArray(c.scenario).endsWith("mid-body") &&
                c.retriedWhenIdempotent)
                continue;
            QTest::addRow("%s: %s", call, c.scenario)
                << QString::fromLatin1(call) << QString::fromLatin1(c.scenario) << int(c.kind)
                << (idempotent && c.retriedWhenIdempotent ? 4 : 1) << QString::fromUtf8(c.says);
        }
    }
    QTest::newRow("tokens: trickle") << "tokens"
                                     << "trickle" << int(Kind::TooSlow) << 1 << "too slowly";
    QTest::newRow("tokens: truncated JSON")
        << "tokens"
        << "truncated JSON" << int(Kind::BadResponse) << 1 << "cannot read";
}

void TestClientFaults::brokenAnswers()
{
    QFETCH(QString, call);
    QFETCH(QString, scenario);
    QFETCH(int, kind);
    QFETCH(int, requests);
    QFETCH(QString, says);

    const QByteArray body = goodBody(call);
    Reply reply;
    reply.body = body;
    reply.cutAt = body.size() / 2;
    if (scenario == QLatin1String("trickle"))
        reply.act = Act::Trickle; // 40 ms a byte: seconds in total, never idle for 300 ms
    else if (scenario == QLatin1String("stall mid-body"))
        reply.act = Act::StallMidBody;
    else if (scenario == QLatin1String("close mid-body"))
        reply.act = Act::CloseMidBody;
    else if (scenario == QLatin1String("reset mid-body"))
        reply.act = Act::ResetMidBody;
    else if (scenario == QLatin1String("reset before answering"))
        reply.act = Act::Reset;
    else if (scenario == QLatin1String("truncated JSON"))
        reply.body = body.left(body.size() / 2); // a complete message of broken JSON
    else if (scenario == QLatin1String("200 with an HTML page"))
        reply =
            MisbehavingHttpServer::answer(200, "text/html; charset=utf-8",
                                          "<html><body>Please sign in to the proxy</body></html>");
    else if (scenario == QLatin1String("JSON as text/plain"))
        reply.contentType = "text/plain";

    MisbehavingHttpServer server;
    QVERIFY(server.start());
    server.setReply(reply);
    const Outcome out = run(call, server.url());
    QVERIFY2(out.finished, "the client never reported");
    QCOMPARE(ApiError::kindName(out.error.kind()), ApiError::kindName(Kind(kind)));
    if (requests > 1) {
        // 1 + 3 retries; Qt's HTTP layer itself may resend a GET once on a fresh close.
        QVERIFY2(server.requestCount() >= requests && server.requestCount() <= 2 * requests,
                 qPrintable(QString::number(server.requestCount())));
    } else {
        QCOMPARE(server.requestCount(), requests);
    }
    QVERIFY2(out.message.contains(says), qPrintable(out.message));
    QVERIFY2(out.valueEmpty, "a value reached the caller with the error");
    // A change that failed after it was sent may have been made: the message says to refresh.
    const bool mayHaveApplied = call == QLatin1String("post") &&
                                (Kind(kind) == Kind::TooSlow || Kind(kind) == Kind::Incomplete ||
                                 Kind(kind) == Kind::Timeout);
    QCOMPARE(out.error.mayHaveApplied(), mayHaveApplied);
    QCOMPARE(out.message.contains(QStringLiteral("refresh the list")), mayHaveApplied);
    if (Kind(kind) == Kind::TooSlow) {
        // Ended by the total cap (4 x 300 ms), not by the idle timer and not by the last byte.
        QVERIFY2(out.elapsedMs >= 4 * kIdleTimeoutMs * 9 / 10,
                 qPrintable(QString::number(out.elapsedMs)));
        QVERIFY2(out.elapsedMs < 4000, qPrintable(QString::number(out.elapsedMs)));
    } else {
        QVERIFY2(out.elapsedMs < 5000, qPrintable(QString::number(out.elapsedMs)));
    }
}

// --- 5xx bursts: GET retried with backoff, a change never -----------------------------------

void TestClientFaults::serverErrorBursts_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("burst"); // how many requests get the error before a good answer
    QTest::addColumn<int>("requests");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("get: two 503 then 200") << "get" << 503 << 2 << 3 << true;
    QTest::newRow("get: 502 throughout") << "get" << 502 << 100 << 4 << false;
    QTest::newRow("get: 500 is not retried") << "get" << 500 << 1 << 1 << false;
    QTest::newRow("on24: one 504 then 200") << "on24" << 504 << 1 << 2 << true;
    QTest::newRow("on24: 503 throughout") << "on24" << 503 << 100 << 4 << false;
    QTest::newRow("post: 503 never retried") << "post" << 503 << 1 << 1 << false;
    QTest::newRow("post: 502 never retried") << "post" << 502 << 1 << 1 << false;
}

void TestClientFaults::serverErrorBursts()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(int, burst);
    QFETCH(int, requests);
    QFETCH(bool, succeeds);
    MisbehavingHttpServer server;
    QVERIFY(server.start());
    const QByteArray good = goodBody(call);
    server.setScript([=](int index, const QByteArray&) {
        if (index < burst)
            return MisbehavingHttpServer::answer(status, "text/html",
                                                 "<html>Upstream trouble</html>");
        return MisbehavingHttpServer::answer(200, "application/json", good);
    });
    const Outcome out = run(call, server.url());
    QVERIFY(out.finished);
    QCOMPARE(server.requestCount(), requests);
    QCOMPARE(out.error.isError(), !succeeds);
    QCOMPARE(out.valueEmpty, !succeeds);
    if (!succeeds) {
        QCOMPARE(out.error.kind(), Kind::Server);
        QCOMPARE(out.error.httpStatus(), status);
        QVERIFY2(out.message.contains(QStringLiteral("(HTTP %1)").arg(status)),
                 qPrintable(out.message));
        QVERIFY2(out.message.contains(QStringLiteral("Try again later")), qPrintable(out.message));
    }
}

// --- 429 and 503 with Retry-After -------------------------------------------------------

void TestClientFaults::retryAfter_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter"); // "+N": an HTTP-date N s after the Date header
    QTest::addColumn<int>("burst");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("minElapsedMs");
    QTest::addColumn<QString>("says"); // empty: the call succeeds
    QTest::newRow("get: 429, wait 1 s, then 200")
        << "get" << 429 << QByteArray("1") << 1 << 2 << 1000 << "";
    QTest::newRow("get: 503, wait 1 s, then 200")
        << "get" << 503 << QByteArray("1") << 1 << 2 << 1000 << "";
    QTest::newRow("on24: 429, wait 1 s, then 200")
        << "on24" << 429 << QByteArray("1") << 1 << 2 << 1000 << "";
    QTest::newRow("get: 429, 0 s throughout")
        << "get" << 429 << QByteArray("0") << 100 << 4 << 0 << "too many requests. Wait a minute";
    QTest::newRow("get: 429, 120 s is too long to wait")
        << "get" << 429 << QByteArray("120") << 100 << 1 << 0 << "Try again in 2 minute";
    QTest::newRow("get: 503, 30 s is too long to wait")
        << "get" << 503 << QByteArray("30") << 100 << 1 << 0
        << "temporarily unavailable (HTTP 503). Try again in 30 second";
    QTest::newRow("get: 429, as an HTTP-date")
        << "get" << 429 << QByteArray("+45") << 100 << 1 << 0 << "Try again in 45 second";
    QTest::newRow("post: 429, 1 s is not waited for")
        << "post" << 429 << QByteArray("1") << 100 << 1 << 0 << "Try again in 1 second";
    QTest::newRow("post: 503 with Retry-After")
        << "post" << 503 << QByteArray("1") << 100 << 1 << 0 << "Try again in 1 second";
}

void TestClientFaults::retryAfter()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, burst);
    QFETCH(int, requests);
    QFETCH(int, minElapsedMs);
    QFETCH(QString, says);
    MisbehavingHttpServer server;
    QVERIFY(server.start());
    const QByteArray good = goodBody(call);
    server.setScript([=](int index, const QByteArray&) {
        if (index >= burst)
            return MisbehavingHttpServer::answer(200, "application/json", good);
        Reply busy = MisbehavingHttpServer::answer(status, "application/json",
                                                   R"({"message":"Slow down."})");
        if (retryAfter.startsWith('+')) {
            // A server clock a day ahead: only the difference to its own Date counts.
            const QDateTime date = QDateTime::currentDateTimeUtc().addDays(1);
            busy.headers = {{"Date", MisbehavingHttpServer::httpDate(date)},
                            {"Retry-After", MisbehavingHttpServer::httpDate(
                                                date.addSecs(retryAfter.mid(1).toInt()))}};
        } else {
            busy.headers = {{"Retry-After", retryAfter}};
        }
        return busy;
    });
    const Outcome out = run(call, server.url());
    QVERIFY(out.finished);
    QCOMPARE(server.requestCount(), requests);
    QVERIFY2(out.elapsedMs >= minElapsedMs - 50, qPrintable(QString::number(out.elapsedMs)));
    QVERIFY2(out.elapsedMs < 10000, qPrintable(QString::number(out.elapsedMs)));
    if (says.isEmpty()) {
        QVERIFY2(!out.error.isError(), qPrintable(out.message));
        QVERIFY(!out.valueEmpty);
    } else {
        QVERIFY(out.error.isError());
        QVERIFY(out.valueEmpty);
        QVERIFY2(out.message.contains(says), qPrintable(out.message));
    }
}

// --- A 100 MB body: the client stops at its cap ----------------------------------------------

void TestClientFaults::hugeBody_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("framing");
    // Streaming rows read 16 MiB each, so the ON24 path gets the cheap one: the cap is shared.
    QTest::newRow("get: declared Content-Length") << "get" << int(Framing::ContentLength);
    QTest::newRow("get: chunked") << "get" << int(Framing::Chunked);
    QTest::newRow("get: until the connection closes") << "get" << int(Framing::CloseDelimited);
    QTest::newRow("on24: declared Content-Length") << "on24" << int(Framing::ContentLength);
}

void TestClientFaults::hugeBody()
{
    QFETCH(QString, call);
    QFETCH(int, framing);
    constexpr qint64 hundredMegabytes = 100LL * 1000 * 1000;
    MisbehavingHttpServer server;
    QVERIFY(server.start());
    Reply reply;
    reply.act = Act::Stream;
    reply.streamBytes = hundredMegabytes;
    reply.framing = Framing(framing);
    server.setReply(reply);
    // Generous timeouts: only the cap may end this, however slowly a loaded machine reads.
    const Outcome out = run(call, server.url(), nullptr, 5000);
    QVERIFY(out.finished);
    qInfo("stopped after %lld ms", out.elapsedMs);
    QCOMPARE(out.error.kind(), Kind::TooLarge);
    QCOMPARE(server.requestCount(), 1); // never retried
    QVERIFY(out.valueEmpty);
    QVERIFY2(out.message.contains(QStringLiteral("larger than 16 MiB")), qPrintable(out.message));
    // The fake writes as the client reads: what it wrote bounds what the client took in.
    qInfo("streamed %lld bytes before the client stopped", server.streamedBytes());
    if (Framing(framing) == Framing::ContentLength)
        QVERIFY2(server.streamedBytes() < 8 * 1024 * 1024, "refused by its header, unread");
    QVERIFY(server.streamedBytes() < ApiJob::maxBodyBytes + 8 * 1024 * 1024);
}

// --- Redirects are reported, never followed ----------------------------------------------

void TestClientFaults::redirectToAnotherHost_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    for (const QString& call :
         {QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("on24")}) {
        for (int status : {301, 302, 307, 308})
            QTest::addRow("%s: %d", qPrintable(call), status) << call << status;
    }
}

void TestClientFaults::redirectToAnotherHost()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    // The target is a second loopback address, so it is another host to the client.
    MisbehavingHttpServer target;
    if (!target.start(QHostAddress(QStringLiteral("127.0.0.2"))))
        QVERIFY(target.start());
    target.setReply(MisbehavingHttpServer::answer(200, "application/json", goodBody(call)));
    MisbehavingHttpServer server;
    QVERIFY(server.start());
    QUrl elsewhere = target.url();
    elsewhere.setPath(QStringLiteral("/collect"));
    server.setReply(MisbehavingHttpServer::answer(status, "text/html",
                                                  "<a href=\"elsewhere\">moved</a>",
                                                  {{"Location", elsewhere.toEncoded()}}));
    const Outcome out = run(call, server.url());
    QVERIFY(out.finished);
    QCOMPARE(out.error.kind(), Kind::Redirected);
    QCOMPARE(out.error.httpStatus(), status);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(target.requestCount(), 0); // credentials never went there
    QVERIFY(out.valueEmpty);
    QVERIFY2(out.message.contains(elsewhere.host() + QLatin1Char(':') +
                                  QString::number(elsewhere.port())),
             qPrintable(out.message));
    QVERIFY2(out.message.contains(QStringLiteral("does not follow redirects")),
             qPrintable(out.message));
}

// --- A Date far from the local clock -------------------------------------------------------

void TestClientFaults::dateFarAway_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<qint64>("skewMs"); // expected, within a minute; 0: ignored
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto at = [](const QDateTime& t) { return MisbehavingHttpServer::httpDate(t); };
    QTest::newRow("five days behind") << at(now.addDays(-5)) << qint64(-5LL * 24 * 3600 * 1000);
    QTest::newRow("three years ahead") << at(now.addYears(3)) << now.msecsTo(now.addYears(3));
    QTest::newRow("the Unix epoch") << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << qint64(0);
    QTest::newRow("year 1900") << QByteArray("Mon, 01 Jan 1900 00:00:00 GMT") << qint64(0);
    QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << qint64(0);
    QTest::newRow("year 0001") << QByteArray("Mon, 01 Jan 0001 00:00:00 GMT") << qint64(0);
    QTest::newRow("five-digit year") << QByteArray("Sat, 01 Jan 99999 00:00:00 GMT") << qint64(0);
    QTest::newRow("garbage") << QByteArray("Someday, 99 Foo 2026 99:99:99 GMT") << qint64(0);
}

void TestClientFaults::dateFarAway()
{
    QFETCH(QByteArray, date);
    QFETCH(qint64, skewMs);
    MisbehavingHttpServer server;
    QVERIFY(server.start());
    server.setReply(
        MisbehavingHttpServer::answer(200, "application/json", accountJson(), {{"Date", date}}));
    AdminClient client(server.url());
    client.setTimeout(kIdleTimeoutMs);
    QSignalSpy changed(&client, &AdminClient::clockSkewChanged);
    const Outcome out = run(QStringLiteral("get"), server.url(), &client);
    QVERIFY(out.finished);
    QVERIFY2(!out.error.isError(), qPrintable(out.message)); // the answer itself is fine
    QVERIFY2(qAbs(client.clockSkewMs() - skewMs) < 60000,
             qPrintable(QString::number(client.clockSkewMs())));
    QCOMPARE(changed.count(), skewMs == 0 ? 0 : 1);
    // Bounded: at most ten years either way, and the corrected clock is a usable time.
    QVERIFY(qAbs(client.clockSkewMs()) <= 11 * kYearMs);
    QVERIFY(client.serverNow().isValid());
}

// --- Paging that fails on a later page delivers no partial list -------------------------------

void TestClientFaults::failureMidPaging_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("session expires")
        << "session expired" << int(Kind::SessionExpired) << "Enter your password";
    QTest::newRow("connection reset") << "reset" << int(Kind::Incomplete) << "broke off";
    QTest::newRow("stall") << "stall" << int(Kind::Incomplete) << "broke off";
    QTest::newRow("HTML page") << "html" << int(Kind::BadResponse) << "a web page instead of JSON";
}

void TestClientFaults::failureMidPaging()
{
    QFETCH(QString, failure);
    QFETCH(int, kind);
    QFETCH(QString, says);
    MisbehavingHttpServer server;
    QVERIFY(server.start());
    // Pages of two: page 1 and 2 are fine, page 3 fails.
    server.setScript([failure](int, const QByteArray& head) {
        const QByteArray line = head.left(head.indexOf('\r'));
        if (!line.contains("cursor="))
            return MisbehavingHttpServer::answer(
                200, "application/json",
                pageJson({QStringLiteral("tok_1"), QStringLiteral("tok_2")}, QStringLiteral("p2")));
        if (line.contains("cursor=p2"))
            return MisbehavingHttpServer::answer(
                200, "application/json",
                pageJson({QStringLiteral("tok_3"), QStringLiteral("tok_4")}, QStringLiteral("p3")));
        const QByteArray page3 = pageJson({QStringLiteral("tok_5")}, {});
        if (failure == QLatin1String("session expired"))
            return MisbehavingHttpServer::answer(
                401, "application/json",
                R"({"error":{"code":"session_expired","message":"The session has expired."}})");
        if (failure == QLatin1String("reset"))
            return MisbehavingHttpServer::act(Act::Reset);
        if (failure == QLatin1String("stall"))
            return MisbehavingHttpServer::act(Act::StallMidBody, page3, page3.size() / 2);
        return MisbehavingHttpServer::answer(200, "text/html", "<html>Maintenance</html>");
    });
    AdminClient client(server.url());
    client.setTimeout(kIdleTimeoutMs);
    QSignalSpy expired(&client, &AdminClient::sessionExpired);
    const Outcome out = run(QStringLiteral("tokens"), server.url(), &client);
    QVERIFY(out.finished);
    QCOMPARE(ApiError::kindName(out.error.kind()), ApiError::kindName(Kind(kind)));
    QVERIFY2(out.valueEmpty, "a partial list reached the caller");
    QVERIFY2(out.message.contains(says), qPrintable(out.message));
    QVERIFY(server.requestCount() >= 3);
    QCOMPARE(expired.count(), Kind(kind) == Kind::SessionExpired ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestClientFaults)
#include "TestClientFaults.moc"
