// SPDX-License-Identifier: GPL-3.0-or-later
// Token Admin API v1.1 through the console's own clients (AdminClient, AdminApiPlatform,
// On24Client) against the real sandbox: rotation with a grace on the v2 API, owner and notes
// with a version conflict, and usage then access narrowing end to end.
#include "Awaiting.h"
#include "SandboxProcess.h"
#include "api/AdminClient.h"
#include "api/On24Client.h"
#include "platform/AdminApiPlatform.h"
#include "secrets/InMemorySecretStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace TokenConsole;
using namespace TokenConsole::Testing;
using Kind = ApiError::Kind;
using Outcome = On24Client::Verification::Outcome;

namespace {
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kAdminPassword = QStringLiteral("sandbox-admin");
const QString kEva = QStringLiteral("eva@acme.example");
constexpr qint64 kClientId = 10001;
} // namespace

class TestAdminV11Console : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void rotationGraceOnTheV2Api();
    void rotationWithoutGrace();
    void rotationOfADisabledTokenIsRefused();
    void ownerAndNotesWithAVersionConflict();
    void usageThenNarrowing();

private:
    bool signIn();
    ProvisionedToken provisionForEva(const QString& name);
    Outcome call(const QString& key, const QString& secret, bool users = false);
    Token reread(const QString& id);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<AdminApiPlatform> m_platform;
    AdminClient* m_client = nullptr; // owned by m_platform
    On24Client* m_on24 = nullptr;
    QUrl m_v2;
};

void TestAdminV11Console::init()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_client = new AdminClient(m_sandbox->url());
    m_client->setTimeout(10000);
    QVERIFY(signIn());
    m_secrets = std::make_unique<InMemorySecretStore>();
    m_v2 = m_sandbox->url();
    m_v2.setPath(QStringLiteral("/v2"));
    AdminApiPlatform::Settings settings;
    settings.profileName = QStringLiteral("v11-%1").arg(QTest::currentTestFunction());
    settings.on24BaseUrl = m_v2;
    m_platform = std::make_unique<AdminApiPlatform>(m_client, settings, m_secrets.get());
    m_on24 = new On24Client(this);
}

void TestAdminV11Console::cleanup()
{
    delete m_on24;
    m_on24 = nullptr;
    m_platform.reset();
    m_client = nullptr;
    m_secrets.reset();
    m_sandbox.reset();
}

bool TestAdminV11Console::signIn()
{
    const auto r = awaitResult<Session>(
        [&](auto done) { m_client->signIn(kAdmin, kAdminPassword, m_client, done); });
    if (!r.ok())
        qWarning() << "sign-in failed:" << r.error.userMessage();
    return r.ok();
}

ProvisionedToken TestAdminV11Console::provisionForEva(const QString& name)
{
    const auto users =
        awaitResult<QVector<AccountUser>>([&](auto done) { m_platform->users(this, done); });
    qint64 eva = 0;
    for (const AccountUser& u : users.value) {
        if (u.login == kEva)
            eva = u.id;
    }
    const auto created = awaitResult<ProvisionedToken>([&](auto done) {
        m_platform->provision({eva, name, {}}, this, done);
    });
    if (!created.ok())
        qWarning() << "provision failed:" << created.error.userMessage();
    return created.value;
}

// One real ON24 v2 call with the pair: GET /client/{id} (client_analytics), or its users
// (helpers).
Outcome TestAdminV11Console::call(const QString& key, const QString& secret, bool users)
{
    std::optional<Outcome> outcome;
    if (users) {
        m_on24->fetchUsers(m_v2, kClientId, key, secret, this,
                           [&](const On24Client::Verification& v,
                               const QVector<On24Client::User>&) { outcome = v.outcome; });
    } else {
        m_on24->verify(m_v2, kClientId, key, secret, this,
                       [&](const On24Client::Verification& v) { outcome = v.outcome; });
    }
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
        return Outcome::Failed;
    return *outcome;
}

Token TestAdminV11Console::reread(const QString& id)
{
    return awaitResult<Token>([&](auto done) { m_platform->fetchToken(id, this, done); }).value;
}

void TestAdminV11Console::rotationGraceOnTheV2Api()
{
    const ProvisionedToken old = provisionForEva(QStringLiteral("Marketo sync"));
    QVERIFY(!old.secret.isEmpty());
    QCOMPARE(call(old.token.key, old.secret), Outcome::Works);

    QSignalSpy changed(m_platform.get(), &Platform::tokenChanged);
    const auto rotated = awaitResult<RotatedToken>(
        [&](auto done) { m_platform->rotate(old.token, 24, this, done); });
    QVERIFY2(rotated.ok(), qPrintable(rotated.error.userMessage()));
    const RotatedToken& r = rotated.value;
    QCOMPARE(r.token.key, old.token.key); // same key, new secret
    QVERIFY(r.secret != old.secret);
    QCOMPARE(r.secret.size(), 128);
    QVERIFY(r.token.rotatedAt.isValid());
    QCOMPARE(r.previousSecretExpiresAt, r.token.rotatedAt.addSecs(24 * 3600));
    QCOMPARE(r.token.previousSecretExpiresAt, r.previousSecretExpiresAt);
    QVERIFY(r.token.version > old.token.version);
    QCOMPARE(changed.size(), 1); // the session's table hears of it
    QVERIFY(r.token.inRotationGrace(m_platform->now()));

    // During the grace both secrets work.
    QCOMPARE(call(old.token.key, old.secret), Outcome::Works);
    QCOMPARE(call(old.token.key, r.secret), Outcome::Works);

    // After it only the new one does, and the token says the grace is over.
    QVERIFY(m_sandbox->advanceDays(1));
    QVERIFY(signIn()); // the session idled out too
    QCOMPARE(call(old.token.key, old.secret), Outcome::WrongPair);
    QCOMPARE(call(old.token.key, r.secret), Outcome::Works);
    const Token after = reread(old.token.id);
    QVERIFY(!after.previousSecretExpiresAt.isValid());
    QCOMPARE(after.rotatedAt, r.token.rotatedAt);
}

void TestAdminV11Console::rotationWithoutGrace()
{
    const ProvisionedToken old = provisionForEva(QStringLiteral("Immediate"));
    const auto rotated =
        awaitResult<RotatedToken>([&](auto done) { m_platform->rotate(old.token, 0, this, done); });
    QVERIFY2(rotated.ok(), qPrintable(rotated.error.userMessage()));
    QVERIFY(!rotated.value.previousSecretExpiresAt.isValid());
    QVERIFY(!rotated.value.token.inRotationGrace(m_platform->now()));
    QCOMPARE(call(old.token.key, old.secret), Outcome::WrongPair);
    QCOMPARE(call(old.token.key, rotated.value.secret), Outcome::Works);
}

void TestAdminV11Console::rotationOfADisabledTokenIsRefused()
{
    const ProvisionedToken created = provisionForEva(QStringLiteral("Off"));
    const auto disabled =
        awaitResult<Token>([&](auto done) { m_platform->disable(created.token, this, done); });
    QVERIFY(disabled.ok());
    QVERIFY(!m_platform->can(Capability::Rotate, &disabled.value));
    // The server refuses it too, should the console ask anyway.
    const auto rotated = awaitResult<RotatedToken>(
        [&](auto done) { m_platform->rotate(created.token, 24, this, done); });
    QCOMPARE(rotated.error.kind(), Kind::Conflict);
    QCOMPARE(rotated.error.code(), QStringLiteral("token_disabled"));
    QCOMPARE(call(created.token.key, created.secret), Outcome::Deactivated);
}

void TestAdminV11Console::ownerAndNotesWithAVersionConflict()
{
    const ProvisionedToken created = provisionForEva(QStringLiteral("Warehouse"));
    const Token mine = created.token; // what a dialog opened now would hold
    QVERIFY(m_platform->can(Capability::EditOwner, &mine));

    const auto theirs = awaitResult<Token>([&](auto done) {
        m_platform->editOwner(mine, QStringLiteral("Li (BI)"), QStringLiteral("Nightly."), this,
                              done);
    });
    QVERIFY2(theirs.ok(), qPrintable(theirs.error.userMessage()));
    QCOMPARE(theirs.value.owner, QStringLiteral("Li (BI)"));
    QCOMPARE(theirs.value.notes, QStringLiteral("Nightly."));
    QVERIFY(theirs.value.version > mine.version);

    // The stale version is refused, and the server keeps the other person's text.
    const auto stale = awaitResult<Token>([&](auto done) {
        m_platform->editOwner(mine, QStringLiteral("Raj (Marketing Ops)"), QString(), this, done);
    });
    QCOMPARE(stale.error.kind(), Kind::VersionMismatch);
    QCOMPARE(reread(mine.id).owner, QStringLiteral("Li (BI)"));

    // With the newer version the same edit goes through; surrounding spaces are not kept.
    const auto retried = awaitResult<Token>([&](auto done) {
        m_platform->editOwner(theirs.value, QStringLiteral("  Raj (Marketing Ops) "),
                              QStringLiteral("Ask Raj first.\nSecond line."), this, done);
    });
    QVERIFY2(retried.ok(), qPrintable(retried.error.userMessage()));
    const Token now = reread(mine.id);
    QCOMPARE(now.owner, QStringLiteral("Raj (Marketing Ops)"));
    QCOMPARE(now.notes, QStringLiteral("Ask Raj first.\nSecond line."));

    // The server's rules hold for the console too.
    const auto bidi = awaitResult<Token>([&](auto done) {
        m_platform->editOwner(now, QStringLiteral("Raj \u202E"), QString(), this, done);
    });
    QCOMPARE(bidi.error.kind(), Kind::Validation);
    QCOMPARE(bidi.error.code(), QStringLiteral("invalid_owner"));
}

void TestAdminV11Console::usageThenNarrowing()
{
    const ProvisionedToken created = provisionForEva(QStringLiteral("Counted"));
    QVERIFY(created.token.allEndpoints);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call(created.token.key, created.secret), Outcome::Works);

    const auto usage = awaitResult<TokenUsage>(
        [&](auto done) { m_platform->usage(created.token, 60, this, done); });
    QVERIFY2(usage.ok(), qPrintable(usage.error.userMessage()));
    QCOMPARE(usage.value.days, 60);
    QCOMPARE(usage.value.areas.size(), 6);
    QStringList used;
    for (const AreaUsage& area : usage.value.areas) {
        if (area.calls > 0)
            used.append(area.area);
    }
    QCOMPARE(used, QStringList{QStringLiteral("client_analytics")});
    for (const AreaUsage& area : usage.value.areas)
        QCOMPARE(area.calls, area.area == QLatin1String("client_analytics") ? 3 : 0);

    // Before narrowing, the unused helpers area answers.
    QCOMPARE(call(created.token.key, created.secret, true), Outcome::Works);
    const Token current = reread(created.token.id);
    const auto narrowed =
        awaitResult<Token>([&](auto done) { m_platform->narrowAccess(current, used, this, done); });
    QVERIFY2(narrowed.ok(), qPrintable(narrowed.error.userMessage()));
    QVERIFY(!narrowed.value.allEndpoints);
    QCOMPARE(narrowed.value.accessAreas, used);
    QCOMPARE(reread(created.token.id).accessAreas, used);

    // On the server: the area kept works, the area lost is refused.
    QCOMPARE(call(created.token.key, created.secret), Outcome::Works);
    QCOMPARE(call(created.token.key, created.secret, true), Outcome::NoPermission);

    // Narrowing with a stale version is refused like any edit; to nothing at all, locally.
    const auto stale =
        awaitResult<Token>([&](auto done) { m_platform->narrowAccess(current, used, this, done); });
    QCOMPARE(stale.error.kind(), Kind::VersionMismatch);
    const auto none = awaitResult<Token>(
        [&](auto done) { m_platform->narrowAccess(narrowed.value, {}, this, done); });
    QCOMPARE(none.error.kind(), Kind::Local);
}

QTEST_GUILESS_MAIN(TestAdminV11Console)
#include "TestAdminV11Console.moc"
