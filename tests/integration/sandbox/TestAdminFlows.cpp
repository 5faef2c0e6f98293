// SPDX-License-Identifier: GPL-3.0-or-later
// The success paths of the Token Admin API v1: shapes, versions, ETags, paging, audit.
// A fresh demo sandbox per test function keeps them independent.
#include "ApiClient.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace TokenConsole::Testing;

namespace {
const QString salesforce = QStringLiteral("tok_demosalesforce0001");
const QString marketo = QStringLiteral("tok_demomarketo000002");
const QString tableau = QStringLiteral("tok_demotableau000003");
constexpr qint64 day = 86400;

QDateTime time(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

// |a - b| within a few seconds (the test and the server read the clock at different moments)
bool near(const QDateTime& a, qint64 expectedSecs)
{
    return a.isValid() && qAbs(a.toSecsSinceEpoch() - expectedSecs) <= 5;
}

QJsonObject findToken(const QJsonArray& items, const QString& id)
{
    for (const QJsonValue& v : items) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}
} // namespace

class TestAdminFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_client = std::make_unique<ApiClient>(m_sandbox->url());
        QVERIFY(
            !m_client->signIn(QStringLiteral("admin@acme.example"), QStringLiteral("sandbox-admin"))
                 .isEmpty());
    }

    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void signInReturnsSessionUserAndAccount()
    {
        ApiClient client(m_sandbox->url());
        const HttpResult r = client.post(QStringLiteral("/api/v1/sessions"),
                                         {{QStringLiteral("login"), "ADMIN@acme.example "},
                                          {QStringLiteral("password"), "sandbox-admin"}});
        QCOMPARE(r.status, 201);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
                    .match(r.json.value(QStringLiteral("session")).toString())
                    .hasMatch());
        QVERIFY(near(time(r.json.value(QStringLiteral("expiresAt"))),
                     QDateTime::currentSecsSinceEpoch() + 8 * 3600));
        const QJsonObject user = r.json.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("id")).toInteger(), 1001);
        QCOMPARE(user.value(QStringLiteral("login")).toString(), "admin@acme.example");
        QVERIFY(!user.value(QStringLiteral("displayName")).toString().isEmpty());
        QCOMPARE(user.value(QStringLiteral("permissions")).toArray(),
                 QJsonArray{QStringLiteral("manage_users")});
        const QJsonObject account = r.json.value(QStringLiteral("account")).toObject();
        QCOMPARE(account.value(QStringLiteral("clientId")).toInteger(), 10001);
        QCOMPARE(account.value(QStringLiteral("name")).toString(), "Acme Webinars");

        const QString viewer =
            client.signIn(QStringLiteral("viewer@acme.example"), QStringLiteral("sandbox-viewer"));
        QVERIFY(!viewer.isEmpty());
        QCOMPARE(client.get(QStringLiteral("/api/v1/account")).status, 200);
    }

    void accountHasFeaturesAndPolicy()
    {
        const HttpResult r = m_client->get(QStringLiteral("/api/v1/account"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("features")).toArray(),
                 QJsonArray{QStringLiteral("connect")});
        const QJsonObject policy = r.json.value(QStringLiteral("policy")).toObject();
        QCOMPARE(policy.value(QStringLiteral("inactivityDays")).toInt(), 60);
        QCOMPARE(policy.value(QStringLiteral("warningDays")).toArray(), (QJsonArray{14, 7, 3, 1}));

        ApiClient globex(m_sandbox->url());
        globex.signIn(QStringLiteral("admin@globex.example"), QStringLiteral("sandbox-admin"));
        const HttpResult g = globex.get(QStringLiteral("/api/v1/account"));
        QCOMPARE(g.json.value(QStringLiteral("clientId")).toInteger(), 10002);
        QCOMPARE(g.json.value(QStringLiteral("features")).toArray(), QJsonArray{});
    }

    void usersAreTheAccountsOnly()
    {
        const HttpResult r = m_client->get(QStringLiteral("/api/v1/users"));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 7);
        QHash<QString, bool> hasToken;
        for (const QJsonValue& v : items) {
            const QJsonObject u = v.toObject();
            QVERIFY(u.value(QStringLiteral("id")).isDouble());
            QVERIFY(!u.value(QStringLiteral("displayName")).toString().isEmpty());
            QVERIFY(!u.value(QStringLiteral("loginType")).toString().isEmpty());
            QVERIFY(u.value(QStringLiteral("login")).toString().endsWith("@acme.example"));
            hasToken.insert(u.value(QStringLiteral("login")).toString(),
                            u.value(QStringLiteral("hasToken")).toBool());
        }
        QVERIFY(hasToken.value(QStringLiteral("jane@acme.example")));
        QVERIFY(hasToken.value(QStringLiteral("raj@acme.example")));
        QVERIFY(hasToken.value(QStringLiteral("li@acme.example")));
        QVERIFY(!hasToken.value(QStringLiteral("omar@acme.example")));
        QVERIFY(!hasToken.value(QStringLiteral("eva@acme.example")));
    }

    void demoTokensAreAsDocumented()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const HttpResult r = m_client->get(QStringLiteral("/api/v1/tokens"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("nextCursor")).isNull());
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        const QStringList fields{"id",
                                 "name",
                                 "key",
                                 "userId",
                                 "login",
                                 "access",
                                 "status",
                                 "disabledReason",
                                 "createdAt",
                                 "createdBy",
                                 "lastActivityAt",
                                 "inactiveSince",
                                 "autoDisableAt",
                                 "disabledAt",
                                 "owner", // v1.1
                                 "notes",
                                 "rotatedAt",
                                 "previousSecretExpiresAt",
                                 "version"};
        for (const QJsonValue& v : items) {
            const QJsonObject t = v.toObject();
            QCOMPARE(t.keys().size(), fields.size());
            for (const QString& f : fields)
                QVERIFY2(t.contains(f), qPrintable(f));
            QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{32}$"))
                        .match(t.value(QStringLiteral("key")).toString())
                        .hasMatch());
            QCOMPARE(t.value(QStringLiteral("access")).toString(), "all_endpoints");
            QVERIFY(!t.contains(QStringLiteral("secret")));
        }
        const QJsonObject sf = findToken(items, salesforce);
        QCOMPARE(sf.value(QStringLiteral("name")).toString(), "Salesforce");
        QCOMPARE(sf.value(QStringLiteral("login")).toString(), "jane@acme.example");
        QCOMPARE(sf.value(QStringLiteral("status")).toString(), "active");
        QVERIFY(sf.value(QStringLiteral("disabledReason")).isNull());
        QVERIFY(near(time(sf.value(QStringLiteral("lastActivityAt"))), now - day));
        QVERIFY(near(time(sf.value(QStringLiteral("autoDisableAt"))), now + 59 * day));

        const QJsonObject mk = findToken(items, marketo);
        QVERIFY(near(time(mk.value(QStringLiteral("lastActivityAt"))), now - 50 * day));
        QVERIFY(near(time(mk.value(QStringLiteral("inactiveSince"))), now - 50 * day));
        QVERIFY(near(time(mk.value(QStringLiteral("autoDisableAt"))), now + 10 * day));
        QVERIFY(mk.value(QStringLiteral("disabledAt")).isNull());

        const QJsonObject tb = findToken(items, tableau);
        QCOMPARE(tb.value(QStringLiteral("status")).toString(), "disabled");
        QCOMPARE(tb.value(QStringLiteral("disabledReason")).toString(), "inactivity");
        QVERIFY(near(time(tb.value(QStringLiteral("disabledAt"))), now - 12 * day));
        QVERIFY(tb.value(QStringLiteral("autoDisableAt")).isNull());
    }

    void getTokenSendsItsVersionAsEtag()
    {
        const HttpResult r = m_client->get(QStringLiteral("/api/v1/tokens/") + salesforce);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"),
                 '"' + QByteArray::number(r.json.value(QStringLiteral("version")).toInt()) + '"');
    }

    void provisionSendsTheSecretOnce()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const HttpResult r = m_client->post(
            QStringLiteral("/api/v1/tokens"),
            {{QStringLiteral("userId"), 1006},
             {QStringLiteral("name"), QStringLiteral("  BI warehouse  ")},
             {QStringLiteral("access"),
              QJsonArray{QStringLiteral("event_analytics"), QStringLiteral("registration")}}});
        QCOMPARE(r.status, 201);
        const QString secret = r.json.value(QStringLiteral("secret")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{128}$")).match(secret).hasMatch());
        const QJsonObject token = r.json.value(QStringLiteral("token")).toObject();
        QCOMPARE(token.value(QStringLiteral("name")).toString(), "BI warehouse");
        QCOMPARE(token.value(QStringLiteral("userId")).toInteger(), 1006);
        QCOMPARE(token.value(QStringLiteral("login")).toString(), "omar@acme.example");
        QCOMPARE(token.value(QStringLiteral("access")).toArray(),
                 (QJsonArray{QStringLiteral("registration"), QStringLiteral("event_analytics")}));
        QCOMPARE(token.value(QStringLiteral("status")).toString(), "active");
        QCOMPARE(token.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(token.value(QStringLiteral("createdBy")).toString(), "admin@acme.example");
        QVERIFY(token.value(QStringLiteral("lastActivityAt")).isNull());
        QVERIFY(near(time(token.value(QStringLiteral("inactiveSince"))), now));
        QVERIFY(near(time(token.value(QStringLiteral("autoDisableAt"))), now + 60 * day));

        const QString id = token.value(QStringLiteral("id")).toString();
        const HttpResult again = m_client->get(QStringLiteral("/api/v1/tokens/") + id);
        QCOMPARE(again.status, 200);
        QVERIFY2(!again.body.contains(secret.toLatin1()), "the secret is only sent once");
        const HttpResult list = m_client->get(QStringLiteral("/api/v1/tokens"));
        QVERIFY(!list.body.contains(secret.toLatin1()));
        QCOMPARE(list.json.value(QStringLiteral("items")).toArray().size(), 4);

        bool omarHasToken = false;
        for (const QJsonValue& v :
             m_client->get(QStringLiteral("/api/v1/users")).json.value("items").toArray()) {
            if (v.toObject().value("id").toInt() == 1006)
                omarHasToken = v.toObject().value("hasToken").toBool();
        }
        QVERIFY(omarHasToken);

        const QJsonObject entry = m_client->get(QStringLiteral("/api/v1/audit?limit=1"))
                                      .json.value(QStringLiteral("items"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), "provision");
        QCOMPARE(entry.value(QStringLiteral("actor")).toString(), "admin@acme.example");
        QCOMPARE(entry.value(QStringLiteral("tokenId")).toString(), id);
    }

    void renameNeedsTheCurrentVersion()
    {
        const QString path = QStringLiteral("/api/v1/tokens/") + salesforce;
        const HttpResult before = m_client->get(path);
        const QByteArray etag = before.header("ETag");
        const int version = before.json.value(QStringLiteral("version")).toInt();
        const QByteArray body = "{\"name\":\"  Salesforce CRM  \"}";
        const HttpResult renamed = m_client->send("PATCH", path, body, {{"If-Match", etag}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json.value(QStringLiteral("name")).toString(), "Salesforce CRM");
        QCOMPARE(renamed.json.value(QStringLiteral("version")).toInt(), version + 1);
        QCOMPARE(renamed.header("ETag"), '"' + QByteArray::number(version + 1) + '"');

        // The old ETag is stale now: 412 with the current token.
        const HttpResult stale =
            m_client->send("PATCH", path, "{\"name\":\"X\"}", {{"If-Match", etag}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.errorCode(), "version_mismatch");
        QCOMPARE(stale.json.value(QStringLiteral("token"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 "Salesforce CRM");

        const QJsonObject entry = m_client->get(QStringLiteral("/api/v1/audit?limit=1"))
                                      .json.value(QStringLiteral("items"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), "rename");
        QVERIFY(entry.value(QStringLiteral("detail")).toString().contains("Salesforce CRM"));
    }

    void disableThenEnableRestartsTheCount()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString path = QStringLiteral("/api/v1/tokens/") + marketo;
        const int v0 = m_client->get(path).json.value(QStringLiteral("version")).toInt();
        const HttpResult disabled = m_client->send("POST", path + "/disable");
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.json.value(QStringLiteral("status")).toString(), "disabled");
        QCOMPARE(disabled.json.value(QStringLiteral("disabledReason")).toString(), "manual");
        QVERIFY(near(time(disabled.json.value(QStringLiteral("disabledAt"))), now));
        QVERIFY(disabled.json.value(QStringLiteral("autoDisableAt")).isNull());
        QCOMPARE(disabled.json.value(QStringLiteral("version")).toInt(), v0 + 1);

        const HttpResult enabled = m_client->send("POST", path + "/enable");
        QCOMPARE(enabled.status, 200);
        QCOMPARE(enabled.json.value(QStringLiteral("status")).toString(), "active");
        QVERIFY(enabled.json.value(QStringLiteral("disabledReason")).isNull());
        QVERIFY(enabled.json.value(QStringLiteral("disabledAt")).isNull());
        QVERIFY(near(time(enabled.json.value(QStringLiteral("inactiveSince"))), now));
        QVERIFY(near(time(enabled.json.value(QStringLiteral("autoDisableAt"))), now + 60 * day));
        QCOMPARE(enabled.json.value(QStringLiteral("version")).toInt(), v0 + 2);

        // The inactivity-disabled demo token can be enabled too.
        const HttpResult tb = m_client->send("POST", "/api/v1/tokens/" + tableau + "/enable");
        QCOMPARE(tb.status, 200);
        QCOMPARE(tb.json.value(QStringLiteral("status")).toString(), "active");

        QStringList actions;
        const QJsonArray audit = m_client->get(QStringLiteral("/api/v1/audit?limit=3"))
                                     .json.value(QStringLiteral("items"))
                                     .toArray();
        for (const QJsonValue& v : audit)
            actions << v.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(actions, (QStringList{"enable", "enable", "disable"}));
    }

    void pagingWalksEveryTokenOnceInAStableOrder()
    {
        for (qint64 userId : {1006, 1007, 1001, 1002})
            QVERIFY(!m_client->provision(userId, QStringLiteral("T%1").arg(userId)).isEmpty());
        QStringList all;
        for (const QJsonValue& v : m_client->get(QStringLiteral("/api/v1/tokens"))
                                       .json.value(QStringLiteral("items"))
                                       .toArray())
            all << v.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(all.size(), 7);

        QStringList paged;
        QString cursor;
        int pages = 0;
        do {
            const HttpResult r =
                m_client->get(QStringLiteral("/api/v1/tokens?limit=2") +
                              (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(r.status, 200);
            const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue& v : items)
                paged << v.toObject().value(QStringLiteral("id")).toString();
            const QJsonValue next = r.json.value(QStringLiteral("nextCursor"));
            QVERIFY(next.isNull() || next.isString());
            cursor = next.toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 4);
        QCOMPARE(paged, all);
    }

    void auditPagesNewestFirst()
    {
        for (qint64 userId : {1006, 1007})
            QVERIFY(!m_client->provision(userId, QStringLiteral("T%1").arg(userId)).isEmpty());
        QList<QDateTime> times;
        QString cursor;
        int guard = 0;
        do {
            const HttpResult r =
                m_client->get(QStringLiteral("/api/v1/audit?limit=2") +
                              (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(r.status, 200);
            for (const QJsonValue& v : r.json.value(QStringLiteral("items")).toArray()) {
                const QJsonObject e = v.toObject();
                for (const char* f : {"at", "actor", "action", "tokenId", "detail"})
                    QVERIFY2(e.contains(QLatin1String(f)), f);
                times << time(e.value(QStringLiteral("at")));
            }
            cursor = r.json.value(QStringLiteral("nextCursor")).toString();
        } while (!cursor.isEmpty() && ++guard < 20);
        QVERIFY(times.size() >= 7); // 3 demo provisions, demo disable, warning, 2 provisions
        for (int i = 1; i < times.size(); ++i)
            QVERIFY2(times.at(i - 1) >= times.at(i), "audit must be newest first");
    }

    void activityListsCallsNewestFirst()
    {
        const HttpResult r =
            m_client->get(QStringLiteral("/api/v1/tokens/") + salesforce + "/activity?limit=5");
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject e = items.first().toObject();
        QCOMPARE(e.value(QStringLiteral("method")).toString(), "GET");
        QVERIFY(e.value(QStringLiteral("path")).toString().startsWith("/v2/client/10001"));
        QCOMPARE(e.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(
            near(time(e.value(QStringLiteral("at"))), QDateTime::currentSecsSinceEpoch() - day));
    }

    void signOutEndsTheSession()
    {
        const HttpResult out = m_client->send("DELETE", QStringLiteral("/api/v1/sessions/current"));
        QCOMPARE(out.status, 204);
        QVERIFY(!out.header("Date").isEmpty());
        const HttpResult after = m_client->get(QStringLiteral("/api/v1/account"));
        QCOMPARE(after.status, 401);
        QCOMPARE(after.errorCode(), "unauthorized");
    }

    void otherAccountsSeeOnlyTheirOwn()
    {
        ApiClient globex(m_sandbox->url());
        globex.signIn(QStringLiteral("admin@globex.example"), QStringLiteral("sandbox-admin"));
        const HttpResult tokens = globex.get(QStringLiteral("/api/v1/tokens"));
        QCOMPARE(tokens.status, 200);
        QCOMPARE(tokens.json.value(QStringLiteral("items")).toArray().size(), 0);
        const HttpResult users = globex.get(QStringLiteral("/api/v1/users"));
        QCOMPARE(users.json.value(QStringLiteral("items")).toArray().size(), 3);
        const HttpResult audit = globex.get(QStringLiteral("/api/v1/audit"));
        QCOMPARE(audit.json.value(QStringLiteral("items")).toArray().size(), 0);
        QCOMPARE(globex.get("/api/v1/tokens/" + salesforce + "/activity").status, 404);
    }

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestAdminFlows)
#include "TestAdminFlows.moc"
