// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/JsonWriter.h"
#include "sandbox/Reply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using TokenConsole::Sandbox::JsonWriter;
using TokenConsole::Sandbox::Reply;

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
        QTest::newRow("only U+FEFF") << QString(QChar(0xFEFF));
        QTest::newRow("leading U+FEFF") << QStringLiteral("\uFEFFSalesforce");
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

    // Qt's JSON reader (and others) drop a raw U+FEFF at the start of a string as a byte order
    // mark, so a name made of it would arrive empty: it is always written escaped.
    void byteOrderMarkIsEscaped()
    {
        const QString text = QStringLiteral("\uFEFFa\uFEFF");
        JsonWriter out;
        out.beginObject();
        out.key("name");
        out.value(text);
        out.endObject();
        QCOMPARE(out.data(), QByteArray(R"({"name":"\ufeffa\ufeff"})"));
        const Reply reply = Reply::json(200, QJsonObject{{QStringLiteral("name"), text}});
        QVERIFY2(!reply.body.contains("\xEF\xBB\xBF"), reply.body.constData());
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value("name").toString(), text);
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
