// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <optional>

using namespace TokenConsole;

namespace {

SecretStore::Result await(const std::function<void(SecretStore::Callback)>& start)
{
    std::optional<SecretStore::Result> result;
    start([&](const SecretStore::Result& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {};
    return *result;
}

const QString kService = QStringLiteral("org.freedesktop.secrets");

// The labels of the Secret Service items QtKeychain wrote for `account`, read over D-Bus as
// the desktop's password manager reads them.
QStringList labelsOf(const QString& account)
{
    QDBusMessage search = QDBusMessage::createMethodCall(
        kService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    QDBusArgument map;
    map.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("user"), account},
          std::pair{QStringLiteral("server"), SecretStore::serviceName()}}) {
        map.beginMapEntry();
        map << key << value;
        map.endMapEntry();
    }
    map.endMap();
    search << QVariant::fromValue(map);
    const QDBusMessage reply = QDBusConnection::sessionBus().call(search, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() < 2)
        return {QStringLiteral("<SearchItems failed: %1>").arg(reply.errorMessage())};
    QList<QDBusObjectPath> items = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
    items += qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    QStringList labels;
    for (const QDBusObjectPath& item : items) {
        QDBusMessage get = QDBusMessage::createMethodCall(
            kService, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Label");
        const QDBusMessage answer = QDBusConnection::sessionBus().call(get, QDBus::Block, 5000);
        labels << (answer.arguments().isEmpty()
                       ? QStringLiteral("<Get failed: %1>").arg(answer.errorMessage())
                       : qvariant_cast<QDBusVariant>(answer.arguments().constFirst())
                             .variant()
                             .toString());
    }
    return labels;
}

} // namespace

// Each keychain entry carries a label people can tell apart in their password manager,
// instead of QtKeychain's service name on every one (the real gnome-keyring under ./dev test).
class TestKeychainLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labelSetBeforeStoring();
    void defaultLabelNamesTheEntry_data();
    void defaultLabelNamesTheEntry();
    void relabelKeepsTheSecret();

private:
    static QString uniqueKey() { return QUuid::createUuid().toString(QUuid::Id128).toUpper(); }
};

void TestKeychainLabels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP(
            "No D-Bus session: run through ./dev test, which provides an unlocked gnome-keyring.");
}

void TestKeychainLabels::labelSetBeforeStoring()
{
    KeychainSecretStore store;
    const QString account = SecretStore::accountName(QStringLiteral("Acme"), uniqueKey());
    const QString other = SecretStore::accountName(QStringLiteral("Acme"), uniqueKey());
    store.setLabel(account, SecretStore::entryLabel(QStringLiteral("Salesforce"),
                                                    QStringLiteral("Acme Webinars")));
    store.setLabel(
        other, SecretStore::entryLabel(QStringLiteral("Marketo"), QStringLiteral("Acme Webinars")));
    const QString secret(128, QLatin1Char('b'));
    QVERIFY(await([&](auto done) { store.store(account, secret, this, done); }).ok());
    QVERIFY(await([&](auto done) { store.store(other, secret, this, done); }).ok());
    QTRY_COMPARE(labelsOf(account),
                 QStringList{QStringLiteral("Token Console: Salesforce (Acme Webinars)")});
    QTRY_COMPARE(labelsOf(other),
                 QStringList{QStringLiteral("Token Console: Marketo (Acme Webinars)")});
    QVERIFY(await([&](auto done) { store.remove(account, this, done); }).ok());
    QVERIFY(await([&](auto done) { store.remove(other, this, done); }).ok());
    QCOMPARE(labelsOf(account), QStringList());
}

void TestKeychainLabels::defaultLabelNamesTheEntry_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("label");
    const QString key = uniqueKey();
    QTest::newRow("token secret")
        << SecretStore::accountName(QStringLiteral("Production"), key)
        << QStringLiteral("Token Console: token %1 (Production)").arg(key);
    const QString profile = QStringLiteral("Staging %1").arg(uniqueKey());
    QTest::newRow("password") << SecretStore::passwordAccountName(profile)
                              << QStringLiteral("Token Console: password (%1)").arg(profile);
}

void TestKeychainLabels::defaultLabelNamesTheEntry()
{
    QFETCH(QString, account);
    QFETCH(QString, label);
    KeychainSecretStore store;
    QVERIFY(await([&](auto done) { store.store(account, QStringLiteral("pw"), this, done); }).ok());
    QTRY_COMPARE(labelsOf(account), QStringList{label});
    QVERIFY(labelsOf(account).constFirst() != SecretStore::serviceName());
    QVERIFY(await([&](auto done) { store.remove(account, this, done); }).ok());
}

// A rename relabels the stored entry; the secret stays where QtKeychain finds it.
void TestKeychainLabels::relabelKeepsTheSecret()
{
    KeychainSecretStore store;
    const QString account = SecretStore::accountName(QStringLiteral("Acme"), uniqueKey());
    const QString secret(128, QLatin1Char('c'));
    store.setLabel(account, SecretStore::entryLabel(QStringLiteral("Old name"),
                                                    QStringLiteral("Acme Webinars")));
    QVERIFY(await([&](auto done) { store.store(account, secret, this, done); }).ok());
    QTRY_COMPARE(labelsOf(account),
                 QStringList{QStringLiteral("Token Console: Old name (Acme Webinars)")});
    store.setLabel(account, SecretStore::entryLabel(QStringLiteral("BI warehouse"),
                                                    QStringLiteral("Acme Webinars")));
    QTRY_COMPARE(labelsOf(account),
                 QStringList{QStringLiteral("Token Console: BI warehouse (Acme Webinars)")});
    const auto read = await([&](auto done) { store.read(account, this, done); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, secret);
    QVERIFY(await([&](auto done) { store.remove(account, this, done); }).ok());
}

QTEST_GUILESS_MAIN(TestKeychainLabels)
#include "TestKeychainLabels.moc"
