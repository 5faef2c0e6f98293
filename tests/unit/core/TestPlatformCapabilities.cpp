// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AdminClient.h"
#include "platform/AdminApiPlatform.h"
#include "platform/CapabilityText.h"
#include "platform/On24DirectPlatform.h"
#include "secrets/InMemorySecretStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenConsole;

Q_DECLARE_METATYPE(TokenConsole::Capability)

// What each platform can do, and the one sentence it gives when it cannot: the GUI's tooltips
// and the CLI's errors both read these.
class TestPlatformCapabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void adminApiReasons_data();
    void adminApiReasons();
    void directReasons_data();
    void directReasons();
    void refusedJobsFailWithTheReason();

private:
    std::unique_ptr<AdminApiPlatform> adminPlatform(bool manageUsers, bool connect,
                                                   InMemorySecretStore* secrets);
};

std::unique_ptr<AdminApiPlatform> TestPlatformCapabilities::adminPlatform(
    bool manageUsers, bool connect, InMemorySecretStore* secrets)
{
    auto* client = new AdminClient(QUrl(QStringLiteral("https://tokens.example.com")));
    Session session;
    session.token = QStringLiteral("not-used");
    session.user.login = QStringLiteral("ada@acme.example");
    if (manageUsers)
        session.user.permissions = {QStringLiteral("manage_users")};
    session.account.name = QStringLiteral("Acme Webinars");
    if (connect)
        session.account.features = {QStringLiteral("connect")};
    client->setSession(session);
    AdminApiPlatform::Settings settings;
    settings.profileName = QStringLiteral("test-%1-%2").arg(manageUsers).arg(connect);
    return std::make_unique<AdminApiPlatform>(client, settings, secrets);
}

void TestPlatformCapabilities::adminApiReasons_data()
{
    QTest::addColumn<bool>("manageUsers");
    QTest::addColumn<bool>("connect");
    QTest::addColumn<Capability>("capability");
    QTest::addColumn<bool>("tokenActive");
    QTest::addColumn<QString>("reason");  // a phrase of the reason; empty: allowed

    QTest::newRow("admin provisions") << true << true << Capability::Provision << true << "";
    QTest::newRow("viewer cannot provision")
        << false << true << Capability::Provision << true << "Manage Users";
    QTest::newRow("no Connect, no provisioning")
        << true << false << Capability::Provision << true << "Connect";
    QTest::newRow("viewer cannot rename") << false << true << Capability::Rename << true << "Manage Users";
    QTest::newRow("disable an active token") << true << true << Capability::Disable << true << "";
    QTest::newRow("disable a disabled token")
        << true << true << Capability::Disable << false << "is disabled";
    QTest::newRow("enable an active token")
        << true << true << Capability::Enable << true << "already active";
    QTest::newRow("verify without a local secret")
        << true << true << Capability::Verify << true << "does not hold the secret";
    QTest::newRow("viewer lists") << false << false << Capability::List << true << "";
    QTest::newRow("no keep-alive here")
        << true << true << Capability::KeepAlive << true << "cannot keep tokens alive";
    QTest::newRow("admin rotates") << true << true << Capability::Rotate << true << "";
    QTest::newRow("viewer cannot rotate")
        << false << true << Capability::Rotate << true << "Manage Users";
    QTest::newRow("rotate a disabled token")
        << true << true << Capability::Rotate << false << "is disabled";
    QTest::newRow("viewer sees usage") << false << true << Capability::Usage << true << "";
    QTest::newRow("admin edits the owner") << true << true << Capability::EditOwner << true << "";
    QTest::newRow("viewer cannot edit the owner")
        << false << true << Capability::EditOwner << true << "Manage Users";
    QTest::newRow("viewer cannot narrow access")
        << false << true << Capability::NarrowAccess << true << "Manage Users";
}

void TestPlatformCapabilities::adminApiReasons()
{
    QFETCH(bool, manageUsers);
    QFETCH(bool, connect);
    QFETCH(Capability, capability);
    QFETCH(bool, tokenActive);
    QFETCH(QString, reason);
    InMemorySecretStore secrets;
    auto platform = adminPlatform(manageUsers, connect, &secrets);
    Token token;
    token.name = QStringLiteral("Salesforce");
    token.key = QString(32, QLatin1Char('K'));
    token.status = tokenActive ? Token::Status::Active : Token::Status::Disabled;
    const QString why = platform->whyNot(capability, &token);
    if (reason.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(reason), qPrintable(why));
    QCOMPARE(platform->can(capability, &token), reason.isEmpty());
}

void TestPlatformCapabilities::directReasons_data()
{
    QTest::addColumn<Capability>("capability");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("offered");
    const QString onlyOnPage = CapabilityText::onlyOnOn24Page();
    QTest::newRow("provision") << Capability::Provision << onlyOnPage << false;
    QTest::newRow("disable") << Capability::Disable << onlyOnPage << false;
    QTest::newRow("enable") << Capability::Enable << onlyOnPage << false;
    QTest::newRow("rename is local") << Capability::Rename << QString() << true;
    QTest::newRow("add existing") << Capability::AddExisting << QString() << true;
    QTest::newRow("forget") << Capability::Forget << QString() << true;
    QTest::newRow("users need a pair") << Capability::AccountUsers << "add one first" << true;
    QTest::newRow("no activity log") << Capability::ActivityLog << "does not show" << false;
    QTest::newRow("no rotation") << Capability::Rotate << CapabilityText::noRotationOnOn24() << false;
    QTest::newRow("no usage") << Capability::Usage << CapabilityText::noUsageOnOn24() << false;
    QTest::newRow("no narrowing") << Capability::NarrowAccess << CapabilityText::noUsageOnOn24()
                                  << false;
    QTest::newRow("owner is local") << Capability::EditOwner << QString() << true;
}

void TestPlatformCapabilities::directReasons()
{
    QFETCH(Capability, capability);
    QFETCH(QString, reason);
    QFETCH(bool, offered);
    Profile profile;
    profile.name = QStringLiteral("direct-%1").arg(QTest::currentDataTag());
    profile.kind = Profile::Kind::On24;
    profile.clientId = 10001;
    InMemorySecretStore secrets;
    On24DirectPlatform platform(profile, &secrets);
    QString error;
    QVERIFY2(platform.open(&error), qPrintable(error));
    const QString why = platform.whyNot(capability);
    if (reason.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(reason), qPrintable(why));
    // Provision, disable and enable are not offered, yet the window keeps their actions
    // visible (disabled, with the reason): they are every platform's token actions.
    QCOMPARE(platform.offers(capability), offered);
}

void TestPlatformCapabilities::refusedJobsFailWithTheReason()
{
    Profile profile;
    profile.name = QStringLiteral("direct-refusals");
    profile.kind = Profile::Kind::On24;
    profile.clientId = 10001;
    InMemorySecretStore secrets;
    On24DirectPlatform platform(profile, &secrets);
    QString error;
    QVERIFY(platform.open(&error));
    std::optional<Result<Token>> result;
    Token token;
    token.key = QString(32, QLatin1Char('K'));
    platform.disable(token, this, [&result](const Result<Token>& r) { result = r; });
    QVERIFY(!result);  // jobs never call back before they return
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error.kind(), ApiError::Kind::Local);
    QCOMPARE(result->error.userMessage(), CapabilityText::onlyOnOn24Page());
}

QTEST_GUILESS_MAIN(TestPlatformCapabilities)
#include "TestPlatformCapabilities.moc"
