// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/DateText.h"

#include <QTest>

using namespace TokenConsole;

// One medium, unambiguous date style in every shipped language: the month is a word (or the
// Japanese year-month-day order), never a bare number whose position differs between locales.
class TestDateText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void date_data();
    void date();
    void dateTime_data();
    void dateTime();
    void defaultLocaleFollowed();
    void invalidIsEmpty();
};

void TestDateText::date_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    const QDate october(2026, 10, 12);
    const QDate september(2026, 9, 20);
    QTest::newRow("en") << "en_GB" << october << QStringLiteral("12 Oct 2026");
    QTest::newRow("en US") << "en_US" << october << QStringLiteral("12 Oct 2026");
    QTest::newRow("de") << "de_DE" << october << QStringLiteral("12. Okt. 2026");
    QTest::newRow("fr") << "fr_FR" << october << QStringLiteral("12 oct. 2026");
    QTest::newRow("es") << "es_ES" << october << QStringLiteral("12 oct 2026");
    QTest::newRow("ja") << "ja_JP" << october << QStringLiteral("2026年10月12日");
    // The case the short format got wrong: Spanish "20/9/26" beside "12/10/26".
    QTest::newRow("es september") << "es_ES" << september << QStringLiteral("20 sept 2026");
    QTest::newRow("de september") << "de_DE" << september << QStringLiteral("20. Sept. 2026");
    QTest::newRow("ja september") << "ja_JP" << september << QStringLiteral("2026年9月20日");
    QTest::newRow("single digit day")
        << "en_GB" << QDate(2027, 1, 3) << QStringLiteral("3 Jan 2027");
}

void TestDateText::date()
{
    QFETCH(QString, locale);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(DateText::date(date, QLocale(locale)), expected);
    // The QDateTime overload shows the local date of a local time.
    QCOMPARE(DateText::date(QDateTime(date, QTime(23, 59)), QLocale(locale)), expected);
}

void TestDateText::dateTime_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en_GB" << QStringLiteral("12 Oct 2026, 14:05");
    QTest::newRow("de") << "de_DE" << QStringLiteral("12. Okt. 2026, 14:05");
    QTest::newRow("fr") << "fr_FR" << QStringLiteral("12 oct. 2026, 14:05");
    QTest::newRow("es") << "es_ES" << QStringLiteral("12 oct 2026, 14:05");
    QTest::newRow("ja") << "ja_JP" << QStringLiteral("2026年10月12日 14:05");
}

void TestDateText::dateTime()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const QDateTime local(QDate(2026, 10, 12), QTime(14, 5, 33));
    QCOMPARE(DateText::dateTime(local, QLocale(locale)), expected);
    // A UTC time is shown in local time, the same as the local time it stands for.
    QCOMPARE(DateText::dateTime(local.toUTC(), QLocale(locale)), expected);
}

void TestDateText::defaultLocaleFollowed()
{
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    QCOMPARE(DateText::date(QDate(2026, 10, 12)), QStringLiteral("12. Okt. 2026"));
    QLocale::setDefault(QLocale(QStringLiteral("ja_JP")));
    QCOMPARE(DateText::date(QDate(2026, 10, 12)), QStringLiteral("2026年10月12日"));
}

void TestDateText::invalidIsEmpty()
{
    QVERIFY(DateText::date(QDate()).isEmpty());
    QVERIFY(DateText::date(QDateTime()).isEmpty());
    QVERIFY(DateText::dateTime(QDateTime()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDateText)
#include "TestDateText.moc"
