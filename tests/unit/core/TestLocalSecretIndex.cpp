// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/LocalSecretIndex.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace TokenConsole;

class TestLocalSecretIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationDomain(QStringLiteral("tokenconsole.org"));
        QCoreApplication::setApplicationName(QStringLiteral("token-console-test-index"));
    }
    void init() { QSettings().clear(); }
    void addRemovePerProfile();
    void accountNames();
};

void TestLocalSecretIndex::addRemovePerProfile()
{
    LocalSecretIndex demo(QStringLiteral("demo"));
    LocalSecretIndex prod(QStringLiteral("prod/eu"));
    QVERIFY(demo.keys().isEmpty());
    demo.add(QStringLiteral("KEYA"));
    demo.add(QStringLiteral("KEYB"));
    demo.add(QStringLiteral("KEYA"));
    prod.add(QStringLiteral("KEYC"));
    QCOMPARE(demo.keys(), (QSet<QString>{"KEYA", "KEYB"}));
    QVERIFY(demo.contains(QStringLiteral("KEYB")));
    QVERIFY(!demo.contains(QStringLiteral("KEYC")));
    QCOMPARE(LocalSecretIndex(QStringLiteral("prod/eu")).keys(), QSet<QString>{"KEYC"});
    demo.remove(QStringLiteral("KEYA"));
    demo.remove(QStringLiteral("missing"));
    QCOMPARE(demo.keys(), QSet<QString>{"KEYB"});
    demo.remove(QStringLiteral("KEYB"));
    QVERIFY(demo.keys().isEmpty());
    QVERIFY(QSettings().value(QStringLiteral("secrets/demo/keys")).isNull());
}

void TestLocalSecretIndex::accountNames()
{
    QCOMPARE(SecretStore::accountName(QStringLiteral("demo"), QStringLiteral("ABC")),
             QStringLiteral("token-console:demo:ABC"));
    QCOMPARE(SecretStore::passwordAccountName(QStringLiteral("demo")),
             QStringLiteral("token-console:demo:password"));
    QCOMPARE(SecretStore::serviceName(), QStringLiteral("org.tokenconsole.TokenConsole"));
}

QTEST_GUILESS_MAIN(TestLocalSecretIndex)
#include "TestLocalSecretIndex.moc"
