// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SecretGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using TokenConsole::Sandbox::SecretGenerator;

class TestSecretGenerator : public QObject
{
    Q_OBJECT

private slots:
    void valuesHaveTheirShapes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("key (D1)") << 0 << QStringLiteral("^[A-Z0-9]{32}$");
        QTest::newRow("secret (D1)") << 1 << QStringLiteral("^[0-9a-f]{128}$");
        QTest::newRow("session (256 bits)") << 2 << QStringLiteral("^[0-9a-f]{64}$");
        QTest::newRow("token id") << 3 << QStringLiteral("^tok_[a-z0-9]{20}$");
    }
    void valuesHaveTheirShapes()
    {
        QFETCH(int, kind);
        QFETCH(QString, pattern);
        const QRegularExpression re(pattern);
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString value = kind == 0   ? SecretGenerator::tokenKey()
                                  : kind == 1 ? SecretGenerator::tokenSecret()
                                  : kind == 2 ? SecretGenerator::sessionToken()
                                              : SecretGenerator::tokenId();
            QVERIFY2(re.match(value).hasMatch(), qPrintable(value));
            seen.insert(value);
        }
        QCOMPARE(seen.size(), 200);
    }

    void randomBytesHaveTheAskedLength()
    {
        for (int n : {0, 1, 3, 4, 5, 16, 33})
            QCOMPARE(SecretGenerator::randomBytes(n).size(), n);
    }
};

QTEST_GUILESS_MAIN(TestSecretGenerator)
#include "TestSecretGenerator.moc"
