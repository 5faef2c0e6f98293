// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestTokens.h"
#include "policy/InactivityPolicy.h"

#include <QTest>

using namespace TokenConsole;
using Band = InactivityPolicy::Band;

class TestInactivityPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundaries_data();
    void boundaries();
    void disabledTokens();
    void missingAutoDisableUsesPolicy();
    void skewCorrectsNow();
};

void TestInactivityPolicy::boundaries_data()
{
    QTest::addColumn<qint64>("inactiveSeconds");  // since inactiveSince, seen from "now"
    QTest::addColumn<int>("daysInactive");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<int>("band");
    QTest::addColumn<int>("threshold");

    const qint64 day = 86400;
    QTest::newRow("day 0") << qint64(0) << 0 << 60 << int(Band::None) << 0;
    QTest::newRow("day 45 + 23h") << 45 * day + 23 * 3600 << 45 << 15 << int(Band::None) << 0;
    QTest::newRow("day 46") << 46 * day << 46 << 14 << int(Band::Warning) << 14;
    QTest::newRow("day 52 + 1s") << 52 * day + 1 << 52 << 8 << int(Band::Warning) << 14;
    QTest::newRow("day 53") << 53 * day << 53 << 7 << int(Band::Warning) << 7;
    QTest::newRow("day 56 + 1h") << 56 * day + 3600 << 56 << 4 << int(Band::Warning) << 7;
    QTest::newRow("day 57") << 57 * day << 57 << 3 << int(Band::Critical) << 3;
    QTest::newRow("day 59") << 59 * day << 59 << 1 << int(Band::Critical) << 1;
    QTest::newRow("day 59 + 23h59m") << 60 * day - 60 << 59 << 1 << int(Band::Critical) << 1;
    QTest::newRow("day 60") << 60 * day << 60 << 0 << int(Band::Critical) << 1;
    QTest::newRow("day 61") << 61 * day << 61 << 0 << int(Band::Critical) << 1;
    // A server clock ahead of ours: inactiveSince lies in "our" future.
    QTest::newRow("skew: since is ahead") << -30LL << 0 << 60 << int(Band::None) << 0;
    QTest::newRow("skew: 2 s before day 46") << 46 * day - 2 << 45 << 15 << int(Band::None) << 0;
}

void TestInactivityPolicy::boundaries()
{
    QFETCH(qint64, inactiveSeconds);
    QFETCH(int, daysInactive);
    QFETCH(int, daysLeft);
    QFETCH(int, band);
    QFETCH(int, threshold);

    const QDateTime now = TestTokens::fixedNow();
    Token t = TestTokens::make(1, now);
    t.inactiveSince = now.addSecs(-inactiveSeconds);
    t.autoDisableAt = t.inactiveSince.addDays(60);
    const InactivityPolicySettings policy;

    QCOMPARE(InactivityPolicy::daysInactive(t.inactiveSince, now), daysInactive);
    QCOMPARE(InactivityPolicy::daysLeft(t, policy, now), daysLeft);
    QCOMPARE(int(InactivityPolicy::band(t, policy, now)), band);
    QCOMPARE(InactivityPolicy::warningThreshold(t, policy, now), threshold);
}

void TestInactivityPolicy::disabledTokens()
{
    const QDateTime now = TestTokens::fixedNow();
    Token t = TestTokens::make(1, now, 70);
    t.status = Token::Status::Disabled;
    t.disabledReason = Token::DisabledReason::Inactivity;
    t.autoDisableAt = {};
    const InactivityPolicySettings policy;
    QCOMPARE(InactivityPolicy::band(t, policy, now), Band::Disabled);
    QCOMPARE(InactivityPolicy::daysLeft(t, policy, now), -1);
    QCOMPARE(InactivityPolicy::warningThreshold(t, policy, now), 0);
    QVERIFY(!InactivityPolicy::autoDisableAt(t, policy).isValid());
    QCOMPARE(InactivityPolicy::daysInactive(t.inactiveSince, now), 70);
}

void TestInactivityPolicy::missingAutoDisableUsesPolicy()
{
    const QDateTime now = TestTokens::fixedNow();
    Token t = TestTokens::make(1, now, 10);
    t.autoDisableAt = {};
    InactivityPolicySettings policy;
    policy.inactivityDays = 30;
    policy.warningDays = {21};
    QCOMPARE(InactivityPolicy::autoDisableAt(t, policy), t.inactiveSince.addDays(30));
    QCOMPARE(InactivityPolicy::daysLeft(t, policy, now), 20);
    QCOMPARE(InactivityPolicy::band(t, policy, now), Band::Warning);
    QCOMPARE(InactivityPolicy::warningThreshold(t, policy, now), 21);
}

void TestInactivityPolicy::skewCorrectsNow()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime ahead = InactivityPolicy::correctedNow(3600 * 1000);
    const qint64 diff = before.msecsTo(ahead);
    QVERIFY2(diff >= 3600 * 1000 && diff < 3600 * 1000 + 5000, qPrintable(QString::number(diff)));
    QVERIFY(InactivityPolicy::correctedNow(-60000) < QDateTime::currentDateTimeUtc());
}

QTEST_GUILESS_MAIN(TestInactivityPolicy)
#include "TestInactivityPolicy.moc"
