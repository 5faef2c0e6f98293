// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace TokenConsole;

namespace {
const char* const kChildVariable = "TOKENCONSOLE_TRANSLATIONS_CHILD";
}

// Translations::install() picks the language (argument, setting, system locale) and loads
// the catalogues that are really embedded in the executable.
class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tokenconsole-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
    }

    void cleanup()
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
    }

    void availableListsEnglishFirst()
    {
        const QStringList expected{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
                                   QStringLiteral("fr"), QStringLiteral("ja")};
        QCOMPARE(Translations::available(), expected);
    }

    void embeddedCatalogues_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"de", "fr", "es", "ja"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void embeddedCatalogues()
    {
        QFETCH(QString, language);
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/token-console_%1.qm").arg(language)));
        QVERIFY2(
            QFile::exists(QStringLiteral(":/i18n/qtbase_%1.qm").arg(language)),
            "Qt's own translation is not embedded: install qt6-translations-l10n and reconfigure");
    }

    // English ships the plural forms of "%n day(s)"-style messages, so they read "1 day".
    void englishPluralCatalogue()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/token-console_en.qm")));
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QTranslator plurals;
        QVERIFY2(plurals.load(QStringLiteral(":/i18n/token-console_en.qm")),
                 "token-console_en.qm holds no finished plural form");
        QVERIFY(!plurals.isEmpty());
    }

    void explicitLanguage_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << "de"
                            << "de";
        QTest::newRow("region underscore") << "de_AT"
                                           << "de";
        QTest::newRow("region dash") << "fr-CA"
                                     << "fr";
        QTest::newRow("upper case") << "ES"
                                    << "es";
        QTest::newRow("with codeset") << "ja_JP.UTF-8"
                                      << "ja";
        QTest::newRow("english") << "en"
                                 << "en";
        QTest::newRow("english region") << "en_GB"
                                        << "en";
        QTest::newRow("not shipped") << "pt_BR"
                                     << "en";
        QTest::newRow("nonsense") << "klingon"
                                  << "en";
    }

    void explicitLanguage()
    {
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        QCOMPARE(Translations::install(requested), expected);
    }

    void explicitLanguageBeatsSetting()
    {
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    }

    void settingUsedWithoutArgument()
    {
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ja"));
        QCOMPARE(Translations::install(), QStringLiteral("ja"));
    }

    // Qt's standard buttons come from the embedded qtbase catalogue.
    void qtStringsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("de") << "de"
                            << "Abbrechen";
        QTest::newRow("fr") << "fr"
                            << "Annuler";
        QTest::newRow("es") << "es"
                            << "Cancelar";
        QTest::newRow("ja") << "ja" << QStringLiteral("キャンセル");
        QTest::newRow("en") << "en"
                            << "Cancel";
    }

    void qtStringsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QCOMPARE(Translations::install(language), language);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    }

    void switchingBackToEnglishRemovesTranslators()
    {
        Translations::install(QStringLiteral("de"));
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    // The system locale is read once per process, so each case runs in a child process
    // with its own locale environment.
    void systemLocaleFollowed_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("german") << "de_DE.UTF-8"
                                << "de";
        QTest::newRow("japanese") << "ja_JP.UTF-8"
                                  << "ja";
        QTest::newRow("french canadian") << "fr_CA.UTF-8"
                                         << "fr";
        QTest::newRow("not shipped") << "pt_BR.UTF-8"
                                     << "en";
        QTest::newRow("posix") << "C"
                               << "en";
    }

    void systemLocaleFollowed()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("LC_ALL"), locale);
        environment.insert(QStringLiteral("LC_MESSAGES"), locale);
        environment.insert(QStringLiteral("LANG"), locale);
        environment.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("reportSystemLanguage")});
        QVERIFY2(child.waitForFinished(30000), "the child process did not finish");
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("language=%1;").arg(expected)), qPrintable(output));
    }

    // Runs only inside the child started by systemLocaleFollowed().
    void reportSystemLanguage()
    {
        if (!qEnvironmentVariableIsSet(kChildVariable))
            QSKIP("runs only as the child process of systemLocaleFollowed");
        QSettings().remove(QStringLiteral("ui/language"));
        const QByteArray line = "language=" + Translations::install().toUtf8() + ";\n";
        fputs(line.constData(), stdout);
        fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
