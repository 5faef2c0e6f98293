// SPDX-License-Identifier: GPL-3.0-or-later
#include "Banner.h"
#include "GuiFixture.h"
#include "WarningNotifier.h"
#include "i18n/Translations.h"
#include "model/TokenTableModel.h"
#include "policy/InactivityPolicy.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

// D9: a warning once per token and threshold, remembered across runs; without a system tray
// the window shows it in a banner.
class TestWarningNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void oncePerTokenAndThreshold_data();
    void oncePerTokenAndThreshold();
    void windowShowsBannerWithoutTray();
    void warningNamesTheOwner();
};

void TestWarningNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English plural forms come from the English catalogue, as in the application.
    Translations::install(QStringLiteral("en"));
}

void TestWarningNotifier::init()
{
    QSettings().clear();
}

void TestWarningNotifier::oncePerTokenAndThreshold_data()
{
    QTest::addColumn<int>("daysInactive");
    QTest::addColumn<int>("threshold"); // 0: no warning
    QTest::newRow("fresh") << 1 << 0;
    QTest::newRow("46 days: 14 left") << 46 << 14;
    QTest::newRow("53 days: 7 left") << 53 << 7;
    QTest::newRow("57 days: 3 left, critical") << 57 << 3;
    QTest::newRow("59 days: 1 left") << 59 << 1;
}

void TestWarningNotifier::oncePerTokenAndThreshold()
{
    QFETCH(int, daysInactive);
    QFETCH(int, threshold);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Token token;
    token.id = QStringLiteral("tok_test");
    token.name = QStringLiteral("Salesforce");
    token.login = QStringLiteral("jane@acme.example");
    token.inactiveSince = now.addDays(-daysInactive).addSecs(-60);
    InactivityPolicySettings policy;
    token.autoDisableAt = token.inactiveSince.addDays(policy.inactivityDays);

    WarningNotifier notifier;
    QSignalSpy warned(&notifier, &WarningNotifier::warned);
    QSignalSpy banner(&notifier, &WarningNotifier::bannerRequested);
    notifier.check(QStringLiteral("demo"), {token}, policy, now);
    QCOMPARE(warned.size(), threshold ? 1 : 0);
    QCOMPARE(banner.size(), threshold ? 1 : 0);
    if (threshold) {
        QCOMPARE(warned.first().at(1).toInt(), threshold);
        QCOMPARE(banner.first().at(1).toBool(), threshold <= InactivityPolicy::criticalDays);
    }

    // A second check (or a second run: the memory is in QSettings) stays quiet.
    WarningNotifier again;
    QSignalSpy warnedAgain(&again, &WarningNotifier::warned);
    again.check(QStringLiteral("demo"), {token}, policy, now);
    notifier.check(QStringLiteral("demo"), {token}, policy, now);
    QCOMPARE(warnedAgain.size(), 0);
    QCOMPARE(warned.size(), threshold ? 1 : 0);

    // A disabled token has nothing to warn about.
    token.id = QStringLiteral("tok_disabled");
    token.status = Token::Status::Disabled;
    notifier.check(QStringLiteral("demo"), {token}, policy, now);
    QCOMPARE(warned.size(), threshold ? 1 : 0);
}

// "tell Raj (Marketing Ops)": the warning says whom to tell where the token has an owner.
void TestWarningNotifier::warningNamesTheOwner()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    InactivityPolicySettings policy;
    Token owned;
    owned.id = QStringLiteral("tok_owned");
    owned.name = QStringLiteral("Marketo sync");
    owned.login = QStringLiteral("eva@acme.example");
    owned.owner = QStringLiteral("Raj (Marketing Ops)");
    owned.inactiveSince = now.addDays(-53).addSecs(-60);
    owned.autoDisableAt = owned.inactiveSince.addDays(policy.inactivityDays);
    Token orphan = owned;
    orphan.id = QStringLiteral("tok_orphan");
    orphan.name = QStringLiteral("Orphan");
    orphan.owner.clear();

    WarningNotifier notifier;
    QSignalSpy banner(&notifier, &WarningNotifier::bannerRequested);
    notifier.check(QStringLiteral("demo"), {owned, orphan}, policy, now);
    QCOMPARE(banner.size(), 1);
    const QString text = banner.first().first().toString();
    QVERIFY2(text.contains(QStringLiteral("“Marketo sync” (eva@acme.example) will be disabled for "
                                          "inactivity in 7 days: tell Raj (Marketing Ops).")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("“Orphan” (eva@acme.example) will be disabled for "
                                          "inactivity in 7 days.")),
             qPrintable(text));
}

void TestWarningNotifier::windowShowsBannerWithoutTray()
{
    GuiFixture fixture;
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    {
        auto window = fixture.openAdminWindow(fixture.embeddedOptions(), &error);
        QVERIFY2(window, qPrintable(error));
        auto* banner = window->findChild<Banner*>(QStringLiteral("warningBanner"));
        // The demo's Marketo token has 10 days left.
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("Marketo")), qPrintable(banner->text()));
    }
    auto window = fixture.openAdminWindow(fixture.embeddedOptions(), &error);
    QVERIFY2(window, qPrintable(error));
    auto* banner = window->findChild<Banner*>(QStringLiteral("warningBanner"));
    QVERIFY2(!banner->isVisible(), "the same warning is not repeated on the next start");
}

QTEST_MAIN(TestWarningNotifier)
#include "TestWarningNotifier.moc"
