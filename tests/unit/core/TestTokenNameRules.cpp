// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/TokenNameRules.h"

#include <QTest>

using namespace TokenConsole;

// The contract's name rules as the console checks them while the user types, and how a name a
// server sent anyway is shown.
class TestTokenNameRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problem_data();
    void problem();
    void visible_data();
    void visible();
};

void TestTokenNameRules::problem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says");  // empty: accepted
    QTest::newRow("plain") << QStringLiteral("Salesforce") << QString();
    QTest::newRow("accents and CJK") << QStringLiteral("Données 日本") << QString();
    QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("Enter a name");
    QTest::newRow("too long") << QString(65, QLatin1Char('x')) << QStringLiteral("65");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("control character");
    QTest::newRow("right-to-left override")
        << QStringLiteral("Sales\u202Eecrof") << QStringLiteral("U+202E");
    QTest::newRow("zero-width space") << QStringLiteral("Sales\u200Bforce") << QStringLiteral("U+200B");
    QTest::newRow("isolate") << QStringLiteral("a\u2066b") << QStringLiteral("U+2066");
    QTest::newRow("only a byte order mark") << QStringLiteral("\uFEFF") << QStringLiteral("U+FEFF");
}

void TestTokenNameRules::problem()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    const QString problem = TokenNameRules::problem(name);
    if (says.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(says), qPrintable(problem));
}

void TestTokenNameRules::visible_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("Marketo") << QStringLiteral("Marketo");
    QTest::newRow("override") << QStringLiteral("a\u202Eb") << QStringLiteral("a\\u202Eb");
    QTest::newRow("zero-width joiner") << QStringLiteral("x\u200Dy") << QStringLiteral("x\\u200Dy");
    QTest::newRow("bom") << QStringLiteral("\uFEFF") << QStringLiteral("\\uFEFF");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\u000Ab");
}

void TestTokenNameRules::visible()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    QCOMPARE(TokenNameRules::visible(name), shown);
}

QTEST_GUILESS_MAIN(TestTokenNameRules)
#include "TestTokenNameRules.moc"
