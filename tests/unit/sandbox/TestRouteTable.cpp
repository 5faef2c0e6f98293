// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RouteTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using TokenConsole::Sandbox::RouteId;
using TokenConsole::Sandbox::RouteTable;

namespace {
QJsonObject openApiDocument()
{
    QFile file(qEnvironmentVariable("TOKENCONSOLE_SOURCE_DIR") +
               QStringLiteral("/app/sandbox/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Every schema object in the document, with its JSON path, for rules that apply to all.
void collectSchemas(const QJsonValue& value, const QString& path,
                    QList<QPair<QString, QJsonObject>>* out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        out->append({path, object});
        for (auto it = object.begin(); it != object.end(); ++it)
            collectSchemas(it.value(), path + QLatin1Char('/') + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectSchemas(array.at(i), path + QLatin1Char('/') + QString::number(i), out);
    }
}

const QSet<QString>& httpMethods()
{
    static const QSet<QString> methods{"get",   "put",     "post", "delete",
                                       "patch", "options", "head", "trace"};
    return methods;
}
} // namespace

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

    // What standard OpenAPI 3.0 tools need to read the document: validators that turn
    // "nullable" into a JSON Schema null type (and add null to an enum) must not end up with a
    // duplicate enum item, strict ones need "type" beside "nullable"; code generators and
    // proxies need a unique operationId on every operation; packagers read the license.
    void openApiDocumentSuitsStandardTools()
    {
        const QJsonObject doc = openApiDocument();
        QVERIFY(!doc.isEmpty());
        QList<QPair<QString, QJsonObject>> objects;
        collectSchemas(doc, QString(), &objects);
        for (const auto& [path, object] : std::as_const(objects)) {
            if (!object.value(QStringLiteral("nullable")).toBool())
                continue;
            QVERIFY2(object.contains(QStringLiteral("type")),
                     qPrintable(path + QStringLiteral(": nullable without type")));
            QVERIFY2(!object.value(QStringLiteral("enum")).toArray().contains(QJsonValue::Null),
                     qPrintable(path + QStringLiteral(": nullable with null in its enum")));
        }

        QSet<QString> operationIds;
        const QRegularExpression idShape(QStringLiteral("^[a-z][A-Za-z0-9]*$"));
        const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            const QJsonObject item = it.value().toObject();
            for (auto op = item.begin(); op != item.end(); ++op) {
                if (!httpMethods().contains(op.key()))
                    continue;
                const QString where = op.key().toUpper() + QLatin1Char(' ') + it.key();
                const QString id =
                    op.value().toObject().value(QStringLiteral("operationId")).toString();
                QVERIFY2(idShape.match(id).hasMatch(),
                         qPrintable(where + QStringLiteral(": operationId \"%1\"").arg(id)));
                QVERIFY2(!operationIds.contains(id),
                         qPrintable(where + QStringLiteral(": duplicate operationId ") + id));
                operationIds.insert(id);
            }
        }

        const QJsonObject license = doc.value(QStringLiteral("info"))
                                        .toObject()
                                        .value(QStringLiteral("license"))
                                        .toObject();
        QCOMPARE(license.value(QStringLiteral("name")).toString(), "GPL-3.0-or-later");
        QVERIFY(license.value(QStringLiteral("url")).toString().startsWith("https://"));
    }
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "TestRouteTable.moc"
