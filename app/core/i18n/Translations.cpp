// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>
#include <utility>

namespace TokenConsole::Translations {

namespace {

Q_LOGGING_CATEGORY(lcTranslations, "tokenconsole.ui", QtInfoMsg)

const QString kSourceLanguage = QStringLiteral("en");
const QString kResourceFolder = QStringLiteral(":/i18n");
const QString kCatalogPrefix = QStringLiteral("token-console_");

// The translators this module installed, so that a second install() replaces them.
QList<QPointer<QTranslator>>& installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// "de_DE", "de-AT", "DE", "de_DE.UTF-8" -> "de"
QString baseLanguage(const QString& code)
{
    static const QRegularExpression separators(QStringLiteral("[-_.@]"));
    return code.trimmed().section(separators, 0, 0).toLower();
}

// The shipped language for a code, or empty when there is none.
QString match(const QString& code, const QStringList& shipped)
{
    const QString base = baseLanguage(code);
    return shipped.contains(base) ? base : QString();
}

void removeInstalled()
{
    for (const QPointer<QTranslator>& translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();
}

bool load(const QString& catalog, const QString& language)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    const QString path = QStringLiteral("%1/%2%3.qm").arg(kResourceFolder, catalog, language);
    if (!translator->load(path) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installedTranslators().append(translator);
    return true;
}

} // namespace

QStringList available()
{
    QStringList languages;
    const QStringList catalogs =
        QDir(kResourceFolder)
            .entryList({kCatalogPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& catalog : catalogs) {
        const QString language = catalog.mid(kCatalogPrefix.size()).chopped(3);
        // English's own catalogue only holds plural forms; English is always available.
        if (language != kSourceLanguage)
            languages.append(language);
    }
    languages.prepend(kSourceLanguage);
    return languages;
}

QString install(const QString& language)
{
    if (!QCoreApplication::instance()) {
        qCWarning(lcTranslations)
            << "Translations::install() called before the application object exists";
        return kSourceLanguage;
    }
    const QStringList shipped = available();

    // The first that names a shipped language wins: the argument (--lang), the saved
    // setting, then the languages the desktop session prefers, in their order.
    QString chosen;
    bool explicitChoice = false;
    if (!language.trimmed().isEmpty()) {
        chosen = match(language, shipped);
        if (chosen.isEmpty()) {
            qCWarning(lcTranslations).noquote()
                << "No translation for language" << language
                << "- using English. Available:" << shipped.join(QStringLiteral(", "));
            chosen = kSourceLanguage;
        }
        explicitChoice = true;
    } else {
        const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
        if (!saved.isEmpty()) {
            chosen = match(saved, shipped);
            explicitChoice = !chosen.isEmpty();
        }
        const QStringList preferred = QLocale::system().uiLanguages();
        for (auto it = preferred.cbegin(); chosen.isEmpty() && it != preferred.cend(); ++it)
            chosen = match(*it, shipped);
        if (chosen.isEmpty())
            chosen = kSourceLanguage;
    }

    removeInstalled();
    // `chosen` is embedded (available() listed it), or English, whose catalogue holds only the
    // plural forms of "%n day(s)"-style messages. QTranslator refuses a catalogue with no
    // finished message yet, which only means those strings stay as written in the source.
    if (!load(kCatalogPrefix, chosen))
        qCDebug(lcTranslations) << "The translation for" << chosen << "has no finished message yet";
    // Without it only Qt's standard buttons and dialogs stay in English: not worth failing for.
    if (chosen != kSourceLanguage && !load(QStringLiteral("qtbase_"), chosen))
        qCInfo(lcTranslations) << "Qt's own translation for" << chosen << "is not bundled";
    // Dates and numbers follow a language picked on purpose; otherwise the system's formats stay.
    if (explicitChoice && baseLanguage(QLocale().name()) != chosen)
        QLocale::setDefault(QLocale(chosen));
    qCDebug(lcTranslations) << "User interface language:" << chosen;
    return chosen;
}

} // namespace TokenConsole::Translations
