// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/TokenCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace TokenConsole;

namespace {

QJsonObject validToken()
{
    return QJsonDocument::fromJson(R"json({
        "id": "tok_01", "name": "Salesforce", "key": "A119E95B253D9D37F45BF8BF97ZZ920D",
        "userId": 17, "login": "jane@acme.example", "access": "all_endpoints",
        "status": "active", "disabledReason": null, "createdAt": "2026-09-01T10:00:00Z",
        "createdBy": "admin@acme.example", "lastActivityAt": "2026-11-27T08:30:15.250Z",
        "inactiveSince": "2026-11-27T08:30:15.250Z", "autoDisableAt": "2027-01-26T08:30:15.250Z",
        "disabledAt": null, "owner": "Raj (Marketing Ops)", "notes": "Nightly sync.\nAsk Raj.",
        "rotatedAt": "2026-11-20T09:00:00Z", "previousSecretExpiresAt": "2026-11-21T09:00:00Z",
        "version": 3 })json").object();
}

} // namespace

class TestTokenCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEveryField();
    void restrictedAccessAndDisabled();
    void malformedToken_data();
    void malformedToken();
    void roundTrip();
    void times_data();
    void times();
    void session();
    void malformedSession_data();
    void malformedSession();
    void userAccountActivityAudit();
    void integersOutOfRange_data();
    void integersOutOfRange();
    void integersAtTheLimits();
    void warningDaysOutOfRange_data();
    void warningDaysOutOfRange();
    void activityStatusOutOfRange_data();
    void activityStatusOutOfRange();
    void nonAsciiDigitsInTimes_data();
    void nonAsciiDigitsInTimes();
    void v1ServerLeavesOutTheV11Fields();
    void rotation();
    void malformedRotation_data();
    void malformedRotation();
    void usage();
    void malformedUsage_data();
    void malformedUsage();
};

void TestTokenCodec::decodesEveryField()
{
    QString why;
    const auto t = TokenCodec::decodeToken(validToken(), &why);
    QVERIFY2(t, qPrintable(why));
    QCOMPARE(t->id, QStringLiteral("tok_01"));
    QCOMPARE(t->name, QStringLiteral("Salesforce"));
    QCOMPARE(t->key, QStringLiteral("A119E95B253D9D37F45BF8BF97ZZ920D"));
    QCOMPARE(t->userId, 17);
    QCOMPARE(t->login, QStringLiteral("jane@acme.example"));
    QVERIFY(t->allEndpoints);
    QVERIFY(t->accessAreas.isEmpty());
    QCOMPARE(t->status, Token::Status::Active);
    QCOMPARE(t->disabledReason, Token::DisabledReason::None);
    QCOMPARE(t->createdAt, QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(t->createdBy, QStringLiteral("admin@acme.example"));
    QCOMPARE(t->lastActivityAt, QDateTime(QDate(2026, 11, 27), QTime(8, 30, 15, 250), Qt::UTC));
    QCOMPARE(t->inactiveSince, t->lastActivityAt);
    QCOMPARE(t->autoDisableAt, QDateTime(QDate(2027, 1, 26), QTime(8, 30, 15, 250), Qt::UTC));
    QVERIFY(!t->disabledAt.isValid());
    QCOMPARE(t->version, 3);
    QCOMPARE(t->owner, QStringLiteral("Raj (Marketing Ops)"));
    QCOMPARE(t->notes, QStringLiteral("Nightly sync.\nAsk Raj."));
    QCOMPARE(t->rotatedAt, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QCOMPARE(t->previousSecretExpiresAt, QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
    QVERIFY(t->inRotationGrace(QDateTime(QDate(2026, 11, 21), QTime(8, 59), Qt::UTC)));
    QVERIFY(!t->inRotationGrace(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC)));
}

void TestTokenCodec::restrictedAccessAndDisabled()
{
    QJsonObject json = validToken();
    json[QStringLiteral("access")] = QJsonArray{QStringLiteral("registration"), QStringLiteral("content")};
    json[QStringLiteral("status")] = QStringLiteral("disabled");
    json[QStringLiteral("disabledReason")] = QStringLiteral("inactivity");
    json[QStringLiteral("disabledAt")] = QStringLiteral("2026-11-28T00:00:00+01:00");
    json[QStringLiteral("autoDisableAt")] = QJsonValue::Null;
    json[QStringLiteral("lastActivityAt")] = QJsonValue::Null;
    const auto t = TokenCodec::decodeToken(json);
    QVERIFY(t);
    QVERIFY(!t->allEndpoints);
    QCOMPARE(t->accessAreas, (QStringList{QStringLiteral("registration"), QStringLiteral("content")}));
    QCOMPARE(t->status, Token::Status::Disabled);
    QCOMPARE(t->disabledReason, Token::DisabledReason::Inactivity);
    QCOMPARE(t->disabledAt, QDateTime(QDate(2026, 11, 27), QTime(23, 0), Qt::UTC));
    QVERIFY(!t->autoDisableAt.isValid());
    QVERIFY(!t->lastActivityAt.isValid());
}

void TestTokenCodec::malformedToken_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");  // Undefined: remove the field
    QTest::addColumn<QString>("mentions");

    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    const QStringList required = {"id", "name", "key", "userId", "login", "access", "status",
                                  "disabledReason", "createdAt", "createdBy", "lastActivityAt",
                                  "inactiveSince", "autoDisableAt", "disabledAt", "version"};
    for (const QString& f : required) {
        // Nullable fields are still required to be present, as the contract lists them.
        if (f != QLatin1String("disabledReason") && f != QLatin1String("lastActivityAt")
            && f != QLatin1String("autoDisableAt") && f != QLatin1String("disabledAt")) {
            QTest::addRow("%s missing", qPrintable(f)) << f << missing << f;
            QTest::addRow("%s null", qPrintable(f)) << f << null << f;
        }
        QTest::addRow("%s as object", qPrintable(f)) << f << QJsonValue(QJsonObject{}) << f;
        QTest::addRow("%s as bool", qPrintable(f)) << f << QJsonValue(true) << f;
    }
    QTest::newRow("id empty") << "id" << QJsonValue(QString()) << "id";
    QTest::newRow("key empty") << "key" << QJsonValue(QString()) << "key";
    QTest::newRow("userId as string") << "userId" << QJsonValue("17") << "userId";
    QTest::newRow("userId fractional") << "userId" << QJsonValue(17.5) << "userId";
    QTest::newRow("version as string") << "version" << QJsonValue("3") << "version";
    QTest::newRow("version negative") << "version" << QJsonValue(-1) << "version";
    QTest::newRow("status unknown") << "status" << QJsonValue("paused") << "status";
    QTest::newRow("reason unknown") << "disabledReason" << QJsonValue("expired") << "disabledReason";
    QTest::newRow("access unknown word") << "access" << QJsonValue("some") << "access";
    QTest::newRow("access array of numbers") << "access" << QJsonValue(QJsonArray{1, 2}) << "access";
    QTest::newRow("createdAt no zone") << "createdAt" << QJsonValue("2026-09-01T10:00:00") << "createdAt";
    QTest::newRow("createdAt date only") << "createdAt" << QJsonValue("2026-09-01") << "createdAt";
    QTest::newRow("createdAt bad month") << "createdAt" << QJsonValue("2026-13-01T10:00:00Z") << "createdAt";
    QTest::newRow("createdAt number") << "createdAt" << QJsonValue(1700000000) << "createdAt";
    QTest::newRow("inactiveSince garbage") << "inactiveSince" << QJsonValue("yesterday") << "inactiveSince";
    QTest::newRow("lastActivityAt empty") << "lastActivityAt" << QJsonValue("") << "lastActivityAt";
    // v1.1 fields may be absent (a v1 server), but never malformed.
    for (const char* f : {"owner", "notes"}) {
        QTest::addRow("%s null", f) << f << null << f;
        QTest::addRow("%s as number", f) << f << QJsonValue(7) << f;
        QTest::addRow("%s as array", f) << f << QJsonValue(QJsonArray{QStringLiteral("Raj")}) << f;
    }
    QTest::newRow("owner too long") << "owner" << QJsonValue(QString(129, QLatin1Char('o'))) << "owner";
    QTest::newRow("notes too long") << "notes" << QJsonValue(QString(2001, QLatin1Char('n'))) << "notes";
    for (const char* f : {"rotatedAt", "previousSecretExpiresAt"}) {
        QTest::addRow("%s garbage", f) << f << QJsonValue("tomorrow") << f;
        QTest::addRow("%s as number", f) << f << QJsonValue(1700000000) << f;
        QTest::addRow("%s no zone", f) << f << QJsonValue("2026-11-21T09:00:00") << f;
    }
}

void TestTokenCodec::malformedToken()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, mentions);
    QJsonObject json = validToken();
    if (value.isUndefined())
        json.remove(field);
    else
        json[field] = value;
    QString why;
    QVERIFY(!TokenCodec::decodeToken(json, &why));
    QVERIFY2(why.contains(mentions), qPrintable(why));
}

void TestTokenCodec::roundTrip()
{
    const auto t = TokenCodec::decodeToken(validToken());
    QVERIFY(t);
    const QJsonObject encoded = TokenCodec::encodeToken(*t);
    const auto again = TokenCodec::decodeToken(encoded);
    QVERIFY(again);
    QCOMPARE(*again, *t);
    QCOMPARE(encoded.value(QStringLiteral("access")).toString(), QStringLiteral("all_endpoints"));
    QVERIFY(encoded.value(QStringLiteral("disabledReason")).isNull());
    QCOMPARE(encoded.keys().size(), validToken().keys().size());
}

void TestTokenCodec::v1ServerLeavesOutTheV11Fields()
{
    QJsonObject json = validToken();
    for (const char* f : {"owner", "notes", "rotatedAt", "previousSecretExpiresAt"})
        json.remove(QLatin1String(f));
    QString why;
    const auto t = TokenCodec::decodeToken(json, &why);
    QVERIFY2(t, qPrintable(why));
    QVERIFY(t->owner.isEmpty() && t->notes.isEmpty());
    QVERIFY(!t->rotatedAt.isValid() && !t->previousSecretExpiresAt.isValid());

    // The limits count characters, not UTF-16 units: 128 emoji are a valid owner.
    json[QStringLiteral("owner")] = QString::fromUcs4(std::u32string(128, U'\U0001F600').c_str(), 128);
    QVERIFY2(TokenCodec::decodeToken(json, &why), qPrintable(why));
}

void TestTokenCodec::rotation()
{
    const QJsonObject json{{QStringLiteral("token"), validToken()},
                           {QStringLiteral("secret"), QString(128, QLatin1Char('a'))},
                           {QStringLiteral("previousSecretExpiresAt"), "2026-11-21T09:00:00Z"}};
    QString why;
    const auto r = TokenCodec::decodeRotation(json, &why);
    QVERIFY2(r, qPrintable(why));
    QCOMPARE(r->token.id, QStringLiteral("tok_01"));
    QCOMPARE(r->secret, QString(128, QLatin1Char('a')));
    QCOMPARE(r->previousSecretExpiresAt, QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
    QJsonObject noGrace = json;
    noGrace[QStringLiteral("previousSecretExpiresAt")] = QJsonValue::Null;
    const auto r0 = TokenCodec::decodeRotation(noGrace, &why);
    QVERIFY2(r0, qPrintable(why));
    QVERIFY(!r0->previousSecretExpiresAt.isValid());
}

void TestTokenCodec::malformedRotation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("mentions");
    const QJsonValue missing(QJsonValue::Undefined);
    QTest::newRow("token missing") << "token" << missing << "token";
    QTest::newRow("token as string") << "token" << QJsonValue("tok_01") << "token";
    QJsonObject badToken = validToken();
    badToken.remove(QStringLiteral("key"));
    QTest::newRow("token without key") << "token" << QJsonValue(badToken) << "key";
    QTest::newRow("secret missing") << "secret" << missing << "secret";
    QTest::newRow("secret empty") << "secret" << QJsonValue("") << "secret";
    QTest::newRow("secret null") << "secret" << QJsonValue(QJsonValue::Null) << "secret";
    QTest::newRow("expiry missing") << "previousSecretExpiresAt" << missing << "previousSecretExpiresAt";
    QTest::newRow("expiry garbage") << "previousSecretExpiresAt" << QJsonValue("soon")
                                    << "previousSecretExpiresAt";
}

void TestTokenCodec::malformedRotation()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, mentions);
    QJsonObject json{{QStringLiteral("token"), validToken()},
                     {QStringLiteral("secret"), QString(128, QLatin1Char('a'))},
                     {QStringLiteral("previousSecretExpiresAt"), QJsonValue::Null}};
    if (value.isUndefined())
        json.remove(field);
    else
        json[field] = value;
    QString why;
    QVERIFY(!TokenCodec::decodeRotation(json, &why));
    QVERIFY2(why.contains(mentions), qPrintable(why));
}

namespace {
QJsonObject validUsage()
{
    return QJsonDocument::fromJson(R"({"days": 60, "areas": [
        {"area": "registration", "calls": 0, "lastCallAt": null},
        {"area": "client_analytics", "calls": 3, "lastCallAt": "2026-11-27T08:30:15Z"}]})")
        .object();
}
} // namespace

void TestTokenCodec::usage()
{
    QString why;
    const auto u = TokenCodec::decodeUsage(validUsage(), &why);
    QVERIFY2(u, qPrintable(why));
    QCOMPARE(u->days, 60);
    QCOMPARE(u->areas.size(), 2);
    QCOMPARE(u->areas.at(0).area, QStringLiteral("registration"));
    QCOMPARE(u->areas.at(0).calls, 0);
    QVERIFY(!u->areas.at(0).lastCallAt.isValid());
    QCOMPARE(u->areas.at(1).calls, 3);
    QCOMPARE(u->areas.at(1).lastCallAt, QDateTime(QDate(2026, 11, 27), QTime(8, 30, 15), Qt::UTC));
}

void TestTokenCodec::malformedUsage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("days missing") << QByteArray(R"({"areas": []})") << "days";
    QTest::newRow("days zero") << QByteArray(R"({"days": 0, "areas": []})") << "days";
    QTest::newRow("days 91") << QByteArray(R"({"days": 91, "areas": []})") << "days";
    QTest::newRow("areas missing") << QByteArray(R"({"days": 60})") << "areas";
    QTest::newRow("areas object") << QByteArray(R"({"days": 60, "areas": {}})") << "areas";
    QTest::newRow("area item string") << QByteArray(R"({"days": 60, "areas": ["content"]})") << "areas";
    QTest::newRow("unknown area")
        << QByteArray(R"({"days": 60, "areas": [{"area": "billing", "calls": 1, "lastCallAt": null}]})")
        << "area";
    QTest::newRow("negative calls")
        << QByteArray(R"({"days": 60, "areas": [{"area": "content", "calls": -1, "lastCallAt": null}]})")
        << "calls";
    QTest::newRow("fractional calls")
        << QByteArray(R"({"days": 60, "areas": [{"area": "content", "calls": 1.5, "lastCallAt": null}]})")
        << "calls";
    QTest::newRow("lastCallAt missing")
        << QByteArray(R"({"days": 60, "areas": [{"area": "content", "calls": 1}]})") << "lastCallAt";
    QTest::newRow("lastCallAt garbage")
        << QByteArray(R"({"days": 60, "areas": [{"area": "content", "calls": 1, "lastCallAt": "x"}]})")
        << "lastCallAt";
}

void TestTokenCodec::malformedUsage()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString why;
    QVERIFY(!TokenCodec::decodeUsage(QJsonDocument::fromJson(json).object(), &why));
    QVERIFY2(why.contains(mentions), qPrintable(why));
}

void TestTokenCodec::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base(QDate(2026, 11, 28), QTime(15, 4, 5), Qt::UTC);
    QTest::newRow("Z") << "2026-11-28T15:04:05Z" << base;
    QTest::newRow("lower z") << "2026-11-28t15:04:05z" << base;
    QTest::newRow("millis") << "2026-11-28T15:04:05.123Z" << base.addMSecs(123);
    QTest::newRow("micros") << "2026-11-28T15:04:05.123456Z" << base.addMSecs(123);
    QTest::newRow("offset +02:00") << "2026-11-28T17:04:05+02:00" << base;
    QTest::newRow("offset -05:30") << "2026-11-28T09:34:05-05:30" << base;
    QTest::newRow("no zone") << "2026-11-28T15:04:05" << QDateTime();
    QTest::newRow("space") << "2026-11-28 15:04:05Z" << QDateTime();
    QTest::newRow("trailing") << "2026-11-28T15:04:05Zx" << QDateTime();
    QTest::newRow("empty fraction") << "2026-11-28T15:04:05.Z" << QDateTime();
    QTest::newRow("hour 24") << "2026-11-28T24:04:05Z" << QDateTime();
    QTest::newRow("feb 30") << "2026-02-30T15:04:05Z" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
    // Only instants that RFC 3339 can write in UTC, so formatTime() can always write them back.
    QTest::newRow("last second") << "9999-12-31T23:59:59.999Z"
                                 << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("first second") << "0001-01-01T00:00:00Z"
                                  << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("offset into year 1") << "0001-01-01T00:30:00-01:00"
                                        << QDateTime(QDate(1, 1, 1), QTime(1, 30), Qt::UTC);
    QTest::newRow("offset past 9999") << "9999-12-31T23:59:59-01:00" << QDateTime();
    QTest::newRow("offset before year 1") << "0001-01-01T00:30:00+01:00" << QDateTime();
    QTest::newRow("year 0") << "0000-06-01T00:00:00Z" << QDateTime();
}

void TestTokenCodec::times()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = TokenCodec::parseTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(TokenCodec::parseTime(TokenCodec::formatTime(parsed)), parsed);
    }
    QCOMPARE(TokenCodec::formatTime(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)),
             QStringLiteral("2026-01-02T03:04:05Z"));
}

namespace {
QJsonObject validSession()
{
    return QJsonDocument::fromJson(R"({
        "session": "s3cr3t", "expiresAt": "2026-11-28T23:00:00Z",
        "user": {"id": 1, "login": "admin@acme.example", "displayName": "Ada Admin",
                 "permissions": ["manage_users"]},
        "account": {"clientId": 10001, "name": "Acme", "features": ["connect"],
                    "policy": {"inactivityDays": 60, "warningDays": [1, 14, 3, 7]}}})").object();
}
} // namespace

void TestTokenCodec::session()
{
    QString why;
    const auto s = TokenCodec::decodeSession(validSession(), &why);
    QVERIFY2(s, qPrintable(why));
    QCOMPARE(s->token, QStringLiteral("s3cr3t"));
    QCOMPARE(s->user.id, 1);
    QVERIFY(s->user.canManageUsers());
    QCOMPARE(s->account.clientId, 10001);
    QVERIFY(s->account.hasConnect());
    QCOMPARE(s->account.policy.inactivityDays, 60);
    QCOMPARE(s->account.policy.warningDays, (QVector<int>{14, 7, 3, 1}));
}

void TestTokenCodec::malformedSession_data()
{
    QTest::addColumn<QByteArray>("path");  // dotted path to damage
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no session") << QByteArray("session") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("session number") << QByteArray("session") << QJsonValue(5);
    QTest::newRow("expiresAt bad") << QByteArray("expiresAt") << QJsonValue("soon");
    QTest::newRow("user missing") << QByteArray("user") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("user.id string") << QByteArray("user.id") << QJsonValue("1");
    QTest::newRow("user.permissions string") << QByteArray("user.permissions") << QJsonValue("manage_users");
    QTest::newRow("account.clientId string") << QByteArray("account.clientId") << QJsonValue("10001");
    QTest::newRow("account.features missing") << QByteArray("account.features") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("account.policy missing") << QByteArray("account.policy") << QJsonValue(QJsonValue::Undefined);
}

void TestTokenCodec::malformedSession()
{
    QFETCH(QByteArray, path);
    QFETCH(QJsonValue, value);
    QJsonObject json = validSession();
    const QList<QByteArray> parts = path.split('.');
    const auto apply = [&value](QJsonObject& o, const QString& key) {
        if (value.isUndefined())
            o.remove(key);
        else
            o[key] = value;
    };
    if (parts.size() == 1) {
        apply(json, QString::fromLatin1(parts[0]));
    } else {
        QJsonObject inner = json[QString::fromLatin1(parts[0])].toObject();
        apply(inner, QString::fromLatin1(parts[1]));
        json[QString::fromLatin1(parts[0])] = inner;
    }
    QString why;
    QVERIFY(!TokenCodec::decodeSession(json, &why));
    QVERIFY(!why.isEmpty());
}

void TestTokenCodec::userAccountActivityAudit()
{
    const auto u = TokenCodec::decodeUser(QJsonDocument::fromJson(
        R"({"id": 5, "login": "p@acme.example", "displayName": "P", "loginType": "Platform Login", "hasToken": false})").object());
    QVERIFY(u);
    QCOMPARE(u->id, 5);
    QVERIFY(!u->hasToken);
    QVERIFY(!TokenCodec::decodeUser(QJsonDocument::fromJson(
        R"({"id": 5, "login": "p@acme.example", "displayName": "P", "loginType": "x", "hasToken": "no"})").object()));

    const auto a = TokenCodec::decodeActivity(QJsonDocument::fromJson(
        R"({"at": "2026-11-27T08:30:15Z", "method": "GET", "path": "/v2/client/10001", "status": 200})").object());
    QVERIFY(a);
    QCOMPARE(a->status, 200);
    QVERIFY(!TokenCodec::decodeActivity(QJsonDocument::fromJson(R"({"at": "x", "method": "GET", "path": "/", "status": 200})").object()));

    const auto e = TokenCodec::decodeAudit(QJsonDocument::fromJson(
        R"({"at": "2026-11-27T08:30:15Z", "actor": "admin@acme.example", "action": "rename", "tokenId": "tok_1", "detail": "Salesforce"})").object());
    QVERIFY(e);
    QCOMPARE(e->detail, QStringLiteral("Salesforce"));
    QVERIFY(!TokenCodec::decodeAudit(QJsonDocument::fromJson(
        R"({"at": "2026-11-27T08:30:15Z", "actor": "a", "action": "rename", "tokenId": 5, "detail": null})").object()));
}

namespace {
// Each object is valid except for the one field named, so only that field can refuse it.
QJsonObject withRaw(QJsonObject base, const QString& field, const QByteArray& rawNumber)
{
    // A raw JSON literal, so numbers beyond a qint64 (and beyond a double) arrive unrounded.
    const QJsonDocument doc = QJsonDocument::fromJson("{\"v\":" + rawNumber + "}");
    base[field] = doc.object().value(QStringLiteral("v"));
    return base;
}

QJsonObject validAccount()
{
    return QJsonDocument::fromJson(R"({"clientId": 10001, "name": "Acme", "features": ["connect"],
        "policy": {"inactivityDays": 60, "warningDays": [14, 7, 3, 1]}})")
        .object();
}

QJsonObject validUser()
{
    return QJsonDocument::fromJson(R"({"id": 5, "login": "p@acme.example", "displayName": "P",
        "loginType": "Platform Login", "hasToken": false})")
        .object();
}

QJsonObject validActivity()
{
    return QJsonDocument::fromJson(R"({"at": "2026-11-27T08:30:15Z", "method": "GET",
        "path": "/v2/client/10001", "status": 200})")
        .object();
}
} // namespace

void TestTokenCodec::integersOutOfRange_data()
{
    QTest::addColumn<QByteArray>("number");
    // Casting any of these to qint64 is undefined behaviour or silently rounds: all refused.
    QTest::newRow("above qint64") << QByteArray("9508888888888888888");
    QTest::newRow("1e19") << QByteArray("1e19");
    QTest::newRow("-1e19") << QByteArray("-1e19");
    QTest::newRow("8e81") << QByteArray("8e81");
    QTest::newRow("1e308") << QByteArray("1e308");
    QTest::newRow("2^63") << QByteArray("9223372036854775808");
    QTest::newRow("2^53 + 1") << QByteArray("9007199254740993");
    QTest::newRow("-(2^53 + 1)") << QByteArray("-9007199254740993");
    QTest::newRow("2^53 + 2") << QByteArray("9007199254740994");
    QTest::newRow("-(2^53 + 2)") << QByteArray("-9007199254740994");
    QTest::newRow("2^60") << QByteArray("1152921504606846976");
    QTest::newRow("fraction") << QByteArray("17.5");
    QTest::newRow("tiny fraction") << QByteArray("1e-300");
}

void TestTokenCodec::integersOutOfRange()
{
    QFETCH(QByteArray, number);
    QString why;
    QVERIFY(
        !TokenCodec::decodeToken(withRaw(validToken(), QStringLiteral("userId"), number), &why));
    QVERIFY2(why.contains(QLatin1String("userId")), qPrintable(why));
    QVERIFY(!TokenCodec::decodeToken(withRaw(validToken(), QStringLiteral("version"), number)));
    QVERIFY(!TokenCodec::decodeUser(withRaw(validUser(), QStringLiteral("id"), number), &why));
    QVERIFY2(why.contains(QLatin1String("\"id\"")), qPrintable(why));
    QVERIFY(!TokenCodec::decodeAccount(withRaw(validAccount(), QStringLiteral("clientId"), number),
                                       &why));
    QVERIFY2(why.contains(QLatin1String("clientId")), qPrintable(why));
    QVERIFY(
        !TokenCodec::decodeActivity(withRaw(validActivity(), QStringLiteral("status"), number)));
    QJsonObject policy = validAccount().value(QStringLiteral("policy")).toObject();
    QJsonObject account = validAccount();
    account[QStringLiteral("policy")] = withRaw(policy, QStringLiteral("inactivityDays"), number);
    QVERIFY(!TokenCodec::decodeAccount(account));
}

void TestTokenCodec::integersAtTheLimits()
{
    // 2^53 is the largest id a double holds exactly with every smaller one: kept, unrounded.
    const qint64 max = qint64(1) << 53;
    const auto u =
        TokenCodec::decodeUser(withRaw(validUser(), QStringLiteral("id"), "9007199254740992"));
    QVERIFY(u);
    QCOMPARE(u->id, max);
    const auto neg =
        TokenCodec::decodeUser(withRaw(validUser(), QStringLiteral("id"), "-9007199254740992"));
    QVERIFY(neg);
    QCOMPARE(neg->id, -max);
    const auto a =
        TokenCodec::decodeAccount(withRaw(validAccount(), QStringLiteral("clientId"), "1e15"));
    QVERIFY(a);
    QCOMPARE(a->clientId, qint64(1000000000000000));
    // A whole number written with an exponent or a zero fraction is still that number.
    const auto t =
        TokenCodec::decodeToken(withRaw(validToken(), QStringLiteral("version"), "2147483647"));
    QVERIFY(t);
    QCOMPARE(t->version, 2147483647);
    QVERIFY(
        !TokenCodec::decodeToken(withRaw(validToken(), QStringLiteral("version"), "2147483648")));
    const auto z = TokenCodec::decodeToken(withRaw(validToken(), QStringLiteral("userId"), "17.0"));
    QVERIFY(z);
    QCOMPARE(z->userId, 17);
}

void TestTokenCodec::warningDaysOutOfRange_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::newRow("8e81") << QByteArray("[8e81]");
    QTest::newRow("1e19") << QByteArray("[14, 1e19]");
    QTest::newRow("2^31") << QByteArray("[2147483648]");
    QTest::newRow("2^32 + 14") << QByteArray("[4294967310]");
    QTest::newRow("negative") << QByteArray("[-1]");
    QTest::newRow("fraction") << QByteArray("[1.5]");
    QTest::newRow("string") << QByteArray("[\"7\"]");
    QTest::newRow("beyond the policy") << QByteArray("[3651]");
}

void TestTokenCodec::warningDaysOutOfRange()
{
    QFETCH(QByteArray, list);
    QJsonObject account = validAccount();
    const QJsonObject policy = account.value(QStringLiteral("policy")).toObject();
    account[QStringLiteral("policy")] = withRaw(policy, QStringLiteral("warningDays"), list);
    QString why;
    QVERIFY(!TokenCodec::decodeAccount(account, &why));
    QVERIFY2(why.contains(QLatin1String("warningDays")), qPrintable(why));
}

void TestTokenCodec::activityStatusOutOfRange_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::newRow("wraps to 200") << QByteArray("4294967496");
    QTest::newRow("wraps to -1") << QByteArray("4294967295");
    QTest::newRow("above int") << QByteArray("2147483848");
    QTest::newRow("negative") << QByteArray("-200");
    QTest::newRow("zero") << QByteArray("0");
    QTest::newRow("not HTTP") << QByteArray("1000");
}

void TestTokenCodec::activityStatusOutOfRange()
{
    QFETCH(QByteArray, number);
    QString why;
    QVERIFY(!TokenCodec::decodeActivity(withRaw(validActivity(), QStringLiteral("status"), number),
                                        &why));
    QVERIFY2(why.contains(QLatin1String("status")), qPrintable(why));
    const auto ok =
        TokenCodec::decodeActivity(withRaw(validActivity(), QStringLiteral("status"), "599"));
    QVERIFY(ok);
    QCOMPARE(ok->status, 599);
}

void TestTokenCodec::nonAsciiDigitsInTimes_data()
{
    QTest::addColumn<QString>("text");
    // QChar::isDigit says yes to these; RFC 3339 allows only ASCII digits.
    QTest::newRow("fullwidth in fraction") << QStringLiteral("2026-11-28T15:04:05.123\uFF14Z");
    QTest::newRow("fullwidth only fraction") << QStringLiteral("2026-11-28T15:04:05.\uFF11Z");
    QTest::newRow("arabic-indic in fraction")
        << QStringLiteral("2026-11-28T15:04:05.\u0661\u0662Z");
    QTest::newRow("devanagari in fraction") << QStringLiteral("2026-11-28T15:04:05.1\u0967Z");
    QTest::newRow("fullwidth in year") << QStringLiteral("\uFF12026-11-28T15:04:05Z");
    QTest::newRow("fullwidth in offset") << QStringLiteral("2026-11-28T15:04:05+0\uFF11:00");
    QTest::newRow("superscript in fraction") << QStringLiteral("2026-11-28T15:04:05.1\u00B2Z");
}

void TestTokenCodec::nonAsciiDigitsInTimes()
{
    QFETCH(QString, text);
    QVERIFY2(!TokenCodec::parseTime(text).isValid(), qPrintable(text));
    QJsonObject json = validToken();
    json[QStringLiteral("createdAt")] = text;
    QVERIFY(!TokenCodec::decodeToken(json));
}

QTEST_GUILESS_MAIN(TestTokenCodec)
#include "TestTokenCodec.moc"
