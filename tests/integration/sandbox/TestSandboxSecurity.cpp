// SPDX-License-Identifier: GPL-3.0-or-later
// Hard edges: lockout, session expiry, oversized and malformed input, and garbage that must
// never crash the server or produce anything but the contract's JSON errors.
#include "ApiClient.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace TokenConsole::Testing;

class TestSandboxSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        // Functions that move the clock or lock a login get a fresh sandbox; the stateless
        // ones share one, which keeps the data-driven rows quick.
        static const QStringList stateful{"fiveFailuresLockTheLoginForFifteenMinutes",
                                          "sessionsExpireAfterEightIdleHours"};
        const bool fresh = stateful.contains(QLatin1String(QTest::currentTestFunction()));
        if (!m_sandbox || fresh || m_dirty) {
            m_sandbox = std::make_unique<SandboxProcess>();
            QString error;
            QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        }
        m_dirty = fresh;
        m_client = std::make_unique<ApiClient>(m_sandbox->url());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void fiveFailuresLockTheLoginForFifteenMinutes()
    {
        for (int i = 0; i < 5; ++i) {
            const HttpResult r = m_client->post(
                "/api/v1/sessions", {{"login", "viewer@acme.example"}, {"password", "guess"}});
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), "invalid_credentials");
        }
        const HttpResult locked = m_client->post(
            "/api/v1/sessions", {{"login", "Viewer@Acme.example"}, {"password", "sandbox-viewer"}});
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.errorCode(), "too_many_attempts");
        QVERIFY(locked.header("Retry-After").toInt() > 0);
        // Other logins are unaffected.
        QVERIFY(!m_client->signIn("admin@acme.example", "sandbox-admin").isEmpty());
        // The lock ends with the server clock.
        QVERIFY(m_sandbox->advanceDays(1));
        QVERIFY(!m_client->signIn("viewer@acme.example", "sandbox-viewer").isEmpty());
    }

    void sessionsExpireAfterEightIdleHours()
    {
        QVERIFY(!m_client->signIn("admin@acme.example", "sandbox-admin").isEmpty());
        QVERIFY(m_sandbox->advanceDays(0));
        QCOMPARE(m_client->get("/api/v1/account").status, 200);
        QVERIFY(m_sandbox->advanceDays(1));
        const HttpResult r = m_client->get("/api/v1/account");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), "session_expired");
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray big = "{\"name\":\"" + QByteArray(70 * 1024, 'x') + "\"}";
        QTest::newRow("65 KiB sign-in")
            << QByteArray("POST") << "/api/v1/sessions" << big << 413 << "body_too_large";
        QTest::newRow("65 KiB provision")
            << QByteArray("POST") << "/api/v1/tokens" << big << 413 << "body_too_large";
        QTest::newRow("65 KiB unknown path")
            << QByteArray("POST") << "/nowhere" << big << 413 << "body_too_large";
        QTest::newRow("truncated JSON")
            << QByteArray("POST") << "/api/v1/tokens" << QByteArray("{\"userId\": 1006, \"name\"")
            << 400 << "invalid_json";
        QTest::newRow("binary") << QByteArray("POST") << "/api/v1/tokens"
                                << QByteArray("\x00\xff\xfe\x01", 4) << 400 << "invalid_json";
        QTest::newRow("JSON string") << QByteArray("POST") << "/api/v1/tokens"
                                     << QByteArray("\"hello\"") << 422 << "invalid_request";
        QTest::newRow("userId null") << QByteArray("POST") << "/api/v1/tokens"
                                     << QByteArray("{\"userId\":null,\"name\":\"a\",\"access\":"
                                                   "\"all_endpoints\"}")
                                     << 422 << "invalid_request";
        QTest::newRow("userId huge") << QByteArray("POST") << "/api/v1/tokens"
                                     << QByteArray("{\"userId\":1e300,\"name\":\"a\",\"access\":"
                                                   "\"all_endpoints\"}")
                                     << 422 << "invalid_request";
        QTest::newRow("access object") << QByteArray("POST") << "/api/v1/tokens"
                                       << QByteArray("{\"userId\":1006,\"name\":\"a\",\"access\":"
                                                     "{}}")
                                       << 422 << "invalid_access";
        QTest::newRow("empty body")
            << QByteArray("POST") << "/api/v1/tokens" << QByteArray() << 400 << "invalid_json";
    }
    void badBodies()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QVERIFY(!m_client->signIn("admin@acme.example", "sandbox-admin").isEmpty());
        const HttpResult r = m_client->send(method, path, body);
        QVERIFY(r.finished);
        QVERIFY2(r.status == status, r.body.left(300).constData());
        QCOMPARE(r.errorCode(), code);
    }

    // Random but reproducible requests: every answer is a JSON error or success, never a 5xx.
    void fuzzedRequestsGetJsonAnswers()
    {
        QVERIFY(!m_client->signIn("admin@acme.example", "sandbox-admin").isEmpty());
        QRandomGenerator rng(20261128);
        const QList<QByteArray> methods{"GET", "POST", "PATCH", "DELETE", "PUT", "OPTIONS"};
        const QStringList paths{"/api/v1/tokens",
                                "/api/v1/tokens/tok_demosalesforce0001",
                                "/api/v1/tokens/tok_demomarketo000002/disable",
                                "/api/v1/tokens/%00/enable",
                                "/api/v1/sessions",
                                "/api/v1/audit",
                                "/api/v1/users",
                                "/v2/client/10001",
                                "/v2/client/%E2%9C%93/event",
                                "/api/v1/tokens/" + QString(300, QLatin1Char('z')),
                                "/sandbox/v1/clock",
                                "/api/v1/tokens?limit=-1&cursor=%FF"};
        auto randomBytes = [&rng](int max) {
            QByteArray b(int(rng.bounded(max)), Qt::Uninitialized);
            for (char& c : b)
                c = char(rng.bounded(256));
            return b;
        };
        const QList<QByteArray> bodies{"{}",
                                       "[]",
                                       "null",
                                       "{\"name\":[]}",
                                       "{\"userId\":-1}",
                                       "{\"advanceDays\":\"x\"}",
                                       "{\"name\":\"\\u0000\"}",
                                       "{\"login\":{},\"password\":[]}"};
        for (int i = 0; i < 150; ++i) {
            const QByteArray method = methods.at(int(rng.bounded(methods.size())));
            const QString path = paths.at(int(rng.bounded(paths.size())));
            const QByteArray body =
                (i % 3 == 0) ? randomBytes(200) : bodies.at(int(rng.bounded(bodies.size())));
            const HttpResult r = m_client->send(method, path, body,
                                                {{"If-Match", randomBytes(8).toHex()},
                                                 {"accessTokenKey", randomBytes(40).toBase64()}});
            QVERIFY2(r.finished, qPrintable(QString::fromLatin1(method) + ' ' + path));
            QVERIFY2(r.status >= 200 && r.status < 500,
                     qPrintable(QStringLiteral("%1 %2 -> %3")
                                    .arg(QString::fromLatin1(method), path)
                                    .arg(r.status)));
            if (r.status != 204)
                QVERIFY2(!r.json.isEmpty(), r.body.left(200).constData());
        }
        QCOMPARE(m_client->get("/api/v1/account").status, 200);
    }

    // Bytes that are not HTTP at all, on raw sockets: the server drops them and lives on.
    void garbageOnTheWireDoesNotKillIt()
    {
        QRandomGenerator rng(7);
        QList<QByteArray> payloads{
            "GARBAGE\r\n\r\n",
            QByteArray("\x00\xff\xfe\x00", 4).repeated(64),
            "GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
            "POST /api/v1/tokens HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "GET /" + QByteArray(20000, 'a') + " HTTP/1.1\r\n\r\n",
            "GET /api/v1/account HTTP/1.1\r\nAuthorization: Bearer " + QByteArray(20000, 'x') +
                "\r\n\r\n",
            "GET /api/v1/account HTTP/9.9\r\n\r\n",
        };
        for (int i = 0; i < 40; ++i) {
            QByteArray b(int(rng.bounded(1, 600)), Qt::Uninitialized);
            for (char& c : b)
                c = char(rng.bounded(256));
            payloads.append(b);
        }
        for (const QByteArray& payload : payloads) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(m_sandbox->url().port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write(payload);
            QVERIFY(socket.waitForBytesWritten(5000));
            socket.disconnectFromHost();
            if (socket.state() != QAbstractSocket::UnconnectedState)
                socket.waitForDisconnected(2000);
        }
        const HttpResult r = m_client->post(
            "/api/v1/sessions", {{"login", "admin@acme.example"}, {"password", "sandbox-admin"}});
        QCOMPARE(r.status, 201);
    }

    void everyAnswerCarriesDateAndJson_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("404") << QByteArray("GET") << "/x";
        QTest::newRow("405") << QByteArray("DELETE") << "/api/v1/audit";
        QTest::newRow("401") << QByteArray("GET") << "/api/v1/tokens";
        QTest::newRow("v2 401") << QByteArray("GET") << "/v2/client/10001";
        QTest::newRow("v2 404") << QByteArray("GET") << "/v2/nothing";
        QTest::newRow("200") << QByteArray("POST") << "/sandbox/v1/clock";
    }
    void everyAnswerCarriesDateAndJson()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const HttpResult r =
            m_client->send(method, path, method == "POST" ? "{\"advanceDays\":0}" : QByteArray());
        QVERIFY(r.finished);
        QVERIFY(r.header("Date").endsWith(" GMT"));
        QCOMPARE(r.header("Content-Type"), "application/json");
        QVERIFY(!r.json.isEmpty());
    }

    // RFC 9110 15.5.2: a 401 names the scheme to use. The Admin API takes a Bearer session
    // (RFC 6750: error="invalid_token" when the one sent is unknown or expired). The ON24
    // routes answer as ON24 does, whose 401s are documented without the header.
    void unauthorizedAnswersNameTheScheme_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("challenge");
        const QByteArray realm = "Bearer realm=\"token-console\"";
        const QByteArray invalid = realm + ", error=\"invalid_token\"";
        QTest::newRow("no session")
            << QByteArray("GET") << "/api/v1/tokens" << QByteArray() << QByteArray() << realm;
        QTest::newRow("other scheme") << QByteArray("GET") << "/api/v1/account"
                                      << QByteArray("Basic YWRtaW46eA==") << QByteArray() << realm;
        QTest::newRow("unknown session")
            << QByteArray("DELETE") << "/api/v1/sessions/current"
            << QByteArray("Bearer 0123456789abcdef") << QByteArray() << invalid;
        QTest::newRow("wrong password")
            << QByteArray("POST") << "/api/v1/sessions" << QByteArray()
            << QByteArray(R"({"login":"viewer@acme.example","password":"nope"})") << realm;
        QTest::newRow("v2") << QByteArray("GET") << "/v2/client/10001" << QByteArray()
                            << QByteArray() << QByteArray();
    }
    void unauthorizedAnswersNameTheScheme()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, challenge);
        HeaderList headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpResult r = m_client->send(method, path, body, headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("WWW-Authenticate"), challenge);
    }

    void expiredSessionsAreInvalidTokens()
    {
        QVERIFY(!m_client->signIn("admin@acme.example", "sandbox-admin").isEmpty());
        QVERIFY(m_sandbox->advanceDays(1));
        m_dirty = true; // the clock moved
        const HttpResult r = m_client->get("/api/v1/account");
        QCOMPARE(r.errorCode(), "session_expired");
        QCOMPARE(r.header("WWW-Authenticate"),
                 QByteArray("Bearer realm=\"token-console\", error=\"invalid_token\""));
    }

    void clockRouteNeedsClockControl()
    {
        SandboxProcess::Options options;
        options.clockControl = false;
        SandboxProcess plain;
        QString error;
        QVERIFY2(plain.start(options, &error), qPrintable(error));
        QVERIFY(!plain.advanceDays(1));
        ApiClient client(plain.url());
        const HttpResult r = client.post("/sandbox/v1/clock", {{"advanceDays", 1}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), "not_found");
    }

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    bool m_dirty = false;
};

QTEST_GUILESS_MAIN(TestSandboxSecurity)
#include "TestSandboxSecurity.moc"
