// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <utility>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one per plural form, or one
};

QString keyOf(const Message& message)
{
    return message.context + QChar(0x1f) + message.source + QChar(0x1f) + message.comment;
}

QString describe(const Message& message)
{
    QString text = message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
    if (!message.comment.isEmpty())
        text += QStringLiteral(" (") + message.comment + QLatin1Char(')');
    return text;
}

// Reads a Qt Linguist .ts file; returns false with `error` set when it is not well-formed.
bool readTs(const QString& path, QList<Message>& messages, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!message.numerus) {
                        message.translations.append(
                            xml.readElementText(QXmlStreamReader::IncludeChildElements));
                    }
                } else if (xml.name() == QLatin1String("numerusform")) {
                    message.translations.append(xml.readElementText());
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError()) {
        error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
        return false;
    }
    return true;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

// A mnemonic: a single '&' before a character ("&&" is a literal ampersand).
bool hasMnemonic(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&)\\S"));
    return pattern.match(QString(text).replace(QStringLiteral("&&"), QString())).hasMatch();
}

} // namespace

// Guards the translations: every tr() string of the sources is in every .ts file (lupdate
// run into a scratch copy finds nothing new and nothing stale), and every message is
// translated, with all plural forms, the same placeholders and a mnemonic where the source has one.
class TranslationCompletenessTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QStringList m_languages;
    QString m_tsDir;
    QHash<QString, QList<Message>> m_committed;
    QHash<QString, QList<Message>> m_fresh;
    QString m_lupdate;
    QStringList m_sources;
    QStringList m_includes;
    QStringList m_options;

    // Runs lupdate as a project over the sources, into scratch copies of the languages' files.
    void runLupdate(const QStringList& languages, const QStringList& extraOptions)
    {
        if (languages.isEmpty())
            return;
        QJsonArray translations;
        for (const QString& language : languages) {
            const QString committed = QDir(m_tsDir).filePath(tsName(language));
            const QString copy = QDir(m_scratch.path()).filePath(tsName(language));
            QVERIFY2(QFile::copy(committed, copy),
                     qPrintable(QStringLiteral("missing %1").arg(committed)));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            translations.append(copy);
        }
        QJsonObject project;
        project.insert(QStringLiteral("projectFile"),
                       QDir(m_tsDir).filePath(QStringLiteral("CMakeLists.txt")));
        project.insert(QStringLiteral("includePaths"), QJsonArray::fromStringList(m_includes));
        project.insert(QStringLiteral("sources"), QJsonArray::fromStringList(m_sources));
        project.insert(QStringLiteral("translations"), translations);
        const QString projectPath =
            QDir(m_scratch.path())
                .filePath(QStringLiteral("lupdate-%1.json").arg(languages.first()));
        QFile projectFile(projectPath);
        QVERIFY(projectFile.open(QIODevice::WriteOnly));
        projectFile.write(QJsonDocument(project).toJson());
        projectFile.close();

        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_lupdate, QStringList{QStringLiteral("-project"), projectPath} + m_options +
                                     extraOptions);
        QVERIFY2(process.waitForFinished(120000), "lupdate did not finish within 2 minutes");
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAll().constData());
    }

    QString tsName(const QString& language) const
    {
        return QStringLiteral("token-console_%1.ts").arg(language);
    }

    void languageRows() const
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : m_languages)
            QTest::newRow(qPrintable(language)) << language;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString lupdate = qEnvironmentVariable("TOKENCONSOLE_LUPDATE");
        const QString sourcesList = qEnvironmentVariable("TOKENCONSOLE_I18N_SOURCES");
        m_tsDir = qEnvironmentVariable("TOKENCONSOLE_TS_DIR");
        m_languages = qEnvironmentVariable("TOKENCONSOLE_LANGUAGES")
                          .split(QLatin1Char(','), Qt::SkipEmptyParts);
        QVERIFY2(!lupdate.isEmpty() && !sourcesList.isEmpty() && !m_tsDir.isEmpty() &&
                     !m_languages.isEmpty(),
                 "run this test through ctest, which sets TOKENCONSOLE_LUPDATE and friends");
        QVERIFY(m_scratch.isValid());

        // The same lupdate projects the update_translations target runs, pointed at scratch
        // copies of the committed .ts files.
        QFile list(sourcesList);
        QVERIFY2(list.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(sourcesList));
        m_sources = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        m_includes = qEnvironmentVariable("TOKENCONSOLE_I18N_INCLUDES")
                         .split(QLatin1Char('|'), Qt::SkipEmptyParts);
        m_options = qEnvironmentVariable("TOKENCONSOLE_LUPDATE_OPTIONS")
                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m_lupdate = lupdate;
        runLupdate(m_languages, {});
        if (QTest::currentTestFailed())
            return;
        // English ships only the plural forms of its own messages.
        const QStringList pluralOnly = qEnvironmentVariable("TOKENCONSOLE_PLURAL_ONLY_LANGUAGES")
                                           .split(QLatin1Char(','), Qt::SkipEmptyParts);
        runLupdate(pluralOnly, {QStringLiteral("-pluralonly")});
        if (QTest::currentTestFailed())
            return;
        m_languages += pluralOnly;

        for (const QString& language : std::as_const(m_languages)) {
            QString error;
            QList<Message> messages;
            QVERIFY2(readTs(QDir(m_tsDir).filePath(tsName(language)), messages, error),
                     qPrintable(error));
            m_committed.insert(language, messages);
            messages.clear();
            QVERIFY2(readTs(QDir(m_scratch.path()).filePath(tsName(language)), messages, error),
                     qPrintable(error));
            m_fresh.insert(language, messages);
        }
    }

    void sourcesInSync_data() { languageRows(); }

    // Fails when someone added or changed a tr() string without refreshing the .ts files.
    void sourcesInSync()
    {
        QFETCH(QString, language);
        QSet<QString> committed, fresh;
        QHash<QString, Message> byKey;
        for (const Message& message : m_committed.value(language)) {
            if (message.type == QLatin1String("vanished") ||
                message.type == QLatin1String("obsolete"))
                continue;
            committed.insert(keyOf(message));
            byKey.insert(keyOf(message), message);
        }
        for (const Message& message : m_fresh.value(language)) {
            fresh.insert(keyOf(message));
            byKey.insert(keyOf(message), message);
        }
        QStringList problems;
        for (const QString& key : fresh - committed)
            problems << QStringLiteral("  missing from %1: %2")
                            .arg(tsName(language), describe(byKey.value(key)));
        for (const QString& key : committed - fresh)
            problems
                << QStringLiteral("  no longer in the sources: %1").arg(describe(byKey.value(key)));
        problems.sort();
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(
                QStringLiteral(
                    "\n%1\nRefresh with: cmake --build <build-dir> --target update_translations, "
                    "then translate the new messages.")
                    .arg(problems.join(QLatin1Char('\n')))));
    }

    void everyMessageTranslated_data() { languageRows(); }

    void everyMessageTranslated()
    {
        QFETCH(QString, language);
        // lupdate writes as many (empty) plural forms as the language has.
        QHash<QString, int> pluralForms;
        for (const Message& message : m_fresh.value(language)) {
            if (message.numerus)
                pluralForms.insert(keyOf(message), message.translations.size());
        }
        QStringList problems;
        for (const Message& message : m_committed.value(language)) {
            if (message.type == QLatin1String("vanished") ||
                message.type == QLatin1String("obsolete"))
                continue;
            const QString where = describe(message);
            if (message.type == QLatin1String("unfinished"))
                problems << QStringLiteral("  unfinished: %1").arg(where);
            if (message.translations.isEmpty() || message.translations.contains(QString()))
                problems << QStringLiteral("  empty translation: %1").arg(where);
            if (message.numerus && pluralForms.contains(keyOf(message)) &&
                message.translations.size() != pluralForms.value(keyOf(message))) {
                problems << QStringLiteral("  %1 plural forms instead of %2: %3")
                                .arg(message.translations.size())
                                .arg(pluralForms.value(keyOf(message)))
                                .arg(where);
            }
            for (const QString& translation : message.translations) {
                if (translation.isEmpty())
                    continue;
                QSet<QString> expected = placeholders(message.source);
                QSet<QString> actual = placeholders(translation);
                // A plural form may spell the number out ("one token"), so %n is optional there.
                if (message.numerus) {
                    expected.remove(QStringLiteral("%n"));
                    actual.remove(QStringLiteral("%n"));
                }
                if (expected != actual)
                    problems << QStringLiteral("  placeholders differ in \"%1\": %2")
                                    .arg(translation, where);
                if (hasMnemonic(message.source) && !hasMnemonic(translation))
                    problems << QStringLiteral("  mnemonic (&) lost in \"%1\": %2")
                                    .arg(translation, where);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TranslationCompletenessTest)
#include "TranslationCompletenessTest.moc"
