// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <optional>

using namespace TokenConsole;
using Status = SecretStore::Result::Status;

namespace {

SecretStore::Result await(const std::function<void(SecretStore::Callback)>& start)
{
    std::optional<SecretStore::Result> result;
    start([&](const SecretStore::Result& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {};
    return *result;
}

// Set in the child process that runs without a session bus.
const char* const kChildVariable = "TOKENCONSOLE_KEYCHAIN_TEST_CHILD";

} // namespace

// The real keychain (gnome-keyring in a private D-Bus session under ./dev test).
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void notFound();
    void removeForgets();
    void unavailableWithoutSessionBus();
    void childWithoutBus();

private:
    QString uniqueAccount() const
    {
        return SecretStore::accountName(QStringLiteral("keychain-test"),
                                        QUuid::createUuid().toString(QUuid::Id128).toUpper());
    }
};

void TestKeychainSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!qEnvironmentVariableIsSet(kChildVariable) && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through ./dev test, which provides an unlocked gnome-keyring.");
}

void TestKeychainSecretStore::roundTrip()
{
    if (qEnvironmentVariableIsSet(kChildVariable))
        QSKIP("parent-only case");
    KeychainSecretStore store;
    const QString account = uniqueAccount();
    const QString secret = QString(128, QLatin1Char('a'));
    const auto stored = await([&](auto done) { store.store(account, secret, this, done); });
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    const auto read = await([&](auto done) { store.read(account, this, done); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, secret);
    QVERIFY(!read.message.contains(secret));
    QVERIFY(await([&](auto done) { store.remove(account, this, done); }).ok());
}

void TestKeychainSecretStore::notFound()
{
    if (qEnvironmentVariableIsSet(kChildVariable))
        QSKIP("parent-only case");
    KeychainSecretStore store;
    const auto read = await([&](auto done) { store.read(uniqueAccount(), this, done); });
    QCOMPARE(read.status, Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(!read.message.isEmpty());
}

void TestKeychainSecretStore::removeForgets()
{
    if (qEnvironmentVariableIsSet(kChildVariable))
        QSKIP("parent-only case");
    KeychainSecretStore store;
    const QString account = uniqueAccount();
    QVERIFY(await([&](auto done) { store.store(account, QStringLiteral("s"), this, done); }).ok());
    QVERIFY(await([&](auto done) { store.remove(account, this, done); }).ok());
    QCOMPARE(await([&](auto done) { store.read(account, this, done); }).status, Status::NotFound);
}

void TestKeychainSecretStore::unavailableWithoutSessionBus()
{
    if (qEnvironmentVariableIsSet(kChildVariable))
        QSKIP("parent-only case");
    // The keychain library keeps its bus connection for the process's life, so the bus-less
    // case runs in a child process of this same test.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/token-console-test-bus"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childWithoutBus")});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestKeychainSecretStore::childWithoutBus()"), output.constData());
}

void TestKeychainSecretStore::childWithoutBus()
{
    if (!qEnvironmentVariableIsSet(kChildVariable))
        QSKIP("runs only in the bus-less child process");
    KeychainSecretStore store;
    store.setTimeout(10000);
    const auto stored = await([&](auto done) { store.store(uniqueAccount(), QStringLiteral("s"), this, done); });
    QCOMPARE(stored.status, Status::Unavailable);
    QVERIFY2(stored.message.contains(QStringLiteral("keychain")), qPrintable(stored.message));
    const auto read = await([&](auto done) { store.read(uniqueAccount(), this, done); });
    QCOMPARE(read.status, Status::Unavailable);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
