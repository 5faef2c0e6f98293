// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/InputRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using TokenConsole::Sandbox::InputRules;
using TokenConsole::Sandbox::TokenAccess;

class TestInputRules : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << QJsonValue(QStringLiteral("Salesforce")) << true
                               << QStringLiteral("Salesforce");
        QTest::newRow("trimmed") << QJsonValue(QStringLiteral("  BI warehouse \t")) << true
                                 << QStringLiteral("BI warehouse");
        QTest::newRow("64 chars") << QJsonValue(QString(64, QLatin1Char('x'))) << true
                                  << QString(64, QLatin1Char('x'));
        QTest::newRow("65 chars") << QJsonValue(QString(65, QLatin1Char('x'))) << false
                                  << QString();
        QTest::newRow("64 emoji (code points)")
            << QJsonValue(QString::fromUcs4(QList<char32_t>(64, 0x1F600).constData(), 64)) << true
            << QString::fromUcs4(QList<char32_t>(64, 0x1F600).constData(), 64);
        QTest::newRow("empty") << QJsonValue(QString()) << false << QString();
        QTest::newRow("only spaces") << QJsonValue(QStringLiteral("   ")) << false << QString();
        QTest::newRow("newline inside") << QJsonValue(QStringLiteral("a\nb")) << false << QString();
        QTest::newRow("NUL") << QJsonValue(QString(QChar(0)) + QLatin1Char('a')) << false
                             << QString();
        QTest::newRow("DEL") << QJsonValue(QStringLiteral("a\x7f")) << false << QString();
        QTest::newRow("line separator")
            << QJsonValue(QStringLiteral("a\u2028b")) << false << QString();
        QTest::newRow("number") << QJsonValue(5) << false << QString();
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << QString();
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false << QString();
        QTest::newRow("unicode") << QJsonValue(QStringLiteral("Zürich CRM")) << true
                                 << QStringLiteral("Zürich CRM");
        // Characters that make one name pose as another on screen (DESIGN.md, v1.1): the
        // bidi controls and the zero-width ones, anywhere in the name.
        for (char32_t cp : {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D,
                            0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF}) {
            const QString c{QChar(char16_t(cp))}; // fromUcs4() would drop U+FEFF as a BOM
            const QByteArray hex = QByteArray::number(uint(cp), 16).toUpper();
            QTest::newRow("U+" + hex + " inside")
                << QJsonValue(QStringLiteral("Sales") + c + QStringLiteral("force")) << false
                << QString();
            QTest::newRow("U+" + hex + " at the end")
                << QJsonValue(QStringLiteral("Salesforce") + c) << false << QString();
        }
        QTest::newRow("only U+FEFF") << QJsonValue(QString(QChar(0xFEFF))) << false << QString();
        QTest::newRow("reversed text")
            << QJsonValue(QStringLiteral("\u202Eecrofselas")) << false << QString();
        QTest::newRow("U+200A hair space is a space")
            << QJsonValue(QStringLiteral("a\u200Ab")) << true << QStringLiteral("a\u200Ab");
        QTest::newRow("U+2070 superscript zero")
            << QJsonValue(QStringLiteral("x\u2070")) << true << QStringLiteral("x\u2070");
        QTest::newRow("Arabic") << QJsonValue(QStringLiteral("تكامل")) << true
                                << QStringLiteral("تكامل");
    }
    void names()
    {
        QFETCH(QJsonValue, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        const auto name = InputRules::normalizeName(input);
        QCOMPARE(name.has_value(), valid);
        if (valid)
            QCOMPARE(*name, normalized);
    }

    // v1.1: owner and notes follow the name's character rules; notes may hold line breaks.
    void ownerAndNotes()
    {
        QCOMPARE(InputRules::normalizeOwner(QStringLiteral(" Raj (Marketing Ops) ")).value_or("x"),
                 "Raj (Marketing Ops)");
        QCOMPARE(InputRules::normalizeOwner(QJsonValue::Null).value_or("x"), QString());
        QCOMPARE(InputRules::normalizeOwner(QString()).value_or("x"), QString());
        QVERIFY(InputRules::normalizeOwner(QString(128, QLatin1Char('o'))));
        QVERIFY(!InputRules::normalizeOwner(QString(129, QLatin1Char('o'))));
        QVERIFY(!InputRules::normalizeOwner(QStringLiteral("Raj\nPatel")));
        QVERIFY(!InputRules::normalizeOwner(QStringLiteral("Raj\u2066")));
        QVERIFY(!InputRules::normalizeOwner(5));
        QCOMPARE(InputRules::normalizeNotes(QStringLiteral("Line 1\r\n\tLine 2\n")).value_or("x"),
                 "Line 1\r\n\tLine 2");
        QVERIFY(InputRules::normalizeNotes(QString(2000, QLatin1Char('n'))));
        QVERIFY(!InputRules::normalizeNotes(QString(2001, QLatin1Char('n'))));
        QVERIFY(!InputRules::normalizeNotes(QStringLiteral("a\u0007b")));
        QVERIFY(!InputRules::normalizeNotes(QStringLiteral("a\uFEFFb")));
    }

    void graceAndDays()
    {
        QCOMPARE(InputRules::parseGraceHours(0).value_or(-1), 0);
        QCOMPARE(InputRules::parseGraceHours(168).value_or(-1), 168);
        for (const QJsonValue& bad :
             {QJsonValue(169), QJsonValue(-1), QJsonValue(2.5), QJsonValue(QStringLiteral("24")),
              QJsonValue(), QJsonValue(1e300)})
            QVERIFY(!InputRules::parseGraceHours(bad));
        QCOMPARE(InputRules::parseUsageDays(QString(), false).value_or(-1), 60);
        QCOMPARE(InputRules::parseUsageDays(QStringLiteral("90"), true).value_or(-1), 90);
        for (const char* bad : {"0", "91", "", "week", "1.5"})
            QVERIFY2(!InputRules::parseUsageDays(QLatin1String(bad), true), bad);
    }

    void access_data()
    {
        QTest::addColumn<QJsonValue>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("stored");
        QTest::newRow("all") << QJsonValue(QStringLiteral("all_endpoints")) << true
                             << QStringLiteral("all_endpoints");
        QTest::newRow("one area") << QJsonValue(QJsonArray{QStringLiteral("registration")}) << true
                                  << QStringLiteral("registration");
        QTest::newRow("canonical order, no duplicates")
            << QJsonValue(QJsonArray{QStringLiteral("helpers"), QStringLiteral("registration"),
                                     QStringLiteral("helpers")})
            << true << QStringLiteral("registration,helpers");
        QTest::newRow("empty list") << QJsonValue(QJsonArray{}) << false << QString();
        QTest::newRow("unknown area")
            << QJsonValue(QJsonArray{QStringLiteral("billing")}) << false << QString();
        QTest::newRow("other string")
            << QJsonValue(QStringLiteral("everything")) << false << QString();
        QTest::newRow("number in list") << QJsonValue(QJsonArray{1}) << false << QString();
        QTest::newRow("object") << QJsonValue(QJsonObject{}) << false << QString();
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false << QString();
    }
    void access()
    {
        QFETCH(QJsonValue, input);
        QFETCH(bool, valid);
        QFETCH(QString, stored);
        const auto access = InputRules::parseAccess(input);
        QCOMPARE(access.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(access->toStorage(), stored);
        // Round trip through storage keeps the meaning.
        const TokenAccess back = TokenAccess::fromStorage(stored);
        QCOMPARE(back.allEndpoints, access->allEndpoints);
        QCOMPARE(back.areas, access->areas);
        QCOMPARE(back.toJson(), access->toJson());
    }

    void accessAllows()
    {
        const TokenAccess all;
        QVERIFY(all.allows(QStringLiteral("client_analytics")));
        const auto some = InputRules::parseAccess(QJsonArray{QStringLiteral("event_analytics")});
        QVERIFY(some->allows(QStringLiteral("event_analytics")));
        QVERIFY(!some->allows(QStringLiteral("client_analytics")));
    }

    void limits_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("present");
        QTest::addColumn<int>("expected"); // -1: rejected
        QTest::newRow("absent") << QString() << false << 100;
        QTest::newRow("1") << "1" << true << 1;
        QTest::newRow("1000") << "1000" << true << 1000;
        QTest::newRow("0") << "0" << true << -1;
        QTest::newRow("1001") << "1001" << true << -1;
        QTest::newRow("negative") << "-5" << true << -1;
        QTest::newRow("empty") << "" << true << -1;
        QTest::newRow("text") << "ten" << true << -1;
        QTest::newRow("fraction") << "1.5" << true << -1;
    }
    void limits()
    {
        QFETCH(QString, value);
        QFETCH(bool, present);
        QFETCH(int, expected);
        const auto limit = InputRules::parseLimit(value, present);
        QCOMPARE(limit.value_or(-1), expected);
    }

    void ifMatch_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("expected"); // -1: not a version
        QTest::newRow("quoted") << QByteArray("\"3\"") << 3;
        QTest::newRow("weak") << QByteArray("W/\"12\"") << 12;
        QTest::newRow("bare") << QByteArray("7") << 7;
        QTest::newRow("spaces") << QByteArray(" \"2\" ") << 2;
        QTest::newRow("star") << QByteArray("*") << -1;
        QTest::newRow("zero") << QByteArray("\"0\"") << -1;
        QTest::newRow("garbage") << QByteArray("\"abc\"") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }
    void ifMatch()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, expected);
        QCOMPARE(InputRules::parseIfMatch(header).value_or(-1), expected);
    }
};

QTEST_GUILESS_MAIN(TestInputRules)
#include "TestInputRules.moc"
