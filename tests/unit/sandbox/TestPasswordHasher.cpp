// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/PasswordHasher.h"

#include <QTest>

using TokenConsole::Sandbox::PasswordHasher;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void verifiesOnlyTheRightPassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("attempt");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("same") << "sandbox-admin"
                              << "sandbox-admin" << true;
        QTest::newRow("case differs") << "sandbox-admin"
                                      << "Sandbox-admin" << false;
        QTest::newRow("prefix") << "sandbox-admin"
                                << "sandbox" << false;
        QTest::newRow("empty attempt") << "sandbox-admin"
                                       << "" << false;
        QTest::newRow("unicode") << QStringLiteral("pässwörd✓") << QStringLiteral("pässwörd✓")
                                 << true;
    }
    void verifiesOnlyTheRightPassword()
    {
        QFETCH(QString, password);
        QFETCH(QString, attempt);
        QFETCH(bool, accepted);
        const QByteArray stored = PasswordHasher::hash(password, 1000);
        QCOMPARE(PasswordHasher::verify(attempt, stored), accepted);
    }

    void storesNoPlainTextAndSaltsEachHash()
    {
        const QByteArray a = PasswordHasher::hash(QStringLiteral("secret-pw"), 1000);
        const QByteArray b = PasswordHasher::hash(QStringLiteral("secret-pw"), 1000);
        QVERIFY2(a != b, "two hashes of one password must differ (per-user salt)");
        QVERIFY(!a.contains("secret-pw"));
        QVERIFY(a.startsWith("pbkdf2-sha256$1000$"));
    }

    void defaultCostIsTheDocumentedOne()
    {
        QVERIFY(PasswordHasher::hash(QStringLiteral("x")).startsWith("pbkdf2-sha256$20000$"));
    }

    void rejectsMalformedStoredValues_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("other scheme") << QByteArray("md5$1$abc$def");
        QTest::newRow("missing part") << QByteArray("pbkdf2-sha256$1000$abc");
        QTest::newRow("bad iterations") << QByteArray("pbkdf2-sha256$x$abc$def");
        QTest::newRow("zero iterations") << QByteArray("pbkdf2-sha256$0$abc$def");
        QTest::newRow("absurd iterations") << QByteArray("pbkdf2-sha256$999999999$abc$def");
    }
    void rejectsMalformedStoredValues()
    {
        QFETCH(QByteArray, stored);
        QVERIFY(!PasswordHasher::verify(QStringLiteral("anything"), stored));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
