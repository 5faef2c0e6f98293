// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/InMemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace TokenConsole;
using Status = SecretStore::Result::Status;

namespace {

// Runs one asynchronous store call to completion.
SecretStore::Result await(const std::function<void(SecretStore::Callback)>& call)
{
    SecretStore::Result result;
    bool done = false;
    call([&](const SecretStore::Result& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("store call did not finish");
    return result;
}

} // namespace

class TestInMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void failures_data();
    void failures();
    void contextGoneNoCallback();
};

void TestInMemorySecretStore::roundTrip()
{
    InMemorySecretStore store;
    const QString account = SecretStore::accountName(QStringLiteral("demo"), QStringLiteral("KEY"));
    QCOMPARE(await([&](auto cb) { store.read(account, this, cb); }).status, Status::NotFound);
    QCOMPARE(await([&](auto cb) { store.store(account, QStringLiteral("s"), this, cb); }).status, Status::Ok);
    const auto read = await([&](auto cb) { store.read(account, this, cb); });
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, QStringLiteral("s"));
    QCOMPARE(store.count(), 1);
    QCOMPARE(await([&](auto cb) { store.remove(account, this, cb); }).status, Status::Ok);
    QCOMPARE(await([&](auto cb) { store.remove(account, this, cb); }).status, Status::NotFound);
}

void TestInMemorySecretStore::failures_data()
{
    QTest::addColumn<int>("failure");
    QTest::newRow("unavailable") << int(Status::Unavailable);
    QTest::newRow("access denied") << int(Status::AccessDenied);
}

void TestInMemorySecretStore::failures()
{
    QFETCH(int, failure);
    InMemorySecretStore store;
    store.setFailure(Status(failure));
    const auto r = await([&](auto cb) { store.store(QStringLiteral("a"), QStringLiteral("s"), this, cb); });
    QCOMPARE(int(r.status), failure);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(!r.message.contains(QLatin1String("s\"")));
    QCOMPARE(store.count(), 0);
}

void TestInMemorySecretStore::contextGoneNoCallback()
{
    InMemorySecretStore store;
    auto* context = new QObject;
    bool called = false;
    store.read(QStringLiteral("a"), context, [&](const SecretStore::Result&) { called = true; });
    delete context;
    // A later call on the same store proves the event loop turned.
    const auto r = await([&](auto cb) { store.read(QStringLiteral("a"), this, cb); });
    QCOMPARE(r.status, Status::NotFound);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestInMemorySecretStore)
#include "TestInMemorySecretStore.moc"
