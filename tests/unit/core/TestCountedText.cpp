// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"
#include "text/UiText.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace TokenConsole;

// Counted phrases take their plural form from the shipped catalogues, by each language's own
// rule: French counts 0 as singular, Japanese has one form, English reads "1 day".
class TestCountedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void counted_data();
    void counted();
};

void TestCountedText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("tokenconsole-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestCountedText"));
    QSettings().clear();
}

void TestCountedText::cleanupTestCase()
{
    Translations::install(QStringLiteral("en"));
    QSettings().clear();
}

void TestCountedText::counted_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* language, const char* what, int count, const QString& text) {
        QTest::addRow("%s %s %d", language, what, count)
            << QString::fromLatin1(language) << QString::fromLatin1(what) << count << text;
    };
    row("en", "days", 0, QStringLiteral("0 days"));
    row("en", "days", 1, QStringLiteral("1 day"));
    row("en", "days", 2, QStringLiteral("2 days"));
    row("en", "minutes", 1, QStringLiteral("1 minute"));
    row("en", "seconds", 30, QStringLiteral("30 seconds"));
    row("en", "logins", 1, QStringLiteral("1 login"));
    row("de", "days", 0, QStringLiteral("0 Tage"));
    row("de", "days", 1, QStringLiteral("1 Tag"));
    row("de", "days", 14, QStringLiteral("14 Tage"));
    row("de", "minutes", 1, QStringLiteral("1 Minute"));
    row("de", "seconds", 30, QStringLiteral("30 Sekunden"));
    row("de", "logins", 2, QStringLiteral("2 Logins"));
    row("fr", "days", 0, QStringLiteral("0 jour"));
    row("fr", "days", 1, QStringLiteral("1 jour"));
    row("fr", "days", 2, QStringLiteral("2 jours"));
    row("fr", "minutes", 0, QStringLiteral("0 minute"));
    row("fr", "logins", 3, QStringLiteral("3 identifiants"));
    row("es", "days", 0, QStringLiteral("0 días"));
    row("es", "days", 1, QStringLiteral("1 día"));
    row("es", "seconds", 1, QStringLiteral("1 segundo"));
    row("es", "logins", 2, QStringLiteral("2 usuarios"));
    row("ja", "days", 0, QStringLiteral("0 日"));
    row("ja", "days", 1, QStringLiteral("1 日"));
    row("ja", "days", 10, QStringLiteral("10 日"));
    row("ja", "minutes", 5, QStringLiteral("5 分"));
    row("ja", "logins", 2, QStringLiteral("2 件のログイン"));
}

void TestCountedText::counted()
{
    QFETCH(QString, language);
    QFETCH(QString, what);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QCOMPARE(Translations::install(language), language);
    QString text;
    if (what == QLatin1String("days"))
        text = UiText::days(count);
    else if (what == QLatin1String("minutes"))
        text = UiText::minutes(count);
    else if (what == QLatin1String("seconds"))
        text = UiText::seconds(count);
    else
        text = UiText::logins(count);
    QCOMPARE(text, expected);
}

QTEST_GUILESS_MAIN(TestCountedText)
#include "TestCountedText.moc"
