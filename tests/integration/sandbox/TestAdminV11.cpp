// SPDX-License-Identifier: GPL-3.0-or-later
// Token Admin API v1.1 (DESIGN.md): rotation with a grace period on the v2 API, owner, notes
// and access through PATCH, usage by ON24 API area, and one token's audit.
// A fresh demo sandbox per test function: several move the clock.
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
const QString tableau = QStringLiteral("tok_demotableau000003"); // disabled in the demo
const QString wrongPair =
    QStringLiteral("AccessTokenKey and AccessTokenSecret are wrong or invalid.");
const QString noPermission =
    QStringLiteral("You do not have permission to perform the requested operation.");
constexpr qint64 hour = 3600;

struct Pair
{
    QString id;
    QString key;
    QString secret;
};

Pair pairOf(const QJsonObject& provisioned)
{
    const QJsonObject token = provisioned.value(QStringLiteral("token")).toObject();
    return {token.value(QStringLiteral("id")).toString(),
            token.value(QStringLiteral("key")).toString(),
            provisioned.value(QStringLiteral("secret")).toString()};
}

QDateTime time(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList actions(const QJsonArray& items)
{
    QStringList list;
    for (const QJsonValue& v : items)
        list.append(v.toObject().value(QStringLiteral("action")).toString());
    return list;
}
} // namespace

class TestAdminV11 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_admin = std::make_unique<ApiClient>(m_sandbox->url());
        QVERIFY(
            !m_admin->signIn(QStringLiteral("admin@acme.example"), QStringLiteral("sandbox-admin"))
                 .isEmpty());
    }

    void cleanup()
    {
        m_admin.reset();
        m_sandbox.reset();
    }

    // The v2 API takes both secrets during the grace and only the new one after it; both
    // moments are in the audit.
    void rotationKeepsTheOldSecretForTheGrace()
    {
        const Pair old = pairOf(m_admin->provision(1006, QStringLiteral("Marketo sync")));
        QVERIFY(!old.secret.isEmpty());
        const QString path = QStringLiteral("/api/v1/tokens/") + old.id;
        const int version = m_admin->get(path).json.value(QStringLiteral("version")).toInt();

        const HttpResult r = m_admin->post(path + QStringLiteral("/rotate"), {{"graceHours", 24}});
        QVERIFY2(r.status == 200, r.body.constData());
        const QString secret = r.json.value(QStringLiteral("secret")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{128}$")).match(secret).hasMatch());
        QVERIFY(secret != old.secret);
        const QJsonObject token = r.json.value(QStringLiteral("token")).toObject();
        QCOMPARE(token.value(QStringLiteral("key")).toString(), old.key); // same key, new secret
        QCOMPARE(token.value(QStringLiteral("version")).toInt(), version + 1);
        const QDateTime rotatedAt = time(token.value(QStringLiteral("rotatedAt")));
        QVERIFY(rotatedAt.isValid());
        QCOMPARE(time(token.value(QStringLiteral("previousSecretExpiresAt"))),
                 rotatedAt.addSecs(24 * hour));
        QCOMPARE(r.json.value(QStringLiteral("previousSecretExpiresAt")),
                 token.value(QStringLiteral("previousSecretExpiresAt")));

        QCOMPARE(m_admin->on24(QStringLiteral("/v2/client/10001"), old.key, old.secret).status,
                 200);
        QCOMPARE(m_admin->on24(QStringLiteral("/v2/client/10001"), old.key, secret).status, 200);

        QVERIFY(m_sandbox->advanceDays(1)); // the 24 hours are over
        signInAgain();                      // (the session idled out too)
        const HttpResult stale =
            m_admin->on24(QStringLiteral("/v2/client/10001"), old.key, old.secret);
        QCOMPARE(stale.status, 401);
        QCOMPARE(stale.on24Message(), wrongPair);
        QCOMPARE(m_admin->on24(QStringLiteral("/v2/client/10001"), old.key, secret).status, 200);

        const QJsonObject after = m_admin->get(path).json;
        QVERIFY(after.value(QStringLiteral("previousSecretExpiresAt")).isNull());
        QCOMPARE(time(after.value(QStringLiteral("rotatedAt"))), rotatedAt);

        const QJsonArray audit =
            m_admin->get(path + QStringLiteral("/audit")).json.value("items").toArray();
        const QStringList seen = actions(audit);
        QVERIFY2(seen.contains("rotate") && seen.contains("rotation_grace_end"),
                 qPrintable(seen.join(", ")));
        QVERIFY(seen.indexOf("rotation_grace_end") < seen.indexOf("rotate")); // newest first
        for (const QJsonValue& v : audit) {
            const QJsonObject entry = v.toObject();
            if (entry.value("action").toString() == "rotate")
                QCOMPARE(entry.value("actor").toString(), "admin@acme.example");
            if (entry.value("action").toString() == "rotation_grace_end")
                QCOMPARE(entry.value("actor").toString(), "system");
        }
    }

    void rotationWithoutGraceEndsTheOldSecretAtOnce()
    {
        const Pair old = pairOf(m_admin->provision(1007, QStringLiteral("BI")));
        const HttpResult r =
            m_admin->post(QStringLiteral("/api/v1/tokens/") + old.id + QStringLiteral("/rotate"),
                          {{"graceHours", 0}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("previousSecretExpiresAt")).isNull());
        QVERIFY(r.json.value(QStringLiteral("token"))
                    .toObject()
                    .value(QStringLiteral("previousSecretExpiresAt"))
                    .isNull());
        QCOMPARE(m_admin->on24(QStringLiteral("/v2/client/10001"), old.key, old.secret).status,
                 401);
        QCOMPARE(m_admin
                     ->on24(QStringLiteral("/v2/client/10001"), old.key,
                            r.json.value(QStringLiteral("secret")).toString())
                     .status,
                 200);
    }

    // Two secrets at most: a second rotation during a grace retires the first secret.
    void aSecondRotationRetiresTheOldestSecret()
    {
        const Pair first = pairOf(m_admin->provision(1006, QStringLiteral("Twice")));
        const QString rotate = QStringLiteral("/api/v1/tokens/") + first.id + "/rotate";
        const QString second =
            m_admin->post(rotate, {{"graceHours", 48}}).json.value("secret").toString();
        const QString third =
            m_admin->post(rotate, {{"graceHours", 48}}).json.value("secret").toString();
        QVERIFY(!second.isEmpty() && !third.isEmpty());
        const QString v2 = QStringLiteral("/v2/client/10001");
        QCOMPARE(m_admin->on24(v2, first.key, first.secret).status, 401);
        QCOMPARE(m_admin->on24(v2, first.key, second).status, 200);
        QCOMPARE(m_admin->on24(v2, first.key, third).status, 200);
    }

    void rotationErrors_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("token"); // "new": a freshly provisioned one
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("grace too long")
            << "admin"
            << "new" << QByteArray(R"({"graceHours":169})") << 422 << "invalid_grace";
        QTest::newRow("negative grace")
            << "admin"
            << "new" << QByteArray(R"({"graceHours":-1})") << 422 << "invalid_grace";
        QTest::newRow("fractional grace")
            << "admin"
            << "new" << QByteArray(R"({"graceHours":1.5})") << 422 << "invalid_grace";
        QTest::newRow("grace as text")
            << "admin"
            << "new" << QByteArray(R"({"graceHours":"24"})") << 422 << "invalid_grace";
        QTest::newRow("no body") << "admin"
                                 << "new" << QByteArray() << 400 << "invalid_json";
        QTest::newRow("no Manage Users")
            << "viewer"
            << "new" << QByteArray(R"({"graceHours":1})") << 403 << "permission_denied";
        QTest::newRow("disabled token")
            << "admin" << tableau << QByteArray(R"({"graceHours":1})") << 409 << "token_disabled";
        QTest::newRow("unknown token")
            << "admin"
            << "tok_nope" << QByteArray(R"({"graceHours":1})") << 404 << "not_found";
        QTest::newRow("no session")
            << "none"
            << "new" << QByteArray(R"({"graceHours":1})") << 401 << "unauthorized";
    }
    void rotationErrors()
    {
        QFETCH(QString, who);
        QFETCH(QString, token);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString id = token == QLatin1String("new")
                               ? pairOf(m_admin->provision(1006, QStringLiteral("Rotate me"))).id
                               : token;
        ApiClient client(m_sandbox->url());
        if (who == QLatin1String("admin"))
            client.setSession(m_admin->session());
        else if (who == QLatin1String("viewer"))
            QVERIFY(!client.signIn("viewer@acme.example", "sandbox-viewer").isEmpty());
        const HttpResult r =
            client.send("POST", QStringLiteral("/api/v1/tokens/") + id + "/rotate", body);
        QVERIFY2(r.status == status, r.body.constData());
        QCOMPARE(r.errorCode(), code);
    }

    // Owner, notes and access are edited like the name: If-Match, a new version, an audit
    // entry per change.
    void patchSetsOwnerNotesAndAccess()
    {
        const Pair pair = pairOf(m_admin->provision(1006, QStringLiteral("Sync")));
        const QString path = QStringLiteral("/api/v1/tokens/") + pair.id;
        const HttpResult before = m_admin->get(path);
        QCOMPARE(before.json.value(QStringLiteral("owner")).toString(), QString());
        QCOMPARE(before.json.value(QStringLiteral("notes")).toString(), QString());
        QVERIFY(before.json.value(QStringLiteral("rotatedAt")).isNull());
        QVERIFY(before.json.value(QStringLiteral("previousSecretExpiresAt")).isNull());
        const int version = before.json.value(QStringLiteral("version")).toInt();

        const QString notes = QStringLiteral("Nightly sync to the warehouse.\nAsk Raj first.");
        const HttpResult r =
            m_admin->send("PATCH", path,
                          json({{"owner", "  Raj (Marketing Ops) "},
                                {"notes", notes},
                                {"access", QJsonArray{QStringLiteral("registration")}}}),
                          {{"If-Match", before.header("ETag")}});
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json.value(QStringLiteral("owner")).toString(), "Raj (Marketing Ops)");
        QCOMPARE(r.json.value(QStringLiteral("notes")).toString(), notes);
        QCOMPARE(r.json.value(QStringLiteral("access")).toArray(),
                 QJsonArray{QStringLiteral("registration")});
        QCOMPARE(r.json.value(QStringLiteral("name")).toString(), "Sync");
        QCOMPARE(r.json.value(QStringLiteral("version")).toInt(), version + 1);
        QCOMPARE(r.header("ETag"), '"' + QByteArray::number(version + 1) + '"');

        // Narrowed access takes effect on the v2 API at once.
        const HttpResult narrowed =
            m_admin->on24(QStringLiteral("/v2/client/10001"), pair.key, pair.secret);
        QCOMPARE(narrowed.status, 403);
        QCOMPARE(narrowed.on24Message(), noPermission);

        const QStringList seen =
            actions(m_admin->get(path + QStringLiteral("/audit")).json.value("items").toArray());
        for (const char* action : {"set_owner", "set_notes", "set_access", "provision"})
            QVERIFY2(seen.contains(QLatin1String(action)), action);

        // The same values again change nothing, so the version stays.
        const HttpResult same =
            m_admin->send("PATCH", path, json({{"owner", "Raj (Marketing Ops)"}}),
                          {{"If-Match", r.header("ETag")}});
        QCOMPARE(same.status, 200);
        QCOMPARE(same.json.value(QStringLiteral("version")).toInt(), version + 1);

        // null clears the owner.
        const HttpResult cleared =
            m_admin->send("PATCH", path, R"({"owner":null})", {{"If-Match", r.header("ETag")}});
        QCOMPARE(cleared.status, 200);
        QCOMPARE(cleared.json.value(QStringLiteral("owner")).toString(), QString());
    }

    void patchErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ifMatch");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("owner too long")
            << json({{"owner", QString(129, QLatin1Char('o'))}}) << true << 422 << "invalid_owner";
        QTest::newRow("owner with a control character")
            << json({{"owner", "Raj\tPatel"}}) << true << 422 << "invalid_owner";
        QTest::newRow("owner with a bidi override")
            << json({{"owner", QStringLiteral("Raj \u202E")}}) << true << 422 << "invalid_owner";
        QTest::newRow("owner not a string")
            << QByteArray(R"({"owner":7})") << true << 422 << "invalid_owner";
        QTest::newRow("notes too long")
            << json({{"notes", QString(2001, QLatin1Char('n'))}}) << true << 422 << "invalid_notes";
        QTest::newRow("notes with a zero-width space")
            << json({{"notes", QStringLiteral("a\u200Bb")}}) << true << 422 << "invalid_notes";
        QTest::newRow("notes with a NUL")
            << QByteArray(R"({"notes":"a\u0000b"})") << true << 422 << "invalid_notes";
        QTest::newRow("unknown access")
            << json({{"access", "everything"}}) << true << 422 << "invalid_access";
        QTest::newRow("nothing to change") << QByteArray("{}") << true << 422 << "invalid_request";
        QTest::newRow("no If-Match")
            << json({{"owner", "Raj"}}) << false << 428 << "if_match_required";
    }
    void patchErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ifMatch);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Pair pair = pairOf(m_admin->provision(1006, QStringLiteral("Sync")));
        HeaderList headers;
        if (ifMatch)
            headers.append({QByteArray("If-Match"), QByteArray("\"1\"")});
        const HttpResult r =
            m_admin->send("PATCH", QStringLiteral("/api/v1/tokens/") + pair.id, body, headers);
        QVERIFY2(r.status == status, r.body.constData());
        QCOMPARE(r.errorCode(), code);
    }

    // Successful v2 calls are counted by ON24 API area over the last N days.
    void usageCountsCallsByArea()
    {
        const Pair pair = pairOf(m_admin->provision(1006, QStringLiteral("Counted")));
        const QString v2 = QStringLiteral("/v2/client/10001");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_admin->on24(v2, pair.key, pair.secret).status, 200);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(m_admin->on24(v2 + "/event/311512/registrant", pair.key, pair.secret).status,
                     200);
        QCOMPARE(m_admin->on24(v2 + "/users", pair.key, pair.secret).status, 200);
        // Failed calls are not usage.
        QCOMPARE(m_admin->on24("/v2/client/10002", pair.key, pair.secret).status, 403);
        QCOMPARE(m_admin->on24(v2 + "/event?startdate=x", pair.key, pair.secret).status, 400);

        const QString usage = QStringLiteral("/api/v1/tokens/") + pair.id + "/usage";
        const HttpResult r = m_admin->get(usage + "?days=60");
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json.value(QStringLiteral("days")).toInt(), 60);
        QHash<QString, QJsonObject> byArea;
        for (const QJsonValue& v : r.json.value(QStringLiteral("areas")).toArray())
            byArea.insert(v.toObject().value("area").toString(), v.toObject());
        QCOMPARE(byArea.size(), 6); // every ON24 area, used or not
        QCOMPARE(byArea.value("client_analytics").value("calls").toInt(), 3);
        QCOMPARE(byArea.value("event_analytics").value("calls").toInt(), 2);
        QCOMPARE(byArea.value("helpers").value("calls").toInt(), 1);
        QCOMPARE(byArea.value("registration").value("calls").toInt(), 0);
        QVERIFY(byArea.value("registration").value("lastCallAt").isNull());
        const QDateTime last = time(byArea.value("client_analytics").value("lastCallAt"));
        QVERIFY(qAbs(last.secsTo(QDateTime::currentDateTimeUtc())) <= 5);

        // Anyone signed in may look (D2); the default window is 60 days.
        ApiClient viewer(m_sandbox->url());
        QVERIFY(!viewer.signIn("viewer@acme.example", "sandbox-viewer").isEmpty());
        const HttpResult viewed = viewer.get(usage);
        QCOMPARE(viewed.status, 200);
        QCOMPARE(viewed.json.value(QStringLiteral("days")).toInt(), 60);

        // Calls leave the window as the days pass.
        QVERIFY(m_sandbox->advanceDays(2));
        signInAgain();
        const HttpResult recent = m_admin->get(usage + "?days=1");
        QCOMPARE(recent.status, 200);
        for (const QJsonValue& v : recent.json.value(QStringLiteral("areas")).toArray())
            QCOMPARE(v.toObject().value("calls").toInt(), 0);
        QCOMPARE(m_admin->get(usage + "?days=3")
                     .json.value("areas")
                     .toArray()
                     .at(1)
                     .toObject()
                     .value("calls")
                     .toInt(),
                 3); // client_analytics, in the order of InputRules::knownAreas()
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("zero days") << "?days=0" << 400 << "invalid_days";
        QTest::newRow("91 days") << "?days=91" << 400 << "invalid_days";
        QTest::newRow("not a number") << "?days=week" << 400 << "invalid_days";
        QTest::newRow("90 days") << "?days=90" << 200 << "";
    }
    void usageErrors()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResult r =
            m_admin->get(QStringLiteral("/api/v1/tokens/tok_demosalesforce0001/usage") + query);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/tokens/tok_nope/usage")).status, 404);
    }

    // One token's audit, newest first, paged like the account's.
    void tokenAuditIsPaged()
    {
        const Pair pair = pairOf(m_admin->provision(1006, QStringLiteral("Audited")));
        const QString path = QStringLiteral("/api/v1/tokens/") + pair.id;
        QCOMPARE(m_admin->send("POST", path + "/disable").status, 200);
        QCOMPARE(m_admin->send("POST", path + "/enable").status, 200);
        QCOMPARE(m_admin->post(path + "/rotate", {{"graceHours", 0}}).status, 200);
        QCOMPARE(m_admin->send("POST", "/api/v1/tokens/tok_demosalesforce0001/disable").status,
                 200); // another token's entry, not listed

        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            const HttpResult r = m_admin->get(path + "/audit?limit=2" +
                                              (cursor.isEmpty() ? QString() : "&cursor=" + cursor));
            QVERIFY2(r.status == 200, r.body.constData());
            const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue& v : items)
                QCOMPARE(v.toObject().value("tokenId").toString(), pair.id);
            seen += actions(items);
            cursor = r.json.value(QStringLiteral("nextCursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(seen, (QStringList{"rotate", "enable", "disable", "provision"}));
        QCOMPARE(pages, 2);

        QCOMPARE(m_admin->get(path + "/audit?cursor=AAAA").errorCode(), "invalid_cursor");
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/tokens/tok_nope/audit")).status, 404);
    }

private:
    void signInAgain()
    {
        QVERIFY(
            !m_admin->signIn(QStringLiteral("admin@acme.example"), QStringLiteral("sandbox-admin"))
                 .isEmpty());
    }

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_admin;
};

QTEST_GUILESS_MAIN(TestAdminV11)
#include "TestAdminV11.moc"
