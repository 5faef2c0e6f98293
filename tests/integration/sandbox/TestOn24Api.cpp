// SPDX-License-Identifier: GPL-3.0-or-later
// The ON24 REST API v2 subset under /v2: shapes of ON24's examples, its exact error
// messages, access areas, quota, and "a successful call is activity" (D10).
#include "ApiClient.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace TokenConsole::Testing;

namespace {
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

const QString missingHeaders =
    QStringLiteral("Header must contain both accessTokenKey and accessTokenSecret.");
const QString wrongPair =
    QStringLiteral("AccessTokenKey and AccessTokenSecret are wrong or invalid.");
const QString deactivated = QStringLiteral("AccessTokenKey and AccessTokenSecret are deactivated.");
const QString otherClient = QStringLiteral("You don't have access to this client id");
const QString noPermission =
    QStringLiteral("You do not have permission to perform the requested operation.");
} // namespace

class TestOn24Api : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_admin = std::make_unique<ApiClient>(m_sandbox.url());
        QVERIFY(
            !m_admin->signIn(QStringLiteral("admin@acme.example"), QStringLiteral("sandbox-admin"))
                 .isEmpty());
        m_full = pairOf(m_admin->provision(1006, QStringLiteral("Full")));
        m_restricted = pairOf(m_admin->provision(
            1007, QStringLiteral("Registration only"),
            QJsonArray{QStringLiteral("registration"), QStringLiteral("event_analytics")}));
        m_disabled = pairOf(m_admin->provision(1002, QStringLiteral("Disabled")));
        QVERIFY(!m_full.secret.isEmpty() && !m_restricted.secret.isEmpty() &&
                !m_disabled.secret.isEmpty());
        QCOMPARE(m_admin->send("POST", "/api/v1/tokens/" + m_disabled.id + "/disable").status, 200);
    }

    void errorsUseOn24sMessages_data()
    {
        QTest::addColumn<QString>("pair"); // full, restricted, disabled
        QTest::addColumn<QString>("keyHeader");
        QTest::addColumn<QString>("secretHeader");
        QTest::addColumn<QString>("key");    // "*": the pair's own; "": not sent
        QTest::addColumn<QString>("secret"); // "*": the pair's own; "": not sent
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString k = QStringLiteral("accessTokenKey");
        const QString s = QStringLiteral("accessTokenSecret");
        QTest::newRow("no headers") << "full" << k << s << ""
                                    << ""
                                    << "/v2/client/10001" << 401 << missingHeaders;
        QTest::newRow("no secret") << "full" << k << s << "*"
                                   << ""
                                   << "/v2/client/10001" << 401 << missingHeaders;
        QTest::newRow("no key") << "full" << k << s << ""
                                << "*"
                                << "/v2/client/10001/event" << 401 << missingHeaders;
        QTest::newRow("wrong secret") << "full" << k << s << "*" << QString(128, QLatin1Char('0'))
                                      << "/v2/client/10001" << 401 << wrongPair;
        QTest::newRow("unknown key") << "full" << k << s << QString(32, QLatin1Char('A')) << "*"
                                     << "/v2/client/10001" << 401 << wrongPair;
        QTest::newRow("key of another pair") << "full" << k << s << "restricted"
                                             << "*"
                                             << "/v2/client/10001" << 401 << wrongPair;
        QTest::newRow("disabled token") << "disabled" << k << s << "*"
                                        << "*"
                                        << "/v2/client/10001" << 401 << deactivated;
        QTest::newRow("another client's id") << "full" << k << s << "*"
                                             << "*"
                                             << "/v2/client/10002" << 403 << otherClient;
        QTest::newRow("unknown client")
            << "full" << k << s << "*"
            << "*"
            << "/v2/client/99999" << 404 << "The client 99999 doesn't exist.";
        QTest::newRow("non-numeric client")
            << "full" << k << s << "*"
            << "*"
            << "/v2/client/acme" << 404 << "The client acme doesn't exist.";
        QTest::newRow("unknown event")
            << "full" << k << s << "*"
            << "*"
            << "/v2/client/10001/event/1/registrant" << 404 << "The event 1 doesn't exist.";
        QTest::newRow("another client's event")
            << "full" << k << s << "*"
            << "*"
            << "/v2/client/10001/event/412001/attendee" << 404 << "The event 412001 doesn't exist.";
        QTest::newRow("restricted: client_analytics") << "restricted" << k << s << "*"
                                                      << "*"
                                                      << "/v2/client/10001" << 403 << noPermission;
        QTest::newRow("restricted: events list") << "restricted" << k << s << "*"
                                                 << "*"
                                                 << "/v2/client/10001/event" << 403 << noPermission;
        QTest::newRow("restricted: allowed area")
            << "restricted" << k << s << "*"
            << "*"
            << "/v2/client/10001/event/311512/registrant" << 200 << "";
        QTest::newRow("lower-case header names") << "full"
                                                 << "accesstokenkey"
                                                 << "accesstokensecret"
                                                 << "*"
                                                 << "*"
                                                 << "/v2/client/10001" << 200 << "";
        QTest::newRow("upper-case header names") << "full"
                                                 << "ACCESSTOKENKEY"
                                                 << "ACCESSTOKENSECRET"
                                                 << "*"
                                                 << "*"
                                                 << "/v2/client/10001/event" << 200 << "";
        // ON24 documents no answer for a path it does not serve; the sandbox answers with
        // ON24's own 404 text for the enclosing resource.
        QTest::newRow("unserved client route")
            << "full" << k << s << "*"
            << "*"
            << "/v2/client/10001/lead" << 404 << "The client 10001 doesn't exist.";
        QTest::newRow("unserved event route")
            << "full" << k << s << "*"
            << "*"
            << "/v2/client/10001/event/311512/poll" << 404 << "The event 311512 doesn't exist.";
        QTest::newRow("path outside /client")
            << "full" << k << s << ""
            << ""
            << "/v2/clients" << 404 << "The client clients doesn't exist.";
        // Dates: ON24 answers 400 with the route's own message (API-NOTES.md).
        QTest::newRow("events: garbage startdate") << "full" << k << s << "*"
                                                   << "*"
                                                   << "/v2/client/10001/event?startdate=garbage"
                                                   << 400 << "Error, incorrect date formats.";
        QTest::newRow("events: impossible enddate")
            << "full" << k << s << "*"
            << "*"
            << "/v2/client/10001/event?startdate=2026-01-01&enddate=2026-02-30" << 400
            << "Error, incorrect date formats.";
        QTest::newRow("events: non-ASCII digits")
            << "full" << k << s << "*"
            << "*"
            << "/v2/client/10001/event?startdate=2026-01-0%EF%BC%91" << 400
            << "Error, incorrect date formats.";
        QTest::newRow("events: dates") << "full" << k << s << "*"
                                       << "*"
                                       << "/v2/client/10001/event?startdate=2026-01-01&"
                                          "enddate=2026-03-31"
                                       << 200 << "";
        QTest::newRow("events: date-times with offsets")
            << "full" << k << s << "*"
            << "*"
            << "/v2/client/10001/event?startdate=2026-01-01T00:00:00-08:00&"
               "enddate=2026-03-31T23:59:59Z"
            << 200 << "";
        QTest::newRow("attendees: garbage enddate")
            << "full" << k << s << "*"
            << "*"
            << "/v2/client/10001/event/311512/attendee?enddate=yesterday" << 400
            << "Error, incorrect date formats.";
        QTest::newRow("registrants: garbage startdate")
            << "full" << k << s << "*"
            << "*"
            << "/v2/client/10001/event/311512/registrant?startdate=12/03/2007" << 400
            << "Invalid Date format for params startdate and enddate. Incorrect timezone value "
               "provided.";
        QTest::newRow("dates checked after the pair")
            << "full" << k << s << "*" << QString(128, QLatin1Char('0'))
            << "/v2/client/10001/event?startdate=garbage" << 401 << wrongPair;
        // Sub-clients listed under 10001 are clients the pair may read.
        QTest::newRow("sub-client") << "full" << k << s << "*"
                                    << "*"
                                    << "/v2/client/10011" << 200 << "";
        QTest::newRow("sub-client's events") << "full" << k << s << "*"
                                             << "*"
                                             << "/v2/client/10013/event" << 200 << "";
        QTest::newRow("parent's event under a sub-client")
            << "full" << k << s << "*"
            << "*"
            << "/v2/client/10011/event/311512/registrant" << 404
            << "The event 311512 doesn't exist.";
    }
    void errorsUseOn24sMessages()
    {
        QFETCH(QString, pair);
        QFETCH(QString, keyHeader);
        QFETCH(QString, secretHeader);
        QFETCH(QString, key);
        QFETCH(QString, secret);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Pair& p = pair == QLatin1String("full")         ? m_full
                        : pair == QLatin1String("restricted") ? m_restricted
                                                              : m_disabled;
        HeaderList headers;
        const QString keyValue = key == QLatin1String("*")            ? p.key
                                 : key == QLatin1String("restricted") ? m_restricted.key
                                                                      : key;
        if (!keyValue.isEmpty())
            headers.append({keyHeader.toLatin1(), keyValue.toLatin1()});
        const QString secretValue = secret == QLatin1String("*") ? p.secret : secret;
        if (!secretValue.isEmpty())
            headers.append({secretHeader.toLatin1(), secretValue.toLatin1()});
        ApiClient client(m_sandbox.url());
        const HttpResult r = client.get(path, headers);
        QVERIFY(r.finished);
        QVERIFY2(r.status == status, r.body.constData());
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY(!r.header("Date").isEmpty());
        if (!message.isEmpty()) {
            QCOMPARE(r.json.keys(), QStringList{QStringLiteral("message")});
            QCOMPARE(r.on24Message(), message);
        }
    }

    void subclientsHaveOn24sShape()
    {
        const HttpResult r =
            m_admin->on24(QStringLiteral("/v2/client/10001"), m_full.key, m_full.secret);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("clientname")).toString(), "Acme Webinars");
        const QJsonArray subclients = r.json.value(QStringLiteral("subclients")).toArray();
        QCOMPARE(subclients.size(), 2);
        bool nested = false;
        for (const QJsonValue& v : subclients) {
            const QJsonObject s = v.toObject();
            QVERIFY(s.value(QStringLiteral("id")).isDouble());
            QVERIFY(s.value(QStringLiteral("name")).isString());
            nested = nested || s.value(QStringLiteral("subclients")).toArray().size() == 1;
        }
        QVERIFY2(nested, "ON24 nests sub-clients of sub-clients");
    }

    // Every sub-client GET /v2/client/{clientId} lists answers as a client in its own right,
    // with its own sub-clients.
    void subclientsAnswerAsClients()
    {
        const HttpResult root =
            m_admin->on24(QStringLiteral("/v2/client/10001"), m_full.key, m_full.secret);
        QCOMPARE(root.status, 200);
        QList<QJsonObject> listed;
        QList<QJsonArray> pending{root.json.value(QStringLiteral("subclients")).toArray()};
        while (!pending.isEmpty()) {
            for (const QJsonValue& v : pending.takeFirst()) {
                listed.append(v.toObject());
                pending.append(v.toObject().value(QStringLiteral("subclients")).toArray());
            }
        }
        QCOMPARE(listed.size(), 3);
        for (const QJsonObject& sub : std::as_const(listed)) {
            const QString id = QString::number(sub.value(QStringLiteral("id")).toInteger());
            const HttpResult r =
                m_admin->on24(QStringLiteral("/v2/client/") + id, m_full.key, m_full.secret);
            QVERIFY2(r.status == 200, qPrintable(id + QLatin1Char(' ') + r.body));
            QCOMPARE(r.json.value(QStringLiteral("clientname")).toString(),
                     sub.value(QStringLiteral("name")).toString());
            QCOMPARE(r.json.value(QStringLiteral("subclients")).toArray(),
                     sub.value(QStringLiteral("subclients")).toArray());
        }
    }

    void eventsHaveOn24sShape()
    {
        const HttpResult r =
            m_admin->on24(QStringLiteral("/v2/client/10001/event"), m_full.key, m_full.secret);
        QCOMPARE(r.status, 200);
        const QJsonArray events = r.json.value(QStringLiteral("events")).toArray();
        QCOMPARE(r.json.value(QStringLiteral("totalevents")).toInt(), events.size());
        QVERIFY(events.size() >= 2);
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.value(QStringLiteral("eventid")).isDouble());
            QCOMPARE(e.value(QStringLiteral("clientid")).toInt(), 10001);
            QVERIFY(e.value(QStringLiteral("isactive")).isBool());
            QVERIFY(e.value(QStringLiteral("eventanalytics"))
                        .toObject()
                        .value(QStringLiteral("totalregistrants"))
                        .isDouble());
            for (const char* f : {"description", "goodafter", "livestart", "liveend",
                                  "archivestart", "archiveend", "audienceurl", "contenttype",
                                  "displaytimezonecd", "eventtype", "createtimestamp"})
                QVERIFY2(e.value(QLatin1String(f)).isString(), f);
            for (const char* f : {"tags", "speakers", "partnerrefstats", "customeventfields"})
                QVERIFY2(e.value(QLatin1String(f)).isArray(), f);
            QVERIFY(
                QDateTime::fromString(e.value(QStringLiteral("livestart")).toString(), Qt::ISODate)
                    .isValid());
        }
    }

    void registrantsAndAttendeesHaveOn24sShape_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("registrant")
            << "registrant"
            << QStringList{"eventuserid", "firstname",   "lastname",        "email",
                           "company",     "jobtitle",    "country",         "eventid",
                           "std1",        "std10",       "createtimestamp", "lastactivity",
                           "userstatus",  "attendeetype"};
        QTest::newRow("attendee") << "attendee"
                                  << QStringList{"email",
                                                 "eventuserid",
                                                 "engagementscore",
                                                 "liveminutes",
                                                 "archiveminutes",
                                                 "questions",
                                                 "polls",
                                                 "resources",
                                                 "surveys",
                                                 "userstatus",
                                                 "cumulativeliveminutes",
                                                 "attendeesessions"};
    }
    void registrantsAndAttendeesHaveOn24sShape()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, fields);
        const HttpResult r = m_admin->on24(QStringLiteral("/v2/client/10001/event/311512/") + kind,
                                           m_full.key, m_full.secret);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("eventid")).toInt(), 311512);
        const QJsonArray items = r.json.value(kind + QLatin1Char('s')).toArray();
        QVERIFY(!items.isEmpty());
        QCOMPARE(r.json.value(QStringLiteral("total") + kind + QLatin1Char('s')).toInt(),
                 items.size());
        for (const QJsonValue& v : items) {
            for (const QString& f : fields)
                QVERIFY2(v.toObject().contains(f), qPrintable(f));
            QVERIFY(v.toObject().value(QStringLiteral("eventuserid")).isDouble());
        }
    }

    void successfulCallIsActivity()
    {
        const QString path = QStringLiteral("/api/v1/tokens/") + m_full.id;
        const QJsonObject before = m_admin->get(path).json;
        const HttpResult call =
            m_admin->on24(QStringLiteral("/v2/client/10001/event"), m_full.key, m_full.secret);
        QCOMPARE(call.status, 200);
        const QJsonObject after = m_admin->get(path).json;
        const QDateTime at = QDateTime::fromString(
            after.value(QStringLiteral("lastActivityAt")).toString(), Qt::ISODate);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) <= 5);
        QCOMPARE(after.value(QStringLiteral("inactiveSince")),
                 after.value(QStringLiteral("lastActivityAt")));
        QCOMPARE(QDateTime::fromString(after.value(QStringLiteral("autoDisableAt")).toString(),
                                       Qt::ISODate),
                 at.addDays(60));
        QVERIFY(after.value(QStringLiteral("version")).toInt() >
                before.value(QStringLiteral("version")).toInt());

        const QJsonObject latest = m_admin->get(path + "/activity?limit=1")
                                       .json.value(QStringLiteral("items"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(latest.value(QStringLiteral("method")).toString(), "GET");
        QCOMPARE(latest.value(QStringLiteral("path")).toString(), "/v2/client/10001/event");
        QCOMPARE(latest.value(QStringLiteral("status")).toInt(), 200);
    }

    void failedCallsAreNotActivity()
    {
        const QString path = QStringLiteral("/api/v1/tokens/") + m_restricted.id;
        const int before = m_admin->get(path + "/activity").json.value("items").toArray().size();
        QCOMPARE(
            m_admin->on24(QStringLiteral("/v2/client/10001"), m_restricted.key, m_restricted.secret)
                .status,
            403);
        QCOMPARE(m_admin->get(path + "/activity").json.value("items").toArray().size(), before);
    }

    // GET /v2/client/{clientId}/users in the shape of ON24's own example
    // (../shared/on24/examples/get-client-users.200.json), with a pair provisioned through the
    // Admin API.
    void usersHaveOn24sShape()
    {
        const HttpResult r =
            m_admin->on24(QStringLiteral("/v2/client/10001/users"), m_full.key, m_full.secret);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json.keys(), QStringList{QStringLiteral("users")});
        const QJsonArray users = r.json.value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 7); // the demo account's users; none of Globex's
        const QStringList permissionNames{"Manage Integrations",
                                          "Order Services",
                                          "Manage Target Experience",
                                          "Manage Audience Console Layout",
                                          "Manage Users",
                                          "Manage Brand Settings",
                                          "Manage Engagement Hub(s)",
                                          "Account Analytics",
                                          "Manage Forums",
                                          "Workgroup Access (View and Edit all events)",
                                          "Manage Forums Basic",
                                          "Create Events",
                                          "Manage Go Live",
                                          "Event Analytics"};
        QJsonObject admin;
        QJsonObject viewer;
        for (const QJsonValue& v : users) {
            const QJsonObject u = v.toObject();
            for (const char* f : {"name", "userName", "email", "jobTitle", "type", "account"})
                QVERIFY2(u.value(QLatin1String(f)).isString(), f);
            QCOMPARE(u.value(QStringLiteral("clientId")).toInt(), 10001);
            QCOMPARE(u.value(QStringLiteral("account")).toString(), "Acme Webinars");
            if (u.contains(QStringLiteral("lastLoginDate"))) {
                const QString date = u.value(QStringLiteral("lastLoginDate")).toString();
                QVERIFY2(QDate::fromString(date, QStringLiteral("yyyy-MM-dd")).isValid(),
                         qPrintable(date));
            }
            const QJsonObject permissions = u.value(QStringLiteral("permissions")).toObject();
            const QStringList keys = permissions.keys();
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                     QSet<QString>(permissionNames.begin(), permissionNames.end()));
            for (const QJsonValue& p : permissions)
                QVERIFY(p.isBool());
            if (u.value(QStringLiteral("userName")).toString() == "admin@acme.example")
                admin = u;
            if (u.value(QStringLiteral("userName")).toString() == "viewer@acme.example")
                viewer = u;
        }
        QCOMPARE(admin.value(QStringLiteral("name")).toString(), "Ada Admin");
        QCOMPARE(admin.value(QStringLiteral("email")).toString(), "admin@acme.example");
        QCOMPARE(admin.value(QStringLiteral("type")).toString(), "Platform Login");
        const QJsonObject adminPermissions = admin.value(QStringLiteral("permissions")).toObject();
        QCOMPARE(adminPermissions.value(QStringLiteral("Manage Users")).toBool(), true);
        QCOMPARE(adminPermissions.value(QStringLiteral("Manage Integrations")).toBool(), true);
        const QJsonObject viewerPermissions =
            viewer.value(QStringLiteral("permissions")).toObject();
        QCOMPARE(viewerPermissions.value(QStringLiteral("Manage Users")).toBool(), false);
        // The admin signed in (initTestCase): ON24 shows that day as the last login.
        QCOMPARE(admin.value(QStringLiteral("lastLoginDate")).toString(),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        // Key order follows ON24's example, so a diff against it reads naturally.
        const int nameAt = r.body.indexOf("\"name\"");
        QVERIFY(nameAt >= 0 && nameAt < r.body.indexOf("\"userName\"") &&
                r.body.indexOf("\"userName\"") < r.body.indexOf("\"clientId\"") &&
                r.body.indexOf("\"clientId\"") < r.body.indexOf("\"permissions\""));
    }

    void usersFollowTheV2Rules_data()
    {
        QTest::addColumn<QString>("pair");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong secret") << "wrong"
                                      << "/v2/client/10001/users" << 401 << wrongPair;
        QTest::newRow("no headers") << "none"
                                    << "/v2/client/10001/users" << 401 << missingHeaders;
        QTest::newRow("disabled") << "disabled"
                                  << "/v2/client/10001/users" << 401 << deactivated;
        QTest::newRow("another client") << "full"
                                        << "/v2/client/10002/users" << 403 << otherClient;
        QTest::newRow("unknown client")
            << "full"
            << "/v2/client/99999/users" << 404 << "The client 99999 doesn't exist.";
        QTest::newRow("restricted without helpers")
            << "restricted"
            << "/v2/client/10001/users" << 403 << noPermission;
        QTest::newRow("restricted to helpers") << "helpers"
                                               << "/v2/client/10001/users" << 200 << "";
    }
    void usersFollowTheV2Rules()
    {
        QFETCH(QString, pair);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, message);
        if (m_helpers.key.isEmpty()) {
            m_helpers = pairOf(m_admin->provision(1001, QStringLiteral("Helpers only"),
                                                  QJsonArray{QStringLiteral("helpers")}));
            QVERIFY(!m_helpers.secret.isEmpty());
        }
        const Pair& p = pair == QLatin1String("restricted") ? m_restricted
                        : pair == QLatin1String("disabled") ? m_disabled
                        : pair == QLatin1String("helpers")  ? m_helpers
                                                            : m_full;
        ApiClient client(m_sandbox.url());
        const HttpResult r = pair == QLatin1String("none") ? client.get(path)
                             : pair == QLatin1String("wrong")
                                 ? client.on24(path, p.key, QString(128, QLatin1Char('0')))
                                 : client.on24(path, p.key, p.secret);
        QVERIFY(r.finished);
        QVERIFY2(r.status == status, r.body.constData());
        if (!message.isEmpty())
            QCOMPARE(r.on24Message(), message);
    }

    void usersCallIsActivity()
    {
        const QString path = QStringLiteral("/api/v1/tokens/") + m_full.id;
        const int before = m_admin->get(path).json.value(QStringLiteral("version")).toInt();
        QCOMPARE(m_admin->on24(QStringLiteral("/v2/client/10001/users"), m_full.key, m_full.secret)
                     .status,
                 200);
        const QJsonObject after = m_admin->get(path).json;
        QVERIFY(after.value(QStringLiteral("version")).toInt() > before);
        const QJsonObject latest = m_admin->get(path + "/activity?limit=1")
                                       .json.value(QStringLiteral("items"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(latest.value(QStringLiteral("path")).toString(), "/v2/client/10001/users");
        QCOMPARE(latest.value(QStringLiteral("status")).toInt(), 200);
    }

    void dailyQuotaAnswersOn24sForbidden()
    {
        // A second sandbox with a tiny quota (the variable is read at its start).
        qputenv("TOKENCONSOLE_SANDBOX_DAILY_QUOTA", "2");
        SandboxProcess sandbox;
        QString error;
        const bool started = sandbox.start(&error);
        qunsetenv("TOKENCONSOLE_SANDBOX_DAILY_QUOTA");
        QVERIFY2(started, qPrintable(error));
        ApiClient admin(sandbox.url());
        admin.signIn(QStringLiteral("admin@acme.example"), QStringLiteral("sandbox-admin"));
        const Pair pair = pairOf(admin.provision(1006, QStringLiteral("Quota")));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(admin.on24(QStringLiteral("/v2/client/10001"), pair.key, pair.secret).status,
                     200);
        const HttpResult over =
            admin.on24(QStringLiteral("/v2/client/10001"), pair.key, pair.secret);
        QCOMPARE(over.status, 403);
        QVERIFY(over.on24Message().contains(QLatin1String("maximum number of calls")));
        QCOMPARE(over.on24Message(), "You have reached the maximum number of calls for this api.");
        // A new day (server clock) brings a new allowance.
        QVERIFY(sandbox.advanceDays(1));
        QCOMPARE(admin.on24(QStringLiteral("/v2/client/10001"), pair.key, pair.secret).status, 200);
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_admin;
    Pair m_full;
    Pair m_restricted;
    Pair m_disabled;
    Pair m_helpers;
};

QTEST_GUILESS_MAIN(TestOn24Api)
#include "TestOn24Api.moc"
