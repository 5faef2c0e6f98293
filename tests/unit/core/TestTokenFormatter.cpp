// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestTokens.h"
#include "cli/TokenFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TokenConsole;

class TestTokenFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvField_data();
    void csvField();
    void csvRows();
    void jsonAddsDays();
    void formats_data();
    void formats();
};

void TestTokenFormatter::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "Salesforce" << "Salesforce";
    QTest::newRow("comma") << "BI, warehouse" << "\"BI, warehouse\"";
    QTest::newRow("quote") << "the \"best\"" << "\"the \"\"best\"\"\"";
    QTest::newRow("newline") << "a\nb" << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\rb" << "\"a\rb\"";
    QTest::newRow("empty") << "" << "";
}

void TestTokenFormatter::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(TokenFormatter::csvField(value), field);
}

void TestTokenFormatter::csvRows()
{
    const QDateTime now = TestTokens::fixedNow();
    Token t = TestTokens::make(1, now, 10);
    t.name = QStringLiteral("A, B");
    const QString csv = TokenFormatter({}, now).csv({t});
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 3);  // header, row, and the empty tail after the last CRLF
    QVERIFY(lines.at(2).isEmpty());
    QVERIFY(lines.at(1).contains(QStringLiteral("\"A, B\"")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral(",10,50")));
}

void TestTokenFormatter::jsonAddsDays()
{
    const QDateTime now = TestTokens::fixedNow();
    Token active = TestTokens::make(1, now, 10);
    Token disabled = TestTokens::make(2, now, 70);
    disabled.status = Token::Status::Disabled;
    disabled.disabledReason = Token::DisabledReason::Inactivity;
    disabled.autoDisableAt = {};
    const QJsonArray array = QJsonDocument::fromJson(TokenFormatter({}, now).json({active, disabled}).toUtf8()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("daysInactive")).toInt(), 10);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("daysLeft")).toInt(), 50);
    QVERIFY(array.at(1).toObject().value(QStringLiteral("daysLeft")).isNull());
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("disabledReason")).toString(), QStringLiteral("inactivity"));
}

void TestTokenFormatter::formats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("table") << "table" << true;
    QTest::newRow("csv") << "csv" << true;
    QTest::newRow("json") << "json" << true;
    QTest::newRow("xml") << "xml" << false;
    QTest::newRow("upper case") << "CSV" << false;
}

void TestTokenFormatter::formats()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    TokenFormatter::Format format;
    QCOMPARE(TokenFormatter::parseFormat(name, &format), valid);
}

QTEST_GUILESS_MAIN(TestTokenFormatter)
#include "TestTokenFormatter.moc"
