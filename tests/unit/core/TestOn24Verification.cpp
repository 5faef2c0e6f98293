// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/On24Client.h"

#include <QTest>

using namespace TokenConsole;
using Outcome = On24Client::Verification::Outcome;

// On24Client::classify: what ON24's answer to GET /client/{id} means, from status and body.
class TestOn24Verification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void networkFailure();
};

void TestOn24Verification::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<ApiError::Kind>("errorKind");

    const auto message = [](const char* text) {
        return QByteArray(R"({"message":")") + text + R"("})";
    };
    QTest::newRow("works") << 200
                           << QByteArray(R"({"clientname":"ON24SalesElite","subclients":[]})")
                           << Outcome::Works << ApiError::Kind::None;
    QTest::newRow("200 without clientname")
        << 200 << QByteArray("{}") << Outcome::Failed << ApiError::Kind::BadResponse;
    QTest::newRow("200 not JSON") << 200 << QByteArray("<html>") << Outcome::Failed
                                  << ApiError::Kind::BadResponse;
    QTest::newRow("200 clientname number") << 200 << QByteArray(R"({"clientname":5})")
                                           << Outcome::Failed << ApiError::Kind::BadResponse;
    QTest::newRow("wrong pair") << 401
                                << message(
                                       "AccessTokenKey and AccessTokenSecret are wrong or invalid.")
                                << Outcome::WrongPair << ApiError::Kind::Unauthorized;
    QTest::newRow("missing headers")
        << 401 << message("Header must contain both accessTokenKey and accessTokenSecret.")
        << Outcome::WrongPair << ApiError::Kind::Unauthorized;
    QTest::newRow("deactivated") << 401
                                 << message("AccessTokenKey and AccessTokenSecret are deactivated.")
                                 << Outcome::Deactivated << ApiError::Kind::Unauthorized;
    QTest::newRow("quota") << 403
                           << message("You have reached the maximum number of calls for this api.")
                           << Outcome::QuotaExhausted << ApiError::Kind::Permission;
    QTest::newRow("other client") << 403 << message("You don't have access to this client id")
                                  << Outcome::NoAccessToClient << ApiError::Kind::Permission;
    QTest::newRow("restricted")
        << 403 << message("You do not have permission to perform the requested operation.")
        << Outcome::NoPermission << ApiError::Kind::Permission;
    QTest::newRow("client inactive") << 403 << message("The client id 10001 is inactive.")
                                     << Outcome::ClientInactive << ApiError::Kind::Permission;
    QTest::newRow("client unknown") << 404 << message("The client 10001 doesn't exist.")
                                    << Outcome::ClientUnknown << ApiError::Kind::NotFound;
    QTest::newRow("401 HTML") << 401 << QByteArray("<html>") << Outcome::WrongPair
                              << ApiError::Kind::Unauthorized;
    QTest::newRow("500") << 500 << message("Response code from uploading service is not success")
                         << Outcome::Failed << ApiError::Kind::Server;
}

void TestOn24Verification::classify()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Outcome, outcome);
    QFETCH(ApiError::Kind, errorKind);
    // The error as ApiJob makes it: none for a 2xx, else from the status and body.
    const ApiError error =
        status >= 200 && status < 300 ? ApiError() : ApiError::fromHttp(status, body);
    const On24Client::Verification v = On24Client::classify(error, status, body);
    QCOMPARE(v.outcome, outcome);
    QCOMPARE(v.error.kind(), errorKind);
    QVERIFY(!v.userMessage().isEmpty());
    if (v.works())
        QCOMPARE(v.clientName, QStringLiteral("ON24SalesElite"));
}

void TestOn24Verification::networkFailure()
{
    const On24Client::Verification v =
        On24Client::classify(ApiError(ApiError::Kind::Network), 0, {});
    QCOMPARE(v.outcome, Outcome::Failed);
    QCOMPARE(v.error.kind(), ApiError::Kind::Network);
    QVERIFY(v.serverMessage.isEmpty());
}

QTEST_GUILESS_MAIN(TestOn24Verification)
#include "TestOn24Verification.moc"
