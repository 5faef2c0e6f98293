// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AdminClient.h"
#include "api/ApiError.h"

#include <QTest>

using namespace TokenConsole;
using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void everyKindHasAnActionableMessage_data();
    void everyKindHasAnActionableMessage();
    void checkUrl_data();
    void checkUrl();
};

void TestApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");

    const auto err = [](const char* code) {
        return QByteArray(R"({"error":{"code":")") + code + R"(","message":"Something."}})";
    };
    QTest::newRow("401 invalid_credentials") << 401 << err("invalid_credentials") << int(Kind::Unauthorized) << "invalid_credentials";
    QTest::newRow("401 session_expired") << 401 << err("session_expired") << int(Kind::SessionExpired) << "session_expired";
    QTest::newRow("401 no body") << 401 << QByteArray() << int(Kind::Unauthorized) << "";
    QTest::newRow("403 permission_denied") << 403 << err("permission_denied") << int(Kind::Permission) << "permission_denied";
    QTest::newRow("403 connect_not_in_contract") << 403 << err("connect_not_in_contract") << int(Kind::Contract) << "connect_not_in_contract";
    QTest::newRow("404 not_found") << 404 << err("not_found") << int(Kind::NotFound) << "not_found";
    QTest::newRow("409 token_exists") << 409 << err("token_exists") << int(Kind::Conflict) << "token_exists";
    QTest::newRow("409 already_disabled") << 409 << err("already_disabled") << int(Kind::Conflict) << "already_disabled";
    QTest::newRow("412 version_mismatch") << 412 << err("version_mismatch") << int(Kind::VersionMismatch) << "version_mismatch";
    QTest::newRow("428 if_match_required") << 428 << err("if_match_required") << int(Kind::VersionMismatch) << "if_match_required";
    QTest::newRow("400 invalid_cursor") << 400 << err("invalid_cursor") << int(Kind::Validation) << "invalid_cursor";
    QTest::newRow("413 body_too_large") << 413 << err("body_too_large") << int(Kind::Validation) << "body_too_large";
    QTest::newRow("422 invalid_name") << 422 << err("invalid_name") << int(Kind::Validation) << "invalid_name";
    QTest::newRow("429 too_many_attempts") << 429 << err("too_many_attempts") << int(Kind::RateLimited) << "too_many_attempts";
    QTest::newRow("500 html") << 500 << QByteArray("<html>oops</html>") << int(Kind::Server) << "";
    QTest::newRow("503") << 503 << QByteArray() << int(Kind::Server) << "";
    QTest::newRow("302") << 302 << QByteArray() << int(Kind::BadResponse) << "";
    QTest::newRow("ON24 shape") << 403 << QByteArray(R"({"message":"You have reached the maximum number of calls for this api."})") << int(Kind::Permission) << "";
}

void TestApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    const ApiError e = ApiError::fromHttp(status, body);
    QCOMPARE(int(e.kind()), kind);
    QCOMPARE(e.httpStatus(), status);
    QCOMPARE(e.code(), code);
    QVERIFY(e.isError());
    if (body.startsWith("{"))
        QVERIFY(!e.serverMessage().isEmpty());
}

void TestApiError::everyKindHasAnActionableMessage_data()
{
    QTest::addColumn<int>("kind");
    for (int k = int(Kind::Network); k <= int(Kind::Canceled); ++k)
        QTest::addRow("%s", qPrintable(ApiError::kindName(Kind(k)))) << k;
}

void TestApiError::everyKindHasAnActionableMessage()
{
    QFETCH(int, kind);
    const ApiError e(Kind(kind), 500);
    const QString message = e.userMessage();
    QVERIFY2(message.size() > 20, qPrintable(message));
    QVERIFY(message.endsWith(QLatin1Char('.')));
    QVERIFY(ApiError::kindName(Kind(kind)) != QLatin1String("unknown"));
    QVERIFY(!ApiError().isError());
    QVERIFY(ApiError().userMessage().isEmpty());
}

void TestApiError::checkUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https remote") << "https://tokens.example.com" << true;
    QTest::newRow("http remote") << "http://tokens.example.com" << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:8080" << true;
    QTest::newRow("http ::1") << "http://[::1]:8080" << true;
    QTest::newRow("http localhost") << "http://localhost:8080" << true;
    QTest::newRow("http LAN") << "http://192.168.1.5" << false;
    QTest::newRow("http localhost.evil.com") << "http://localhost.evil.com" << false;
    QTest::newRow("ftp") << "ftp://tokens.example.com" << false;
    QTest::newRow("empty") << "" << false;
}

void TestApiError::checkUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const ApiError e = AdminClient::checkUrl(QUrl(url));
    QCOMPARE(!e.isError(), accepted);
    if (!accepted) {
        QCOMPARE(e.kind(), Kind::InsecureUrl);
        QVERIFY(e.userMessage().contains(QStringLiteral("https://")));
    }
}

QTEST_GUILESS_MAIN(TestApiError)
#include "TestApiError.moc"
