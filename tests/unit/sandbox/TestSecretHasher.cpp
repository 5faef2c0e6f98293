// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SecretHasher.h"

#include <QTest>

using TokenConsole::Sandbox::SecretHasher;

class TestSecretHasher : public QObject
{
    Q_OBJECT

private slots:
    void verifiesTheSecret_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("attempt");
        QTest::addColumn<bool>("accepted");
        const QByteArray secret(128, 'a');
        QByteArray lastDiffers = secret;
        lastDiffers[127] = 'b';
        QTest::newRow("same") << secret << secret << true;
        QTest::newRow("last char differs") << secret << lastDiffers << false;
        QTest::newRow("shorter") << secret << secret.left(127) << false;
        QTest::newRow("empty") << secret << QByteArray() << false;
    }
    void verifiesTheSecret()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, attempt);
        QFETCH(bool, accepted);
        QCOMPARE(SecretHasher::verify(attempt, SecretHasher::hash(secret)), accepted);
    }

    void saltsEveryHash()
    {
        const QByteArray secret("0123456789abcdef");
        const QByteArray a = SecretHasher::hash(secret);
        const QByteArray b = SecretHasher::hash(secret);
        QVERIFY(a != b);
        QVERIFY(!a.contains(secret));
        QVERIFY(SecretHasher::verify(secret, a));
        QVERIFY(SecretHasher::verify(secret, b));
    }

    void rejectsMalformedStoredValues_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no separator") << QByteArray("abcdef");
        QTest::newRow("leading separator") << QByteArray("$abcdef");
    }
    void rejectsMalformedStoredValues()
    {
        QFETCH(QByteArray, stored);
        QVERIFY(!SecretHasher::verify("secret", stored));
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("equal") << QByteArray("abc") << QByteArray("abc") << true;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("first differs") << QByteArray("xbc") << QByteArray("abc") << false;
        QTest::newRow("last differs") << QByteArray("abx") << QByteArray("abc") << false;
        QTest::newRow("length differs") << QByteArray("abc") << QByteArray("abcd") << false;
    }
    void constantTimeEquals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(SecretHasher::constantTimeEquals(a, b), equal);
    }
};

QTEST_GUILESS_MAIN(TestSecretHasher)
#include "TestSecretHasher.moc"
