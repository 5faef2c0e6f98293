// SPDX-License-Identifier: GPL-3.0-or-later
#include "direct/DirectTokenJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace TokenConsole;

namespace {

const QString key = QStringLiteral("A119E95B253D9D37F45BF8BF97ZZ920D");

InventoryEntry fullEntry()
{
    InventoryEntry e;
    e.key = key;
    e.name = QStringLiteral("Salesforce sync");
    e.owner = QStringLiteral("Ana Lopez");
    e.notes = QStringLiteral("Nightly export");
    e.login = QStringLiteral("ana@example.com");
    e.addedAt = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    e.addedBy = QStringLiteral("ana");
    e.lastActivityAt = QDateTime(QDate(2024, 4, 2), QTime(10, 30, 15, 250), Qt::UTC);
    e.activitySource = InventoryEntry::ActivitySource::Verify;
    e.lastVerifiedAt = QDateTime(QDate(2024, 4, 2), QTime(10, 30, 15, 250), Qt::UTC);
    e.lastVerifyOutcome = QStringLiteral("works");
    e.lastVerifyMessage = QStringLiteral("ok");
    e.keepAlive = true;
    e.status = InventoryEntry::Status::Works;
    return e;
}

const QStringList fieldNames = {QStringLiteral("key"),
                                QStringLiteral("name"),
                                QStringLiteral("login"),
                                QStringLiteral("owner"),
                                QStringLiteral("notes"),
                                QStringLiteral("status"),
                                QStringLiteral("lastActivityAt"),
                                QStringLiteral("lastActivityKnownFrom"),
                                QStringLiteral("daysLeft"),
                                QStringLiteral("keepAlive"),
                                QStringLiteral("lastVerifiedAt"),
                                QStringLiteral("lastVerifyOutcome")};

} // namespace

class TestDirectTokenJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonFields();
    void jsonFullEntry();
    void jsonUnknowns();
    void jsonStatus_data();
    void jsonStatus();
    void jsonActivitySource_data();
    void jsonActivitySource();
    void csvHeaderMatchesJson();
    void csvRow();
    void csvQuoting_data();
    void csvQuoting();
};

void TestDirectTokenJson::jsonFields()
{
    QStringList keys = DirectTokenJson::toJson(fullEntry(), 12).keys();
    QStringList expected = fieldNames;
    keys.sort();
    expected.sort();
    QCOMPARE(keys, expected);
    // No field beyond the contract, and never the verify message or anything secret-shaped.
    QVERIFY(
        !DirectTokenJson::toJson(fullEntry(), 12).contains(QStringLiteral("lastVerifyMessage")));
}

void TestDirectTokenJson::jsonFullEntry()
{
    const QJsonObject o = DirectTokenJson::toJson(fullEntry(), 12);
    QCOMPARE(o.value(QStringLiteral("key")).toString(), key);
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Salesforce sync"));
    QCOMPARE(o.value(QStringLiteral("login")).toString(), QStringLiteral("ana@example.com"));
    QCOMPARE(o.value(QStringLiteral("owner")).toString(), QStringLiteral("Ana Lopez"));
    QCOMPARE(o.value(QStringLiteral("notes")).toString(), QStringLiteral("Nightly export"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("works"));
    QCOMPARE(o.value(QStringLiteral("lastActivityAt")).toString(),
             QStringLiteral("2024-04-02T10:30:15.250Z"));
    QCOMPARE(o.value(QStringLiteral("lastActivityKnownFrom")).toString(), QStringLiteral("verify"));
    QVERIFY(o.value(QStringLiteral("daysLeft")).isDouble());
    QCOMPARE(o.value(QStringLiteral("daysLeft")).toInt(), 12);
    QCOMPARE(o.value(QStringLiteral("keepAlive")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("lastVerifiedAt")).toString(),
             QStringLiteral("2024-04-02T10:30:15.250Z"));
    QCOMPARE(o.value(QStringLiteral("lastVerifyOutcome")).toString(), QStringLiteral("works"));

    // A local time is written in UTC; whole seconds without milliseconds, as elsewhere.
    InventoryEntry e = fullEntry();
    e.lastActivityAt = QDateTime(QDate(2024, 4, 2), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600);
    QCOMPARE(DirectTokenJson::toJson(e, 0).value(QStringLiteral("lastActivityAt")).toString(),
             QStringLiteral("2024-04-02T10:00:00Z"));
    QCOMPARE(DirectTokenJson::toJson(e, 0).value(QStringLiteral("daysLeft")), QJsonValue(0));
}

void TestDirectTokenJson::jsonUnknowns()
{
    InventoryEntry e;
    e.key = key;
    const QJsonObject o = DirectTokenJson::toJson(e, 60);
    QCOMPARE(o.keys().size(), fieldNames.size());
    QCOMPARE(o.value(QStringLiteral("name")), QJsonValue(QString()));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("unverified"));
    QVERIFY(o.value(QStringLiteral("lastActivityAt")).isNull());
    QCOMPARE(o.value(QStringLiteral("lastActivityKnownFrom")).toString(), QStringLiteral("none"));
    QVERIFY(o.value(QStringLiteral("daysLeft")).isNull());
    QCOMPARE(o.value(QStringLiteral("keepAlive")), QJsonValue(false));
    QVERIFY(o.value(QStringLiteral("lastVerifiedAt")).isNull());
    QVERIFY(o.value(QStringLiteral("lastVerifyOutcome")).isNull());
    // Nulls are written as JSON null, not dropped.
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains("\"daysLeft\":null"), text.constData());
    QVERIFY2(text.contains("\"lastActivityAt\":null"), text.constData());
}

void TestDirectTokenJson::jsonStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unverified") << int(InventoryEntry::Status::Unverified) << "unverified";
    QTest::newRow("works") << int(InventoryEntry::Status::Works) << "works";
    QTest::newRow("deactivated is disabled")
        << int(InventoryEntry::Status::Deactivated) << "disabled";
    QTest::newRow("wrong pair") << int(InventoryEntry::Status::WrongPair) << "wrong_pair";
}

void TestDirectTokenJson::jsonStatus()
{
    QFETCH(int, status);
    QFETCH(QString, expected);
    InventoryEntry e = fullEntry();
    e.status = InventoryEntry::Status(status);
    QCOMPARE(DirectTokenJson::toJson(e, 1).value(QStringLiteral("status")).toString(), expected);
    QCOMPARE(DirectTokenJson::toCsvRow(e, 1).split(QLatin1Char(',')).at(5), expected);
}

void TestDirectTokenJson::jsonActivitySource_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<bool>("hasTime");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("daysKnown");
    QTest::newRow("verify") << int(InventoryEntry::ActivitySource::Verify) << true << "verify"
                            << true;
    QTest::newRow("entered") << int(InventoryEntry::ActivitySource::Entered) << true << "entered"
                             << true;
    QTest::newRow("none") << int(InventoryEntry::ActivitySource::None) << false << "none" << false;
    QTest::newRow("source without a time")
        << int(InventoryEntry::ActivitySource::Entered) << false << "none" << false;
    QTest::newRow("time without a source")
        << int(InventoryEntry::ActivitySource::None) << true << "none" << false;
}

void TestDirectTokenJson::jsonActivitySource()
{
    QFETCH(int, source);
    QFETCH(bool, hasTime);
    QFETCH(QString, expected);
    QFETCH(bool, daysKnown);
    InventoryEntry e = fullEntry();
    e.activitySource = InventoryEntry::ActivitySource(source);
    if (!hasTime)
        e.lastActivityAt = QDateTime();
    const QJsonObject o = DirectTokenJson::toJson(e, 7);
    QCOMPARE(o.value(QStringLiteral("lastActivityKnownFrom")).toString(), expected);
    QCOMPARE(o.value(QStringLiteral("daysLeft")).isNull(), !daysKnown);
    QCOMPARE(o.value(QStringLiteral("lastActivityAt")).isNull(), !daysKnown);
    const QStringList cells = DirectTokenJson::toCsvRow(e, 7).split(QLatin1Char(','));
    QCOMPARE(cells.at(7), expected);
    QCOMPARE(cells.at(8), daysKnown ? QStringLiteral("7") : QString());
}

void TestDirectTokenJson::csvHeaderMatchesJson()
{
    QCOMPARE(DirectTokenJson::csvHeader().split(QLatin1Char(',')), fieldNames);
}

void TestDirectTokenJson::csvRow()
{
    QCOMPARE(DirectTokenJson::toCsvRow(fullEntry(), 12),
             QStringLiteral("A119E95B253D9D37F45BF8BF97ZZ920D,Salesforce sync,ana@example.com,"
                            "Ana Lopez,Nightly export,works,2024-04-02T10:30:15.250Z,verify,12,"
                            "true,2024-04-02T10:30:15.250Z,works"));
    InventoryEntry e;
    e.key = key;
    QCOMPARE(DirectTokenJson::toCsvRow(e, 60),
             QStringLiteral("A119E95B253D9D37F45BF8BF97ZZ920D,,,,,unverified,,none,,false,,"));
    QVERIFY(!DirectTokenJson::toCsvRow(e, 60).endsWith(QLatin1Char('\n')));
}

void TestDirectTokenJson::csvQuoting_data()
{
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "Nightly export"
                           << "Nightly export";
    QTest::newRow("comma") << "a, b"
                           << "\"a, b\"";
    QTest::newRow("quote") << "the \"main\" one"
                           << "\"the \"\"main\"\" one\"";
    QTest::newRow("newline") << "line 1\nline 2"
                             << "\"line 1\nline 2\"";
    QTest::newRow("CRLF") << "line 1\r\nline 2"
                          << "\"line 1\r\nline 2\"";
    QTest::newRow("formula =") << "=HYPERLINK(\"http://x\")"
                               << "\"'=HYPERLINK(\"\"http://x\"\")\"";
    QTest::newRow("formula +") << "+1+2"
                               << "'+1+2";
    QTest::newRow("formula -") << "-2+3"
                               << "'-2+3";
    QTest::newRow("formula @") << "@SUM(A1)"
                               << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::newRow("not at the start") << "a=b"
                                      << "a=b";
    QTest::newRow("non-ASCII") << "Équipe 東京"
                               << "Équipe 東京";
}

void TestDirectTokenJson::csvQuoting()
{
    QFETCH(QString, notes);
    QFETCH(QString, cell);
    InventoryEntry e = fullEntry();
    e.notes = notes;
    e.name = notes;
    const QString row = DirectTokenJson::toCsvRow(e, 12);
    const QString expected = QStringLiteral("A119E95B253D9D37F45BF8BF97ZZ920D,%1,ana@example.com,"
                                            "Ana Lopez,%1,works,")
                                 .arg(cell);
    QVERIFY2(row.startsWith(expected), qPrintable(row));
    // JSON keeps the text as typed.
    QCOMPARE(DirectTokenJson::toJson(e, 12).value(QStringLiteral("notes")).toString(), notes);
}

QTEST_GUILESS_MAIN(TestDirectTokenJson)
#include "TestDirectTokenJson.moc"
