// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestTokens.h"
#include "export/TableExportWriter.h"
#include "export/TokenExportTable.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace TokenConsole;

// The CSV and JSON export: RFC 4180 quoting, formula-safe cells, UTF-8, typed JSON, ISO times,
// and no secret-shaped value ever written.
class TestTableExportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvCell_data();
    void csvCell();
    void csvDocument();
    void json();
    void refusesSecretShapes();
    void formatFromFileName_data();
    void formatFromFileName();
    void tokensFollowTheProxy();
    void writesAtomically();
};

void TestTableExportWriter::csvCell_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QVariant(QStringLiteral("Salesforce")) << "Salesforce";
    QTest::newRow("empty") << QVariant(QString()) << "";
    QTest::newRow("null") << QVariant() << "";
    QTest::newRow("comma") << QVariant(QStringLiteral("Acme, Inc.")) << "\"Acme, Inc.\"";
    QTest::newRow("quote") << QVariant(QStringLiteral("the \"big\" one"))
                           << "\"the \"\"big\"\" one\"";
    QTest::newRow("newline") << QVariant(QStringLiteral("two\nlines")) << "\"two\nlines\"";
    QTest::newRow("carriage return") << QVariant(QStringLiteral("a\rb")) << "\"a\rb\"";
    QTest::newRow("formula =") << QVariant(QStringLiteral("=HYPERLINK(\"x\")"))
                               << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("formula +") << QVariant(QStringLiteral("+1")) << "'+1";
    QTest::newRow("formula -") << QVariant(QStringLiteral("-2+3")) << "'-2+3";
    QTest::newRow("formula @") << QVariant(QStringLiteral("@SUM(A1)")) << "'@SUM(A1)";
    QTest::newRow("leading tab") << QVariant(QStringLiteral("\t=1")) << "'\t=1";
    QTest::newRow("formula sign inside") << QVariant(QStringLiteral("a=b")) << "a=b";
    QTest::newRow("negative number") << QVariant(-3) << "-3";
    QTest::newRow("number") << QVariant(42) << "42";
    QTest::newRow("bool") << QVariant(true) << "true";
    QTest::newRow("time is ISO UTC")
        << QVariant(QDateTime(QDate(2026, 10, 12), QTime(14, 3), Qt::OffsetFromUTC, 3600))
        << "2026-10-12T13:03:00Z";
    QTest::newRow("unicode") << QVariant(QStringLiteral("Zoë · 東京 · 🔑")) << "Zoë · 東京 · 🔑";
    QTest::newRow("unicode with comma")
        << QVariant(QStringLiteral("Müller, Jürgen")) << "\"Müller, Jürgen\"";
}

void TestTableExportWriter::csvCell()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(TableExportWriter::csvCell(value), expected);
}

void TestTableExportWriter::csvDocument()
{
    TableExportWriter::Table table;
    table.columns = {{QStringLiteral("name"), QStringLiteral("Name")},
                     {QStringLiteral("owner"), QStringLiteral("Owner, team")}};
    table.rows.append(QVariantList{QStringLiteral("Zoë"), QStringLiteral("=cmd")});
    table.rows.append(QVariantList{QStringLiteral("B"), QVariant()});
    const QByteArray csv = TableExportWriter::csv(table);
    QCOMPARE(csv, QByteArray("Name,\"Owner, team\"\r\n"
                             "Zo\xc3\xab,'=cmd\r\n"
                             "B,\r\n"));
}

void TestTableExportWriter::json()
{
    TableExportWriter::Table table;
    table.columns = {{QStringLiteral("name"), QStringLiteral("Name")},
                     {QStringLiteral("daysLeft"), QStringLiteral("Auto-disable")},
                     {QStringLiteral("lastActivityAt"), QStringLiteral("Last activity")},
                     {QStringLiteral("secretInKeychain"), QStringLiteral("Secret here")}};
    table.rows.append(QVariantList{QStringLiteral("=Zoë"), 12,
                                   QDateTime(QDate(2026, 10, 12), QTime(14, 3), Qt::UTC), true});
    table.rows.append(QVariantList{QStringLiteral("B"), QVariant(), QVariant(), false});
    const QByteArray text = TableExportWriter::json(table);
    QJsonParseError error;
    const QJsonArray rows = QJsonDocument::fromJson(text, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    // The keys keep the columns' order.
    QVERIFY(text.indexOf("\"name\"") < text.indexOf("\"daysLeft\""));
    QVERIFY(text.indexOf("\"daysLeft\"") < text.indexOf("\"lastActivityAt\""));
    QVERIFY(text.indexOf("\"lastActivityAt\"") < text.indexOf("\"secretInKeychain\""));
    QCOMPARE(QJsonDocument::fromJson(TableExportWriter::json({table.columns, {}})).array().size(),
             0);
    QCOMPARE(rows.size(), 2);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.keys().size(), 4);
    // JSON is data, not a spreadsheet: no formula prefix.
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("=Zoë"));
    QCOMPARE(first.value(QLatin1String("daysLeft")).toInt(), 12);
    QCOMPARE(first.value(QLatin1String("lastActivityAt")).toString(),
             QStringLiteral("2026-10-12T14:03:00Z"));
    QCOMPARE(first.value(QLatin1String("secretInKeychain")).toBool(), true);
    const QJsonObject second = rows.at(1).toObject();
    QVERIFY(second.value(QLatin1String("daysLeft")).isNull());
    QVERIFY(second.value(QLatin1String("lastActivityAt")).isNull());
}

void TestTableExportWriter::refusesSecretShapes()
{
    const QString secret = QString(128, QLatin1Char('a'));
    TableExportWriter::Table table;
    table.columns = {{QStringLiteral("notes"), QStringLiteral("Notes")}};
    table.rows.append(QVariantList{QStringLiteral("fine")});
    QVERIFY(!TableExportWriter::holdsSecretShape(table));
    table.rows.append(QVariantList{QStringLiteral("pasted by mistake: ") + secret});
    QVERIFY(TableExportWriter::holdsSecretShape(table));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY(!TableExportWriter::write(path, TableExportWriter::Format::Csv, table, &error));
    QVERIFY(error.contains(QLatin1String("secret")));
    QVERIFY(!QFile::exists(path));
    // 127 hex digits are an ordinary value.
    table.rows.last() = QVariantList{QString(127, QLatin1Char('f'))};
    QVERIFY(!TableExportWriter::holdsSecretShape(table));
}

void TestTableExportWriter::formatFromFileName_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("json");
    QTest::newRow("csv") << "tokens.csv" << false;
    QTest::newRow("json") << "tokens.json" << true;
    QTest::newRow("JSON") << "TOKENS.JSON" << true;
    QTest::newRow("none") << "tokens" << false;
}

void TestTableExportWriter::formatFromFileName()
{
    QFETCH(QString, file);
    QFETCH(bool, json);
    QCOMPARE(TableExportWriter::formatFor(file) == TableExportWriter::Format::Json, json);
}

void TestTableExportWriter::tokensFollowTheProxy()
{
    const QDateTime now = TestTokens::fixedNow();
    TokenTableModel model;
    model.setNow(now);
    Token a = TestTokens::make(1, now, 2);
    a.name = QStringLiteral("Alpha");
    Token b = TestTokens::make(2, now, 50);
    b.name = QStringLiteral("Bravo");
    Token c = TestTokens::make(3, now, 5);
    c.name = QStringLiteral("Charlie");
    c.status = Token::Status::Disabled;
    c.disabledReason = Token::DisabledReason::Manual;
    model.refresh({a, b, c});
    TokenFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setStatusFilter(TokenFilterModel::StatusFilter::Active);
    proxy.sort(TokenTableModel::NameColumn, Qt::DescendingOrder);
    const TableExportWriter::Table table =
        TokenExportTable::tokens(proxy, {TokenTableModel::StatusColumn, TokenTableModel::NameColumn,
                                         TokenTableModel::AutoDisableColumn});
    QCOMPARE(table.columns.size(), 3);
    QCOMPARE(table.columns.at(0).id, QStringLiteral("status"));
    QCOMPARE(table.columns.at(1).id, QStringLiteral("name"));
    QCOMPARE(table.columns.at(2).id, QStringLiteral("daysLeft"));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0).at(1).toString(), QStringLiteral("Bravo"));
    QCOMPARE(table.rows.at(1).at(1).toString(), QStringLiteral("Alpha"));
    QCOMPARE(table.rows.at(0).at(0).toString(), QStringLiteral("active"));
    QCOMPARE(table.rows.at(0).at(2).toInt(), 10);
}

void TestTableExportWriter::writesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokens.json"));
    TableExportWriter::Table table;
    table.columns = {{QStringLiteral("name"), QStringLiteral("Name")}};
    table.rows.append(QVariantList{QStringLiteral("東京")});
    QString error;
    QVERIFY2(TableExportWriter::write(path, TableExportWriter::formatFor(path), table, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll())
                 .array()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("東京"));
    QVERIFY(dir.isValid() && QDir(dir.path()).entryList(QDir::Files).size() == 1);
}

QTEST_GUILESS_MAIN(TestTableExportWriter)
#include "TestTableExportWriter.moc"
