// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace TokenConsole;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void roundTrip_data();
    void roundTrip();
    void listRemoveAndLastUsed();
    void neverStoresSecrets();
    void on24Base_data();
    void on24Base();
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationDomain(QStringLiteral("tokenconsole.org"));
    QCoreApplication::setApplicationName(QStringLiteral("token-console-test-profiles"));
}

void TestProfileStore::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("region");
    QTest::newRow("admin api, NA") << "Production" << int(Profile::Kind::AdminApi) << int(Profile::On24Region::NorthAmerica);
    QTest::newRow("EU, slash in name") << "EU/prod" << int(Profile::Kind::AdminApi) << int(Profile::On24Region::Europe);
    QTest::newRow("sandbox, custom") << "local sandbox" << int(Profile::Kind::Sandbox) << int(Profile::On24Region::Custom);
}

void TestProfileStore::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(int, region);
    Profile p;
    p.name = name;
    p.kind = Profile::Kind(kind);
    p.serverUrl = QUrl(QStringLiteral("https://tokens.acme.example"));
    p.login = QStringLiteral("admin@acme.example");
    p.region = Profile::On24Region(region);
    p.on24BaseUrl = QUrl(QStringLiteral("http://127.0.0.1:4000/v2"));
    p.clientId = 10001;
    p.rememberPassword = true;
    ProfileStore store;
    store.save(p);
    const auto loaded = store.profile(name);
    QVERIFY(loaded);
    QCOMPARE(loaded->name, name);
    QCOMPARE(int(loaded->kind), kind);
    QCOMPARE(loaded->serverUrl, p.serverUrl);
    QCOMPARE(loaded->login, p.login);
    QCOMPARE(int(loaded->region), region);
    QCOMPARE(loaded->on24BaseUrl, p.on24BaseUrl);
    QCOMPARE(loaded->clientId, 10001);
    QVERIFY(loaded->rememberPassword);
}

void TestProfileStore::listRemoveAndLastUsed()
{
    ProfileStore store;
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.profile(QStringLiteral("missing")));
    for (const char* name : {"b", "a", "c"}) {
        Profile p;
        p.name = QString::fromLatin1(name);
        store.save(p);
    }
    QStringList names;
    for (const Profile& p : store.profiles())
        names << p.name;
    QCOMPARE(names, (QStringList{"a", "b", "c"}));
    store.setLastUsed(QStringLiteral("b"));
    QCOMPARE(store.lastUsed(), QStringLiteral("b"));
    store.remove(QStringLiteral("b"));
    QVERIFY(!store.profile(QStringLiteral("b")));
    QVERIFY(store.lastUsed().isEmpty());
    QCOMPARE(store.profiles().size(), 2);
}

void TestProfileStore::neverStoresSecrets()
{
    Profile p;
    p.name = QStringLiteral("x");
    p.login = QStringLiteral("admin@acme.example");
    ProfileStore().save(p);
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive) || key.endsWith(QLatin1String("rememberPassword")),
                 qPrintable(key));
}

void TestProfileStore::on24Base_data()
{
    QTest::addColumn<int>("region");
    QTest::addColumn<QString>("custom");
    QTest::addColumn<QString>("expected");
    QTest::newRow("NA") << int(Profile::On24Region::NorthAmerica) << "" << "https://api.on24.com/v2";
    QTest::newRow("EU") << int(Profile::On24Region::Europe) << "" << "https://api.eu.on24.com/v2";
    QTest::newRow("custom") << int(Profile::On24Region::Custom) << "https://gw.example/v2" << "https://gw.example/v2";
    QTest::newRow("sandbox default") << int(Profile::On24Region::Custom) << "" << "http://127.0.0.1:4000/v2";
}

void TestProfileStore::on24Base()
{
    QFETCH(int, region);
    QFETCH(QString, custom);
    QFETCH(QString, expected);
    Profile p;
    p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:4000"));
    p.region = Profile::On24Region(region);
    p.on24BaseUrl = QUrl(custom);
    QCOMPARE(p.effectiveOn24BaseUrl().toString(), expected);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
