// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/Clock.h"

#include <QSignalSpy>
#include <QTest>

using TokenConsole::Sandbox::Clock;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void startsAtRealTime()
    {
        Clock clock;
        const qint64 real = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(clock.nowSecs() - real) <= 1);
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    }

    void advances_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("zero") << 0 << true;
        QTest::newRow("one") << 1 << true;
        QTest::newRow("sixty") << 60 << true;
        QTest::newRow("backwards") << -1 << false;
        QTest::newRow("absurd") << 100000 << false;
    }
    void advances()
    {
        QFETCH(int, days);
        QFETCH(bool, accepted);
        Clock clock;
        QSignalSpy spy(&clock, &Clock::advanced);
        const qint64 before = clock.nowSecs();
        QCOMPARE(clock.advanceDays(days), accepted);
        QCOMPARE(spy.count(), accepted ? 1 : 0);
        const qint64 expectedOffset = accepted ? qint64(days) * Clock::secsPerDay : 0;
        QCOMPARE(clock.offsetSecs(), expectedOffset);
        QVERIFY(qAbs(clock.nowSecs() - before - expectedOffset) <= 1);
    }

    void advancesAccumulate()
    {
        Clock clock;
        clock.advanceDays(2);
        clock.advanceDays(3);
        QCOMPARE(clock.offsetSecs(), 5 * Clock::secsPerDay);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
