#include "sandbox/RouteTable.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using TokenConsole::Sandbox::RouteId;
using TokenConsole::Sandbox::RouteTable;

class TestRouteTable : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("clockControl");
        QTest::addColumn<int>("result"); // Match::Result
        QTest::addColumn<int>("route");
        QTest::addColumn<QStringList>("params");
        using R = RouteTable::Match::Result;
        const int found = int(R::Found);
        const int missing = int(R::NotFound);
        const int wrongMethod = int(R::MethodNotAllowed);
        QTest::newRow("sessions") << QByteArray("POST") << "/api/v1/sessions" << false << found
                                  << int(RouteId::CreateSession) << QStringList();
        QTest::newRow("token by id")
            << QByteArray("GET") << "/api/v1/tokens/tok_1" << false << found
            << int(RouteId::GetToken) << QStringList{QStringLiteral("tok_1")};
        QTest::newRow("patch") << QByteArray("PATCH") << "/api/v1/tokens/tok_1" << false << found
                               << int(RouteId::PatchToken) << QStringList{"tok_1"};
        QTest::newRow("enable") << QByteArray("POST") << "/api/v1/tokens/x/enable" << false << found
                                << int(RouteId::EnableToken) << QStringList{"x"};
        QTest::newRow("v2 attendees")
            << QByteArray("GET") << "/v2/client/10001/event/311512/attendee" << false << found
            << int(RouteId::On24EventAttendees) << QStringList{"10001", "311512"};
        QTest::newRow("wrong method") << QByteArray("DELETE") << "/api/v1/tokens" << false
                                      << wrongMethod << 0 << QStringList();
        QTest::newRow("unknown") << QByteArray("GET") << "/api/v1/nothing" << false << missing << 0
                                 << QStringList();
        QTest::newRow("empty id") << QByteArray("GET") << "/api/v1/tokens//activity" << false
                                  << missing << 0 << QStringList();
        QTest::newRow("trailing slash")
            << QByteArray("GET") << "/api/v1/tokens/" << false << missing << 0 << QStringList();
        QTest::newRow("clock off")
            << QByteArray("POST") << "/sandbox/v1/clock" << false << missing << 0 << QStringList();
        QTest::newRow("clock on") << QByteArray("POST") << "/sandbox/v1/clock" << true << found
                                  << int(RouteId::SandboxClock) << QStringList();
    }
    void matches()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(bool, clockControl);
        QFETCH(int, result);
        QFETCH(int, route);
        QFETCH(QStringList, params);
        const auto match = RouteTable::match(method, path, clockControl);
        QCOMPARE(int(match.result), result);
        if (match.result == RouteTable::Match::Result::Found) {
            QCOMPARE(int(match.id), route);
            QCOMPARE(match.params, params);
        }
    }

    void wrongMethodListsTheAllowedOnes()
    {
        const auto match = RouteTable::match("PUT", QStringLiteral("/api/v1/tokens/x"), false);
        QCOMPARE(match.allowedMethods, (QByteArrayList{"GET", "PATCH"}));
    }

    // The OpenAPI document beside the code must describe exactly the served routes.
    void openApiDocumentMatchesTheServedRoutes()
    {
        const QString path = qEnvironmentVariable("TOKENCONSOLE_SOURCE_DIR") +
                             QStringLiteral("/app/sandbox/openapi.json");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.object()
                    .value(QStringLiteral("openapi"))
                    .toString()
                    .startsWith(QLatin1String("3.")));

        static const QSet<QString> httpMethods{"get",   "put",     "post", "delete",
                                               "patch", "options", "head", "trace"};
        QSet<QString> documented;
        const QJsonObject paths = doc.object().value(QStringLiteral("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            const QJsonObject item = it.value().toObject();
            for (auto op = item.begin(); op != item.end(); ++op) {
                if (httpMethods.contains(op.key()))
                    documented.insert(op.key().toUpper() + QLatin1Char(' ') + it.key());
            }
        }
        QSet<QString> served;
        for (const auto& route : RouteTable::definitions())
            served.insert(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern);

        const QSet<QString> undocumented = served - documented;
        const QSet<QString> notServed = documented - served;
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringLiteral("served but not in openapi.json: ") +
                            QStringList(undocumented.values()).join(QStringLiteral(", "))));
        QVERIFY2(notServed.isEmpty(),
                 qPrintable(QStringLiteral("in openapi.json but not served: ") +
                            QStringList(notServed.values()).join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "TestRouteTable.moc"
