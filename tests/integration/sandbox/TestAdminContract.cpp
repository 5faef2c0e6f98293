// SPDX-License-Identifier: GPL-3.0-or-later
// Every error row (and the plain success status of every route) of the Token Admin API v1
// table in DESIGN.md, against the real sandbox process. Rows don't change state, so one
// server serves them all.
#include "ApiClient.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace TokenConsole::Testing;

namespace {
const QString salesforce = QStringLiteral("tok_demosalesforce0001");
const QString tableau = QStringLiteral("tok_demotableau000003");

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestAdminContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        ApiClient client(m_sandbox.url());
        for (const auto& [actor, login, password] :
             {std::tuple{"admin", "admin@acme.example", "sandbox-admin"},
              std::tuple{"viewer", "viewer@acme.example", "sandbox-viewer"},
              std::tuple{"globex", "admin@globex.example", "sandbox-admin"}}) {
            const QString session =
                client.signIn(QString::fromLatin1(login), QString::fromLatin1(password));
            QVERIFY2(!session.isEmpty(), login);
            m_sessions.insert(QString::fromLatin1(actor), session);
        }
        m_sessions.insert(QStringLiteral("none"), QString());
        m_sessions.insert(QStringLiteral("garbage"), QStringLiteral("not-a-session"));
    }

    void contractRows_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("ifMatch"); // empty: not sent
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code"); // error code, empty for success

        const QByteArray none;
        auto provision = [](const QJsonValue& userId, const QJsonValue& name,
                            const QJsonValue& access) {
            QJsonObject o;
            if (!userId.isUndefined())
                o.insert(QStringLiteral("userId"), userId);
            if (!name.isUndefined())
                o.insert(QStringLiteral("name"), name);
            if (!access.isUndefined())
                o.insert(QStringLiteral("access"), access);
            return json(o);
        };
        const QJsonValue all = QStringLiteral("all_endpoints");
        const QJsonValue undefined(QJsonValue::Undefined);
        const QString tokenPath = QStringLiteral("/api/v1/tokens/") + salesforce;

        // POST /api/v1/sessions
        QTest::newRow("sessions: wrong password")
            << "none" << QByteArray("POST") << "/api/v1/sessions"
            << json({{"login", "viewer@acme.example"}, {"password", "wrong"}}) << none << 401
            << "invalid_credentials";
        QTest::newRow("sessions: unknown login")
            << "none" << QByteArray("POST") << "/api/v1/sessions"
            << json({{"login", "nobody@acme.example"}, {"password", "x"}}) << none << 401
            << "invalid_credentials";
        QTest::newRow("sessions: login without password")
            << "none" << QByteArray("POST") << "/api/v1/sessions"
            << json({{"login", "eva@acme.example"}, {"password", ""}}) << none << 401
            << "invalid_credentials";
        QTest::newRow("sessions: malformed JSON")
            << "none" << QByteArray("POST") << "/api/v1/sessions" << QByteArray("{\"login\":")
            << none << 400 << "invalid_json";
        QTest::newRow("sessions: wrong types")
            << "none" << QByteArray("POST") << "/api/v1/sessions"
            << json({{"login", 5}, {"password", true}}) << none << 422 << "invalid_request";
        QTest::newRow("sessions: not an object")
            << "none" << QByteArray("POST") << "/api/v1/sessions" << QByteArray("[]") << none << 422
            << "invalid_request";
        // DELETE /api/v1/sessions/current
        QTest::newRow("sign out: no session")
            << "none" << QByteArray("DELETE") << "/api/v1/sessions/current" << none << none << 401
            << "unauthorized";
        // GET /api/v1/account
        QTest::newRow("account") << "admin" << QByteArray("GET") << "/api/v1/account" << none
                                 << none << 200 << "";
        QTest::newRow("account: no session") << "none" << QByteArray("GET") << "/api/v1/account"
                                             << none << none << 401 << "unauthorized";
        QTest::newRow("account: unknown session")
            << "garbage" << QByteArray("GET") << "/api/v1/account" << none << none << 401
            << "unauthorized";
        // GET /api/v1/users
        QTest::newRow("users") << "viewer" << QByteArray("GET") << "/api/v1/users" << none << none
                               << 200 << "";
        QTest::newRow("users: no session") << "none" << QByteArray("GET") << "/api/v1/users" << none
                                           << none << 401 << "unauthorized";
        // GET /api/v1/tokens
        QTest::newRow("tokens") << "viewer" << QByteArray("GET") << "/api/v1/tokens?limit=2" << none
                                << none << 200 << "";
        QTest::newRow("tokens: garbage cursor")
            << "admin" << QByteArray("GET") << "/api/v1/tokens?cursor=garbage!" << none << none
            << 400 << "invalid_cursor";
        QTest::newRow("tokens: limit 0") << "admin" << QByteArray("GET") << "/api/v1/tokens?limit=0"
                                         << none << none << 400 << "invalid_limit";
        QTest::newRow("tokens: limit 1001")
            << "admin" << QByteArray("GET") << "/api/v1/tokens?limit=1001" << none << none << 400
            << "invalid_limit";
        QTest::newRow("tokens: limit text")
            << "admin" << QByteArray("GET") << "/api/v1/tokens?limit=many" << none << none << 400
            << "invalid_limit";
        QTest::newRow("tokens: no session") << "none" << QByteArray("GET") << "/api/v1/tokens"
                                            << none << none << 401 << "unauthorized";
        // GET /api/v1/tokens/{id}
        QTest::newRow("token") << "viewer" << QByteArray("GET") << tokenPath << none << none << 200
                               << "";
        QTest::newRow("token: unknown") << "admin" << QByteArray("GET") << "/api/v1/tokens/tok_nope"
                                        << none << none << 404 << "not_found";
        QTest::newRow("token: another account's")
            << "globex" << QByteArray("GET") << tokenPath << none << none << 404 << "not_found";
        // POST /api/v1/tokens
        QTest::newRow("provision: no Manage Users")
            << "viewer" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1006, QStringLiteral("X"), all) << none << 403 << "permission_denied";
        QTest::newRow("provision: no Connect") << "globex" << QByteArray("POST") << "/api/v1/tokens"
                                               << provision(2002, QStringLiteral("X"), all) << none
                                               << 403 << "connect_not_in_contract";
        QTest::newRow("provision: login has a token")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1003, QStringLiteral("Second"), all) << none << 409 << "token_exists";
        QTest::newRow("provision: disabled token still counts")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1005, QStringLiteral("Second"), all) << none << 409 << "token_exists";
        QTest::newRow("provision: empty name")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1006, QStringLiteral("   "), all) << none << 422 << "invalid_name";
        QTest::newRow("provision: 65-char name")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1006, QString(65, QLatin1Char('n')), all) << none << 422 << "invalid_name";
        QTest::newRow("provision: control char")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1006, QStringLiteral("a\tb"), all) << none << 422 << "invalid_name";
        QTest::newRow("provision: right-to-left override")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1006, QStringLiteral("Sales\u202Eecrof"), all) << none << 422
            << "invalid_name";
        QTest::newRow("provision: zero-width space")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1006, QStringLiteral("Sales\u200Bforce"), all) << none << 422
            << "invalid_name";
        QTest::newRow("provision: only a byte order mark")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << QByteArray(R"({"userId":1006,"name":"\ufeff","access":"all_endpoints"})") << none
            << 422 << "invalid_name";
        QTest::newRow("provision: name not a string")
            << "admin" << QByteArray("POST") << "/api/v1/tokens" << provision(1006, 42, all) << none
            << 422 << "invalid_name";
        QTest::newRow("provision: name missing")
            << "admin" << QByteArray("POST") << "/api/v1/tokens" << provision(1006, undefined, all)
            << none << 422 << "invalid_name";
        QTest::newRow("provision: unknown access")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1006, QStringLiteral("X"), QStringLiteral("everything")) << none << 422
            << "invalid_access";
        QTest::newRow("provision: empty access list")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1006, QStringLiteral("X"), QJsonArray{}) << none << 422
            << "invalid_access";
        QTest::newRow("provision: unknown area")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1006, QStringLiteral("X"), QJsonArray{QStringLiteral("billing")}) << none
            << 422 << "invalid_access";
        QTest::newRow("provision: access missing")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1006, QStringLiteral("X"), undefined) << none << 422 << "invalid_access";
        QTest::newRow("provision: unknown user")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(99999, QStringLiteral("X"), all) << none << 422 << "unknown_user";
        QTest::newRow("provision: another account's user")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(2002, QStringLiteral("X"), all) << none << 422 << "unknown_user";
        QTest::newRow("provision: userId as string")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(QStringLiteral("1006"), QStringLiteral("X"), all) << none << 422
            << "invalid_request";
        QTest::newRow("provision: fractional userId")
            << "admin" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1006.5, QStringLiteral("X"), all) << none << 422 << "invalid_request";
        QTest::newRow("provision: malformed JSON")
            << "admin" << QByteArray("POST") << "/api/v1/tokens" << QByteArray("{userId:1}") << none
            << 400 << "invalid_json";
        QTest::newRow("provision: no session")
            << "none" << QByteArray("POST") << "/api/v1/tokens"
            << provision(1006, QStringLiteral("X"), all) << none << 401 << "unauthorized";
        // PATCH /api/v1/tokens/{id}
        QTest::newRow("rename: no If-Match")
            << "admin" << QByteArray("PATCH") << tokenPath << json({{"name", "Renamed"}}) << none
            << 428 << "if_match_required";
        QTest::newRow("rename: stale version")
            << "admin" << QByteArray("PATCH") << tokenPath << json({{"name", "Renamed"}})
            << QByteArray("\"999\"") << 412 << "version_mismatch";
        QTest::newRow("rename: garbage If-Match")
            << "admin" << QByteArray("PATCH") << tokenPath << json({{"name", "Renamed"}})
            << QByteArray("\"abc\"") << 412 << "version_mismatch";
        QTest::newRow("rename: invalid name")
            << "admin" << QByteArray("PATCH") << tokenPath << json({{"name", ""}})
            << QByteArray("\"3\"") << 422 << "invalid_name";
        QTest::newRow("rename: bidi isolate")
            << "admin" << QByteArray("PATCH") << tokenPath
            << json({{"name", QStringLiteral("\u2067Salesforce\u2069")}}) << QByteArray("\"3\"")
            << 422 << "invalid_name";
        QTest::newRow("rename: no Manage Users")
            << "viewer" << QByteArray("PATCH") << tokenPath << json({{"name", "Renamed"}})
            << QByteArray("\"3\"") << 403 << "permission_denied";
        QTest::newRow("rename: unknown token")
            << "admin" << QByteArray("PATCH") << "/api/v1/tokens/tok_nope"
            << json({{"name", "Renamed"}}) << QByteArray("\"1\"") << 404 << "not_found";
        QTest::newRow("rename: malformed JSON")
            << "admin" << QByteArray("PATCH") << tokenPath << QByteArray("{") << QByteArray("\"3\"")
            << 400 << "invalid_json";
        // POST /api/v1/tokens/{id}/disable and /enable
        QTest::newRow("disable: already disabled")
            << "admin" << QByteArray("POST") << "/api/v1/tokens/" + tableau + "/disable" << none
            << none << 409 << "already_disabled";
        QTest::newRow("disable: no Manage Users")
            << "viewer" << QByteArray("POST") << tokenPath + "/disable" << none << none << 403
            << "permission_denied";
        QTest::newRow("disable: unknown token")
            << "admin" << QByteArray("POST") << "/api/v1/tokens/tok_nope/disable" << none << none
            << 404 << "not_found";
        QTest::newRow("enable: already active")
            << "admin" << QByteArray("POST") << tokenPath + "/enable" << none << none << 409
            << "already_active";
        QTest::newRow("enable: no Manage Users")
            << "viewer" << QByteArray("POST") << "/api/v1/tokens/" + tableau + "/enable" << none
            << none << 403 << "permission_denied";
        QTest::newRow("enable: another account's token")
            << "globex" << QByteArray("POST") << "/api/v1/tokens/" + tableau + "/enable" << none
            << none << 404 << "not_found";
        // GET /api/v1/tokens/{id}/activity
        QTest::newRow("activity") << "viewer" << QByteArray("GET") << tokenPath + "/activity"
                                  << none << none << 200 << "";
        QTest::newRow("activity: limit 0")
            << "admin" << QByteArray("GET") << tokenPath + "/activity?limit=0" << none << none
            << 400 << "invalid_limit";
        QTest::newRow("activity: unknown token")
            << "admin" << QByteArray("GET") << "/api/v1/tokens/tok_nope/activity" << none << none
            << 404 << "not_found";
        // GET /api/v1/audit
        QTest::newRow("audit") << "viewer" << QByteArray("GET") << "/api/v1/audit" << none << none
                               << 200 << "";
        QTest::newRow("audit: garbage cursor")
            << "admin" << QByteArray("GET") << "/api/v1/audit?cursor=%25%25" << none << none << 400
            << "invalid_cursor";
        QTest::newRow("audit: limit 5000")
            << "admin" << QByteArray("GET") << "/api/v1/audit?limit=5000" << none << none << 400
            << "invalid_limit";
        QTest::newRow("audit: no session") << "none" << QByteArray("GET") << "/api/v1/audit" << none
                                           << none << 401 << "unauthorized";
        // Outside the table
        QTest::newRow("unknown route") << "admin" << QByteArray("GET") << "/api/v1/nothing" << none
                                       << none << 404 << "not_found";
        QTest::newRow("root") << "none" << QByteArray("GET") << "/" << none << none << 404
                              << "not_found";
        QTest::newRow("wrong method") << "admin" << QByteArray("PUT") << "/api/v1/tokens" << none
                                      << none << 405 << "method_not_allowed";
        QTest::newRow("clock: GET") << "none" << QByteArray("GET") << "/sandbox/v1/clock" << none
                                    << none << 405 << "method_not_allowed";
        QTest::newRow("clock: bad body")
            << "none" << QByteArray("POST") << "/sandbox/v1/clock" << json({{"advanceDays", -3}})
            << none << 422 << "invalid_request";
    }
    void contractRows()
    {
        QFETCH(QString, actor);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, ifMatch);
        QFETCH(int, status);
        QFETCH(QString, code);
        ApiClient client(m_sandbox.url());
        client.setSession(m_sessions.value(actor));
        HeaderList headers;
        if (!ifMatch.isEmpty())
            headers.append({"If-Match", ifMatch});
        const HttpResult r = client.send(method, path, body, headers);
        QVERIFY(r.finished);
        QVERIFY2(
            r.status == status,
            qPrintable(
                QStringLiteral("status %1, body %2").arg(r.status).arg(QString::fromUtf8(r.body))));
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY(!r.header("Date").isEmpty());
        if (code.isEmpty()) {
            QVERIFY(!r.json.contains(QStringLiteral("error")));
            return;
        }
        QCOMPARE(r.errorCode(), code);
        const QString message = r.json.value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.size() > 10, "every error says what happened in a sentence");
        if (status == 405)
            QVERIFY(!r.header("Allow").isEmpty());
    }

    void staleRenameCarriesTheCurrentToken()
    {
        ApiClient client(m_sandbox.url());
        client.setSession(m_sessions.value(QStringLiteral("admin")));
        const HttpResult r = client.send("PATCH", QStringLiteral("/api/v1/tokens/") + salesforce,
                                         json({{"name", "Other"}}), {{"If-Match", "\"1\""}});
        QCOMPARE(r.status, 412);
        QCOMPARE(r.json.value(QStringLiteral("token")).toObject().value(QStringLiteral("id")),
                 QJsonValue(salesforce));
    }

private:
    SandboxProcess m_sandbox;
    QHash<QString, QString> m_sessions;
};

QTEST_GUILESS_MAIN(TestAdminContract)
#include "TestAdminContract.moc"
