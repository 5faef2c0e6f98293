// SPDX-License-Identifier: GPL-3.0-or-later
#include "direct/TokenPairFormat.h"

#include <QTest>

using namespace TokenConsole;

namespace {

const QString goodKey = QStringLiteral("A119E95B253D9D37F45BF8BF97ZZ920D");

QString goodSecret()
{
    // 128 lower-case hex characters, all sixteen digits present.
    return QStringLiteral("0123456789abcdef").repeated(8);
}

} // namespace

class TestTokenPairFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalized_data();
    void normalized();
    void key_data();
    void key();
    void secret_data();
    void secret();
    void secretNeverQuoted_data();
    void secretNeverQuoted();
};

void TestTokenPairFormat::normalized_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("expected");
    QTest::newRow("as is") << goodKey << goodKey;
    QTest::newRow("trailing newline") << goodKey + QStringLiteral("\n") << goodKey;
    QTest::newRow("CRLF and spaces")
        << QStringLiteral("  ") + goodKey + QStringLiteral(" \r\n") << goodKey;
    QTest::newRow("tab") << QStringLiteral("\t") + goodKey << goodKey;
    QTest::newRow("empty") << QString() << QString();
}

void TestTokenPairFormat::normalized()
{
    QFETCH(QString, pasted);
    QFETCH(QString, expected);
    QCOMPARE(TokenPairFormat::normalizedKey(pasted), expected);
    QCOMPARE(TokenPairFormat::normalizedSecret(pasted), expected);
    const QString secretLine = goodSecret() + QStringLiteral("\n");
    QCOMPARE(TokenPairFormat::normalizedSecret(secretLine), goodSecret());
    QVERIFY(
        TokenPairFormat::secretProblem(TokenPairFormat::normalizedSecret(secretLine)).isEmpty());
}

void TestTokenPairFormat::key_data()
{
    QTest::addColumn<QString>("key");
    // Empty when the key must be accepted; else words the sentence must contain. (Without the
    // English translation loaded, %n messages read "character(s)".)
    QTest::addColumn<QString>("mentions");

    QTest::newRow("ON24's sample") << goodKey << QString();
    QTest::newRow("all digits") << QStringLiteral("0").repeated(32) << QString();
    QTest::newRow("all letters") << QStringLiteral("Z").repeated(32) << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the token key");
    QTest::newRow("31 characters") << goodKey.left(31) << QStringLiteral("has 31 character");
    QTest::newRow("33 characters")
        << goodKey + QStringLiteral("A") << QStringLiteral("has 33 character");
    QTest::newRow("1 character") << QStringLiteral("A") << QStringLiteral("has 1 character");
    QTest::newRow("lower-case") << goodKey.toLower() << QStringLiteral("lower-case letters");
    QTest::newRow("one lower-case")
        << goodKey.left(31) + QStringLiteral("d") << QStringLiteral("lower-case letters");
    QTest::newRow("lower-case and short")
        << QStringLiteral("abc") << QStringLiteral("lower-case letters");
    QTest::newRow("inner space") << goodKey.left(16) + QStringLiteral(" ") + goodKey.mid(17)
                                 << QStringLiteral("other characters");
    QTest::newRow("not trimmed") << goodKey + QStringLiteral("\n")
                                 << QStringLiteral("other characters");
    QTest::newRow("dash") << goodKey.left(31) + QStringLiteral("-")
                          << QStringLiteral("other characters");
    QTest::newRow("full-width digit")
        << goodKey.left(31) + QStringLiteral("\uff14") << QStringLiteral("other characters");
    QTest::newRow("full-width letter")
        << QStringLiteral("\uff21") + goodKey.mid(1) << QStringLiteral("other characters");
    QTest::newRow("Arabic-Indic digit")
        << goodKey.left(31) + QStringLiteral("\u0664") << QStringLiteral("other characters");
    QTest::newRow("accented capital")
        << QStringLiteral("\u00c9") + goodKey.mid(1) << QStringLiteral("other characters");
    QTest::newRow("Cyrillic A") << QStringLiteral("\u0410") + goodKey.mid(1)
                                << QStringLiteral("other characters");
    QTest::newRow("secret in the key field")
        << goodSecret() << QStringLiteral("looks like the token secret");
}

void TestTokenPairFormat::key()
{
    QFETCH(QString, key);
    QFETCH(QString, mentions);
    const QString problem = TokenPairFormat::keyProblem(key);
    QCOMPARE(TokenPairFormat::isValidKey(key), mentions.isEmpty());
    if (mentions.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        return;
    }
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
    QVERIFY2(problem.endsWith(QLatin1Char('.')), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("API Tokens page")), qPrintable(problem));
}

void TestTokenPairFormat::secret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("good") << goodSecret() << QString();
    QTest::newRow("all zeros") << QStringLiteral("0").repeated(128) << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the token secret");
    QTest::newRow("127 characters")
        << goodSecret().left(127) << QStringLiteral("has 127 character");
    QTest::newRow("129 characters")
        << goodSecret() + QStringLiteral("a") << QStringLiteral("has 129 character");
    QTest::newRow("half") << goodSecret().left(64) << QStringLiteral("has 64 character");
    QTest::newRow("upper-case") << goodSecret().toUpper() << QStringLiteral("capital letters");
    QTest::newRow("one upper-case")
        << goodSecret().left(127) + QStringLiteral("F") << QStringLiteral("capital letters");
    QTest::newRow("letter after f")
        << goodSecret().left(127) + QStringLiteral("g") << QStringLiteral("other characters");
    QTest::newRow("not trimmed") << goodSecret() + QStringLiteral("\n")
                                 << QStringLiteral("other characters");
    QTest::newRow("inner space") << goodSecret().left(64) + QStringLiteral(" ") +
                                        goodSecret().mid(65)
                                 << QStringLiteral("other characters");
    QTest::newRow("full-width digit")
        << goodSecret().left(127) + QStringLiteral("\uff14") << QStringLiteral("other characters");
    QTest::newRow("full-width letter")
        << QStringLiteral("\uff41") + goodSecret().mid(1) << QStringLiteral("other characters");
    QTest::newRow("key in the secret field")
        << goodKey << QStringLiteral("looks like the token key");
}

void TestTokenPairFormat::secret()
{
    QFETCH(QString, secret);
    QFETCH(QString, mentions);
    const QString problem = TokenPairFormat::secretProblem(secret);
    QCOMPARE(TokenPairFormat::isValidSecret(secret), mentions.isEmpty());
    if (mentions.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        return;
    }
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
    QVERIFY2(problem.endsWith(QLatin1Char('.')), qPrintable(problem));
}

void TestTokenPairFormat::secretNeverQuoted_data()
{
    // Secrets made of characters that never occur in the sentences, so any quoted piece of
    // three or more characters would show.
    QTest::addColumn<QString>("secret");
    const QString body = QStringLiteral("9f8e7d6c5b4a3").repeated(10).left(128);
    QTest::newRow("too short") << body.left(100);
    QTest::newRow("too long") << body + QStringLiteral("0");
    QTest::newRow("capitals") << body.toUpper();
    QTest::newRow("other characters") << body.left(127) + QStringLiteral("#");
    QTest::newRow("inner newline") << body.left(60) + QStringLiteral("\n") + body.mid(60);
}

void TestTokenPairFormat::secretNeverQuoted()
{
    QFETCH(QString, secret);
    const QString problem = TokenPairFormat::secretProblem(secret);
    QVERIFY(!problem.isEmpty());
    for (int i = 0; i + 3 <= secret.size(); ++i) {
        const QString piece = secret.mid(i, 3);
        if (piece.trimmed().size() < 3)
            continue;
        QVERIFY2(!problem.contains(piece, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("piece at %1 quoted").arg(i)));
    }
}

QTEST_GUILESS_MAIN(TestTokenPairFormat)
#include "TestTokenPairFormat.moc"
