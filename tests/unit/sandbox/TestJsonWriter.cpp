#include "sandbox/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using TokenConsole::Sandbox::JsonWriter;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Salesforce");
        QTest::newRow("quotes and backslash") << QStringLiteral("a\"b\\c");
        QTest::newRow("controls") << QStringLiteral("tab\there\nnew\x01line");
        QTest::newRow("unicode") << QStringLiteral("Zürich ✓ 😀");
        QTest::newRow("empty") << QString();
        QTest::newRow("slash") << QStringLiteral("</script>");
    }
    void stringsRoundTrip()
    {
        QFETCH(QString, text);
        JsonWriter out;
        out.beginArray();
        out.value(text);
        out.endArray();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.data(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().at(0).toString(), text);
    }

    void nestsWithCommasInTheRightPlaces()
    {
        JsonWriter out;
        out.beginObject();
        out.key("items");
        out.beginArray();
        for (int i = 0; i < 3; ++i) {
            out.beginObject();
            out.key("n");
            out.value(qint64(i));
            out.key("odd");
            out.value(i % 2 == 1);
            out.key("none");
            out.null();
            out.endObject();
        }
        out.endArray();
        out.key("raw");
        out.raw("[1,2]");
        out.key("empty");
        out.beginArray();
        out.endArray();
        out.endObject();
        const QJsonObject o = QJsonDocument::fromJson(out.data()).object();
        QCOMPARE(o.value("items").toArray().size(), 3);
        QCOMPARE(o.value("items").toArray().at(2).toObject().value("n").toInt(), 2);
        QVERIFY(o.value("items").toArray().at(1).toObject().value("odd").toBool());
        QVERIFY(o.value("items").toArray().at(0).toObject().value("none").isNull());
        QCOMPARE(o.value("raw").toArray(), (QJsonArray{1, 2}));
        QCOMPARE(o.value("empty").toArray(), QJsonArray{});
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
