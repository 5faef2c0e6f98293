// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: the real sandbox is killed with SIGKILL 50 times at random moments of a
// provision and rename load, and restarted on the same data folder each time. After every kill
// the database must pass PRAGMA integrity_check, and every write whose 2xx reached the client
// must be there (a write sent but not answered may or may not be).
#include "ApiClient.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace TokenConsole::Testing;

namespace {

constexpr int kKills = 50;
constexpr int kLanes = 3;            // concurrent writers
constexpr int kOpsPerLane = 60;      // bounds the load when the kill comes late
constexpr int kKillAfterMinMs = 5;   // the kill lands this long after the load starts...
constexpr int kKillAfterMaxMs = 300; // ...up to this
constexpr int kFreeUsers = 4000;     // logins without a token, one per provision
constexpr qint64 kClient = 30001;    // the bulk seed's client
const QString kAdmin = QStringLiteral("admin@bulk.example");
const QString kPassword = QStringLiteral("sandbox-admin");

// What the client knows of a token: the last state a 2xx confirmed, and a rename that was sent
// but not answered (it may or may not have been applied).
struct Known
{
    QString name;
    int version = 0;
    QString unanswered;
};

// One writer: provisions a token, renames it twice, then the next one.
struct Lane
{
    QString tokenId;
    int renames = 0;
    int ops = 0;
    bool busy = false;
    bool stopped = false;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedDuringWrites();

private:
    bool addFreeUsers(const QString& dataDir, QString* error);
    // Read-only, with the process dead: integrity and every confirmed write. Updates `m_known`
    // to what the database holds, for writes that were not answered.
    bool checkDatabase(const QString& dataDir, QString* error);
    void step(Lane& lane);
    void send(Lane& lane, const QByteArray& verb, const QString& path, const QJsonObject& body,
              const QByteArray& ifMatch, std::function<void(const QJsonObject&)> confirmed);

    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_base;
    QString m_session;
    int m_round = 0;
    qint64 m_nextUser = 0;
    QHash<QString, Known> m_known;
    int m_confirmed = 0;         // 2xx received, over all rounds
    int m_unanswered = 0;        // writes in flight when the process died
    int m_unexpected = 0;        // answers other than 2xx from a live server
    int m_unansweredApplied = 0; // unanswered renames the database holds all the same
};

void TestCrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

bool TestCrashSafety::addFreeUsers(const QString& dataDir, QString* error)
{
    // The sandbox has no API to add users (they come from the platform): the fixture adds
    // logins without a token while no sandbox runs, so every provision has one of its own.
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite")));
        if (db.open()) {
            QSqlQuery insert(db);
            ok = insert.exec(
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                    " INSERT INTO users(id, client_id, login, display_name, login_type, "
                    "manage_users)"
                    " SELECT 1000 + i, %2, printf('crash%05d@bulk.example', i), printf('Crash %d', "
                    "i),"
                    " 'Platform Login', 0 FROM n")
                    .arg(kFreeUsers)
                    .arg(kClient));
            if (!ok)
                *error = insert.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    m_nextUser = 1001;
    return ok;
}

bool TestCrashSafety::checkDatabase(const QString& dataDir, QString* error)
{
    const QString connection = QStringLiteral("crash-check");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *error = QStringLiteral("cannot open read-only: ") + db.lastError().text();
            ok = false;
        }
        QSqlQuery check(db);
        if (ok && !(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next() &&
                    check.value(0).toString() == QLatin1String("ok"))) {
            *error = QStringLiteral("integrity_check: ") + check.value(0).toString() +
                     check.lastError().text();
            ok = false;
        }
        QSqlQuery token(db);
        token.prepare(QStringLiteral("SELECT name, version FROM tokens WHERE id = ?"));
        for (auto it = m_known.begin(); ok && it != m_known.end(); ++it) {
            token.bindValue(0, it.key());
            if (!token.exec() || !token.next()) {
                *error = QStringLiteral("confirmed token %1 is missing").arg(it.key());
                ok = false;
                break;
            }
            const QString name = token.value(0).toString();
            const int version = token.value(1).toInt();
            Known& known = it.value();
            const bool asConfirmed = name == known.name && version == known.version;
            const bool unansweredApplied = !known.unanswered.isEmpty() &&
                                           name == known.unanswered && version == known.version + 1;
            if (!asConfirmed && !unansweredApplied) {
                *error = QStringLiteral("token %1 is \u201c%2\u201d v%3; the client was told "
                                        "\u201c%4\u201d v%5 (unanswered: \u201c%6\u201d)")
                             .arg(it.key(), name)
                             .arg(version)
                             .arg(known.name)
                             .arg(known.version)
                             .arg(known.unanswered);
                ok = false;
                break;
            }
            m_unansweredApplied += asConfirmed ? 0 : 1;
            known = Known{name, version, {}};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

void TestCrashSafety::send(Lane& lane, const QByteArray& verb, const QString& path,
                           const QJsonObject& body, const QByteArray& ifMatch,
                           std::function<void(const QJsonObject&)> confirmed)
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_session.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch);
    request.setTransferTimeout(5000);
    lane.busy = true;
    ++lane.ops;
    QNetworkReply* reply = m_network->sendCustomRequest(
        request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, &lane, reply, confirmed] {
        reply->deleteLater();
        lane.busy = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        // Only a complete 2xx counts as confirmed; a body cut off by the kill does not.
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300 ||
            json.isEmpty()) {
            if (reply->error() == QNetworkReply::NoError) {
                qWarning("unexpected HTTP %d: %s", status,
                         QJsonDocument(json).toJson().constData());
                ++m_unexpected;
            } else {
                ++m_unanswered;
            }
            lane.stopped = true;
            return;
        }
        ++m_confirmed;
        confirmed(json);
        step(lane);
    });
}

void TestCrashSafety::step(Lane& lane)
{
    if (lane.stopped || lane.ops >= kOpsPerLane) {
        lane.stopped = true;
        return;
    }
    if (lane.tokenId.isEmpty() || lane.renames >= 2) {
        const qint64 user = m_nextUser++;
        const QString name = QStringLiteral("Crash %1 for %2").arg(m_round).arg(user);
        send(lane, "POST", QStringLiteral("/api/v1/tokens"),
             {{QStringLiteral("userId"), user},
              {QStringLiteral("name"), name},
              {QStringLiteral("access"), QStringLiteral("all_endpoints")}},
             {}, [this, &lane](const QJsonObject& json) {
                 const QJsonObject token = json.value(QStringLiteral("token")).toObject();
                 lane.tokenId = token.value(QStringLiteral("id")).toString();
                 lane.renames = 0;
                 m_known.insert(lane.tokenId, Known{token.value(QStringLiteral("name")).toString(),
                                                    token.value(QStringLiteral("version")).toInt(),
                                                    {}});
             });
        return;
    }
    Known& known = m_known[lane.tokenId];
    known.unanswered =
        QStringLiteral("Renamed %1.%2 %3").arg(m_round).arg(lane.renames).arg(lane.tokenId);
    send(lane, "PATCH", QStringLiteral("/api/v1/tokens/") + lane.tokenId,
         {{QStringLiteral("name"), known.unanswered}},
         '"' + QByteArray::number(known.version) + '"', [this, &lane](const QJsonObject& json) {
             ++lane.renames;
             m_known.insert(json.value(QStringLiteral("id")).toString(),
                            Known{json.value(QStringLiteral("name")).toString(),
                                  json.value(QStringLiteral("version")).toInt(),
                                  {}});
         });
}

void TestCrashSafety::killedDuringWrites()
{
    const quint32 seed = qEnvironmentVariableIsSet("TOKENCONSOLE_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("TOKENCONSOLE_CRASH_SEED"))
                             : 20261128u;
    qInfo("seed %u (set TOKENCONSOLE_CRASH_SEED to repeat another run)", seed);
    QRandomGenerator random(seed);
    QElapsedTimer total;
    total.start();

    QTemporaryDir data;
    QVERIFY(data.isValid());
    SandboxProcess::Options options;
    options.dataDirectory = data.path();
    options.seed = QStringLiteral("bulk:0");
    options.clockControl = false;
    QString error;
    {
        SandboxProcess first; // creates and seeds the database, then stops cleanly
        QVERIFY2(first.start(options, &error), qPrintable(error));
    }
    QVERIFY2(addFreeUsers(data.path(), &error), qPrintable(error));

    qint64 startMs = 0;
    int killedWithWritesInFlight = 0;
    for (m_round = 1; m_round <= kKills; ++m_round) {
        SandboxProcess sandbox;
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(sandbox.start(options, &error),
                 qPrintable(QStringLiteral("round %1: %2").arg(m_round).arg(error)));
        startMs += clock.elapsed();
        ApiClient admin(sandbox.url());
        m_session = admin.signIn(kAdmin, kPassword);
        QVERIFY2(!m_session.isEmpty(),
                 qPrintable(QStringLiteral("round %1: no sign-in after restart").arg(m_round)));

        m_base = sandbox.url();
        m_network = std::make_unique<QNetworkAccessManager>();
        Lane lanes[kLanes];
        for (Lane& lane : lanes)
            step(lane);
        bool killed = false;
        const int killAfterMs = int(random.bounded(kKillAfterMinMs, kKillAfterMaxMs + 1));
        QTimer::singleShot(killAfterMs, this, [&] {
            for (const Lane& lane : lanes)
                killedWithWritesInFlight += lane.busy ? 1 : 0;
            sandbox.kill(); // SIGKILL, then waits for the process to be gone
            killed = true;
        });
        const auto settled = [&] {
            if (!killed)
                return false;
            for (const Lane& lane : lanes) {
                if (lane.busy)
                    return false;
            }
            return true;
        };
        QVERIFY2(QTest::qWaitFor(settled, 20000),
                 qPrintable(QStringLiteral("round %1 did not settle").arg(m_round)));
        m_network.reset();

        QVERIFY2(checkDatabase(data.path(), &error),
                 qPrintable(QStringLiteral("round %1 (killed after %2 ms): %3")
                                .arg(m_round)
                                .arg(killAfterMs)
                                .arg(error)));
    }

    // One last restart: the API serves every confirmed write as the database holds it.
    SandboxProcess last;
    QVERIFY2(last.start(options, &error), qPrintable(error));
    ApiClient admin(last.url());
    QVERIFY(!admin.signIn(kAdmin, kPassword).isEmpty());
    QHash<QString, QJsonObject> served;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const HttpResult r =
            admin.get(QStringLiteral("/api/v1/tokens?limit=1000") +
                      (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(r.status, 200);
        for (const QJsonValue& item : r.json.value(QStringLiteral("items")).toArray())
            served.insert(item.toObject().value(QStringLiteral("id")).toString(), item.toObject());
        cursor = r.json.value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        QVERIFY2(served.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(served.value(it.key()).value(QStringLiteral("name")).toString(), it->name);
        QCOMPARE(served.value(it.key()).value(QStringLiteral("version")).toInt(), it->version);
    }

    qInfo("%d kills: %d writes confirmed, %d unanswered at a kill (%d renames of them applied "
          "all the same), %d writers busy at a kill; %d tokens checked; restarts took %lld ms on "
          "average; %lld ms in total",
          kKills, m_confirmed, m_unanswered, m_unansweredApplied, killedWithWritesInFlight,
          int(m_known.size()), startMs / kKills, total.elapsed());
    QVERIFY(m_confirmed > kKills); // the load really ran
    QCOMPARE(m_unexpected, 0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
