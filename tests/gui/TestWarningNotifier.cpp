// SPDX-License-Identifier: GPL-3.0-or-later
#include "Banner.h"
#include "GuiFixture.h"
#include "WarningNotifier.h"
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
};

void TestWarningNotifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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
