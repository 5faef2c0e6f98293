// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain failure matrix: absent, unreachable, not responding, hung, locked (its unlock
// prompt dismissed), entry missing, entry holding garbage. Each case runs in a child process of
// this executable on a private session bus of its own (QtKeychain keeps its bus connection for
// the process's life), and checks the message people see, how soon it comes, and that nothing
// is stored half-way.
#include "PrivateSessionBus.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusVirtualObject>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <optional>

using namespace TokenConsole;
using namespace TokenConsole::Testing;
using Status = SecretStore::Result::Status;

namespace {

// What this process is: the test itself, a child case, or a fake keychain service.
const char* const kRole = "TOKENCONSOLE_KEYCHAIN_ROLE";
const QString kProfile = QStringLiteral("keychain-matrix");
const QString kKeptSecret = QString(128, QLatin1Char('7')); // a well-formed secret

QString account(const char* tokenKey)
{
    return SecretStore::accountName(kProfile, QString::fromLatin1(tokenKey));
}

struct Timed
{
    SecretStore::Result result;
    qint64 elapsedMs = -1; // -1: no answer within the test's bound
};

Timed await(const std::function<void(SecretStore::Callback)>& start)
{
    std::optional<SecretStore::Result> result;
    QElapsedTimer clock;
    clock.start();
    start([&](const SecretStore::Result& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {};
    return {*result, clock.elapsed()};
}

QByteArray describe(const Timed& t)
{
    return QByteArray::number(int(t.result.status)) + " after " + QByteArray::number(t.elapsedMs) +
           " ms: " + t.result.message.toUtf8();
}

// Owns the Secret Service's name and never answers a call to it: a keychain stuck behind a
// prompt nobody answers. (The bus itself still answers a ping for it.)
class SwallowEverything : public QDBusVirtualObject
{
public:
    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage&, const QDBusConnection&) override { return true; }
};

int serveHungSecretService()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    SwallowEverything swallow;
    if (!bus.registerVirtualObject(QStringLiteral("/"), &swallow, QDBusConnection::SubPath) ||
        !bus.registerService(QStringLiteral("org.freedesktop.secrets")))
        return 1;
    return QCoreApplication::exec(); // until the test stops it
}

} // namespace

// The cases, each run in a child process on the bus its parent prepared.
class KeychainCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // No keychain service on the bus, and none can be started.
    void absent()
    {
        KeychainSecretStore store;
        const Timed stored =
            await([&](auto done) { store.store(account("A"), kKeptSecret, this, done); });
        QVERIFY2(stored.elapsedMs >= 0 && stored.elapsedMs < 3000, describe(stored));
        QCOMPARE(stored.result.status, Status::Unavailable);
        QVERIFY2(stored.result.message.startsWith(QStringLiteral("No keychain is running")),
                 describe(stored));
        QVERIFY(stored.result.message.contains(QStringLiteral("store the secret")));
        QVERIFY(stored.result.message.contains(QStringLiteral("GNOME Keyring")));
        QVERIFY(!stored.result.message.contains(kKeptSecret));
        qInfo("answered in %lld ms: %s", stored.elapsedMs, qPrintable(stored.result.message));
        // A read is not "not found" (callers would forget the secret exists), nor is a removal.
        const Timed read = await([&](auto done) { store.read(account("A"), this, done); });
        QCOMPARE(read.result.status, Status::Unavailable);
        QVERIFY(read.result.secret.isEmpty());
        QVERIFY2(read.elapsedMs < 3000, describe(read));
        const Timed removed = await([&](auto done) { store.remove(account("A"), this, done); });
        QCOMPARE(removed.result.status, Status::Unavailable);
    }

    // DBUS_SESSION_BUS_ADDRESS points nowhere.
    void noSessionBus()
    {
        KeychainSecretStore store;
        const Timed stored =
            await([&](auto done) { store.store(account("A"), kKeptSecret, this, done); });
        QVERIFY2(stored.elapsedMs >= 0 && stored.elapsedMs < 3000, describe(stored));
        QCOMPARE(stored.result.status, Status::Unavailable);
        QVERIFY2(stored.result.message.startsWith(QStringLiteral("No keychain is running")),
                 describe(stored));
        QVERIFY(stored.result.message.contains(QStringLiteral("D-Bus")));
    }

    // The Secret Service can be started, but its program never takes the name.
    void notResponding()
    {
        KeychainSecretStore store;
        const Timed stored =
            await([&](auto done) { store.store(account("A"), kKeptSecret, this, done); });
        QVERIFY2(stored.elapsedMs >= KeychainSecretStore::probeTimeoutMs * 9 / 10 &&
                     stored.elapsedMs < 3000,
                 describe(stored));
        QCOMPARE(stored.result.status, Status::Unavailable);
        QVERIFY2(stored.result.message.contains(QStringLiteral("did not respond within 2 seconds")),
                 describe(stored));
        qInfo("answered in %lld ms", stored.elapsedMs);
    }

    // The service is there but never answers (a prompt nobody answers): the job's timeout.
    void hung()
    {
        KeychainSecretStore store;
        store.setTimeout(1000);
        const Timed stored =
            await([&](auto done) { store.store(account("A"), kKeptSecret, this, done); });
        QVERIFY2(stored.elapsedMs >= 900 && stored.elapsedMs < 3000, describe(stored));
        QCOMPARE(stored.result.status, Status::Unavailable);
        QVERIFY2(stored.result.message.contains(QStringLiteral("did not answer")),
                 describe(stored));
        // QtKeychain runs one job at a time, so the next one waits behind the stuck one and
        // ends by its own timeout too, with the same message.
        const Timed read = await([&](auto done) { store.read(account("A"), this, done); });
        QCOMPARE(read.result.status, Status::Unavailable);
        QVERIFY(read.result.secret.isEmpty());
    }

    // A real, unlocked keyring: entry missing, entry holding garbage, a good entry.
    void missingAndGarbage()
    {
        KeychainSecretStore store;
        const Timed missing = await([&](auto done) { store.read(account("MISSING"), this, done); });
        QCOMPARE(missing.result.status, Status::NotFound);
        QVERIFY(missing.result.secret.isEmpty());
        QVERIFY2(missing.result.message.contains(QStringLiteral("No secret for this token")),
                 describe(missing));
        QCOMPARE(SecretStore::checkTokenSecret(missing.result).status, Status::NotFound);

        // Something else wrote this entry: the store hands it back as it is...
        const QString garbage = QStringLiteral("not a secret \u00e9t\u00e9\r\nX-Injected: 1");
        QVERIFY(await([&](auto done) {
                    store.store(account("GARBAGE"), garbage, this, done);
                }).result.ok());
        const Timed read = await([&](auto done) { store.read(account("GARBAGE"), this, done); });
        QVERIFY2(read.result.ok(), describe(read));
        QCOMPARE(read.result.secret, garbage);
        // ...and the check every user of a token secret applies refuses it, without echoing it.
        const SecretStore::Result checked = SecretStore::checkTokenSecret(read.result);
        QCOMPARE(checked.status, Status::Failed);
        QVERIFY(checked.secret.isEmpty());
        QVERIFY2(checked.message.contains(QStringLiteral("does not hold a token secret")),
                 qPrintable(checked.message));
        QVERIFY(!checked.message.contains(QStringLiteral("not a secret")));

        QVERIFY(await([&](auto done) {
                    store.store(account("GOOD"), kKeptSecret, this, done);
                }).result.ok());
        const Timed good = await([&](auto done) { store.read(account("GOOD"), this, done); });
        QCOMPARE(SecretStore::checkTokenSecret(good.result).secret, kKeptSecret);
        QVERIFY(await([&](auto done) { store.remove(account("GOOD"), this, done); }).result.ok());
        QCOMPARE(await([&](auto done) { store.read(account("GOOD"), this, done); }).result.status,
                 Status::NotFound);
    }

    void storeBeforeLock()
    {
        KeychainSecretStore store;
        const Timed stored =
            await([&](auto done) { store.store(account("KEPT"), kKeptSecret, this, done); });
        QVERIFY2(stored.result.ok(), describe(stored));
    }

    // The login keyring is locked and no prompt can be shown (headless: gnome-keyring finds no
    // prompter, which is what a dismissed prompt looks like to a client).
    void whileLocked()
    {
        KeychainSecretStore store;
        const Timed stored = await([&](auto done) {
            store.store(account("NEW"), QString(128, QLatin1Char('e')), this, done);
        });
        QVERIFY2(stored.elapsedMs >= 0 && stored.elapsedMs < 3000, describe(stored));
        QCOMPARE(stored.result.status, Status::AccessDenied);
        QVERIFY2(stored.result.message.startsWith(QStringLiteral("The keychain is locked")),
                 describe(stored));
        // The entry that exists is locked away, which is not "no secret stored".
        const Timed read = await([&](auto done) { store.read(account("KEPT"), this, done); });
        QVERIFY2(read.elapsedMs >= 0 && read.elapsedMs < 3000, describe(read));
        QCOMPARE(read.result.status, Status::AccessDenied);
        QVERIFY(read.result.secret.isEmpty());
        QVERIFY2(read.result.message.startsWith(QStringLiteral("The keychain is locked")),
                 describe(read));
        qInfo("store: %s", describe(stored).constData());
        qInfo("read: %s", describe(read).constData());
        // Nor does a removal that removed nothing (the keychain says it succeeded) pass as one.
        const Timed removed = await([&](auto done) { store.remove(account("KEPT"), this, done); });
        QCOMPARE(removed.result.status, Status::AccessDenied);
        QVERIFY2(removed.result.message.contains(QStringLiteral("could not remove the secret")),
                 describe(removed));
    }

    // After a restart that unlocks the keyring: the old entry is intact, the refused one absent.
    void afterUnlock()
    {
        KeychainSecretStore store;
        const Timed kept = await([&](auto done) { store.read(account("KEPT"), this, done); });
        QVERIFY2(kept.result.ok(), describe(kept));
        QCOMPARE(kept.result.secret, kKeptSecret);
        QCOMPARE(await([&](auto done) { store.read(account("NEW"), this, done); }).result.status,
                 Status::NotFound);
    }
};

class TestKeychainFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenSecretRules_data();
    void tokenSecretRules();
    void absent();
    void noSessionBus();
    void notResponding();
    void hung();
    void missingAndGarbage();
    void lockedKeyring();

private:
    // Runs KeychainCases::<function> in a child process with `env`; passes when it passes.
    bool runCase(const char* function, const QProcessEnvironment& env, QByteArray* output);
};

void TestKeychainFailures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!PrivateSessionBus::toolsInstalled())
        QSKIP("needs dbus-daemon and gnome-keyring-daemon (Linux)");
}

bool TestKeychainFailures::runCase(const char* function, const QProcessEnvironment& env,
                                   QByteArray* output)
{
    QProcess child;
    QProcessEnvironment childEnv = env;
    childEnv.insert(QString::fromLatin1(kRole), QStringLiteral("case"));
    child.setProcessEnvironment(childEnv);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(function)});
    const bool finished = child.waitForFinished(60000);
    *output = child.readAll();
    qInfo().noquote() << QString::fromUtf8(*output).trimmed();
    return finished && child.exitCode() == 0 &&
           output->contains("PASS   : KeychainCases::" + QByteArray(function) + "()");
}

void TestKeychainFailures::tokenSecretRules_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("128 lower-case hex")
        << QString(64, QLatin1Char('0')) + QString(64, QLatin1Char('f')) << true;
    QTest::newRow("127 characters") << QString(127, QLatin1Char('a')) << false;
    QTest::newRow("129 characters") << QString(129, QLatin1Char('a')) << false;
    QTest::newRow("upper-case hex") << QString(128, QLatin1Char('A')) << false;
    QTest::newRow("not hex") << QString(128, QLatin1Char('g')) << false;
    QTest::newRow("full-width digits") << QString(128, QChar(0xFF10)) << false;
    QTest::newRow("trailing newline")
        << QString(127, QLatin1Char('a')) + QLatin1Char('\n') << false;
    QTest::newRow("empty") << QString() << false;
}

void TestKeychainFailures::tokenSecretRules()
{
    QFETCH(QString, secret);
    QFETCH(bool, accepted);
    QCOMPARE(SecretStore::isTokenSecret(secret), accepted);
    SecretStore::Result read;
    read.status = Status::Ok;
    read.secret = secret;
    const SecretStore::Result checked = SecretStore::checkTokenSecret(read);
    QCOMPARE(checked.ok(), accepted);
    QCOMPARE(checked.secret, accepted ? secret : QString());
}

void TestKeychainFailures::absent()
{
    PrivateSessionBus bus;
    QString error;
    QVERIFY2(bus.start(&error), qPrintable(error));
    QByteArray output;
    QVERIFY2(runCase("absent", bus.environment(), &output), output.constData());
}

void TestKeychainFailures::noSessionBus()
{
    PrivateSessionBus bus; // only for its fresh HOME; no bus is started
    QProcessEnvironment env = bus.environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QDir(bus.home())
                   .filePath(QStringLiteral("no-bus-here"))
                   .prepend(QStringLiteral("unix:path=")));
    QByteArray output;
    QVERIFY2(runCase("noSessionBus", env, &output), output.constData());
}

void TestKeychainFailures::notResponding()
{
    PrivateSessionBus bus;
    QString error;
    QVERIFY2(bus.start(&error), qPrintable(error));
    // The bus may start the Secret Service on demand, but the program it starts never claims
    // the name (and ends by itself a few seconds later).
    QFile service(
        QDir(bus.home()).filePath(QStringLiteral("services/org.freedesktop.secrets.service")));
    QVERIFY(service.open(QIODevice::WriteOnly));
    service.write("[D-BUS Service]\nName=org.freedesktop.secrets\nExec=" +
                  QCoreApplication::applicationFilePath().toUtf8() + " --never-claim\n");
    service.close();
    QByteArray output;
    QVERIFY2(runCase("notResponding", bus.environment(), &output), output.constData());
}

void TestKeychainFailures::hung()
{
    PrivateSessionBus bus;
    QString error;
    QVERIFY2(bus.start(&error), qPrintable(error));
    QProcess service;
    QProcessEnvironment env = bus.environment();
    env.insert(QString::fromLatin1(kRole), QStringLiteral("hung-secret-service"));
    service.setProcessEnvironment(env);
    service.setProcessChannelMode(QProcess::ForwardedChannels);
    service.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(service.waitForStarted(10000));
    const QDBusConnection probe =
        QDBusConnection::connectToBus(bus.address(), QStringLiteral("hung-probe"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return probe.interface()
                ->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))
                .value();
        },
        10000));
    QByteArray output;
    const bool passed = runCase("hung", bus.environment(), &output);
    QDBusConnection::disconnectFromBus(QStringLiteral("hung-probe"));
    service.kill();
    service.waitForFinished(5000);
    QVERIFY2(passed, output.constData());
}

void TestKeychainFailures::missingAndGarbage()
{
    PrivateSessionBus bus;
    QString error;
    QVERIFY2(bus.start(&error), qPrintable(error));
    QVERIFY2(bus.startKeyring(&error), qPrintable(error));
    QByteArray output;
    QVERIFY2(runCase("missingAndGarbage", bus.environment(), &output), output.constData());
}

void TestKeychainFailures::lockedKeyring()
{
    PrivateSessionBus bus;
    QString error;
    QVERIFY2(bus.start(&error), qPrintable(error));
    QVERIFY2(bus.startKeyring(&error), qPrintable(error));
    QByteArray output;
    QVERIFY2(runCase("storeBeforeLock", bus.environment(), &output), output.constData());
    QVERIFY2(bus.lockKeyring(&error), qPrintable(error));
    QVERIFY2(runCase("whileLocked", bus.environment(), &output), output.constData());
    // Restarting the daemon with its password unlocks the same keyring again.
    bus.stopKeyring();
    QVERIFY2(bus.startKeyring(&error), qPrintable(error));
    QVERIFY2(runCase("afterUnlock", bus.environment(), &output), output.constData());
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString role = qEnvironmentVariable(kRole);
    if (argc > 1 && qstrcmp(argv[1], "--never-claim") == 0) {
        // Started by the bus as the Secret Service; takes no name, then goes away.
        QTimer::singleShot(5000, &app, &QCoreApplication::quit);
        return QCoreApplication::exec();
    }
    if (role == QLatin1String("hung-secret-service"))
        return serveHungSecretService();
    if (role == QLatin1String("case")) {
        KeychainCases cases;
        return QTest::qExec(&cases, argc, argv);
    }
    TestKeychainFailures test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainFailures.moc"
