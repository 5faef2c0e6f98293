// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RateLimiter.h"

#include <QTest>

using TokenConsole::Sandbox::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void fiveFailuresLockForFifteenMinutes()
    {
        RateLimiter limiter;
        const qint64 t0 = 1'000'000;
        for (int i = 0; i < 4; ++i) {
            limiter.recordFailure(QStringLiteral("jane@acme.example"), t0 + i);
            QVERIFY(!limiter.isLocked(QStringLiteral("jane@acme.example"), t0 + i));
        }
        limiter.recordFailure(QStringLiteral("jane@acme.example"), t0 + 4);
        QVERIFY(limiter.isLocked(QStringLiteral("jane@acme.example"), t0 + 5));
        QVERIFY2(limiter.isLocked(QStringLiteral("JANE@acme.example"), t0 + 5),
                 "logins are case-insensitive");
        QVERIFY(!limiter.isLocked(QStringLiteral("raj@acme.example"), t0 + 5));
        QVERIFY(limiter.isLocked(QStringLiteral("jane@acme.example"),
                                 t0 + 4 + RateLimiter::lockSecs - 1));
        QVERIFY(
            !limiter.isLocked(QStringLiteral("jane@acme.example"), t0 + 4 + RateLimiter::lockSecs));
    }

    void failuresOutsideTheWindowDoNotCount()
    {
        RateLimiter limiter;
        qint64 t = 1'000'000;
        for (int i = 0; i < 10; ++i) {
            limiter.recordFailure(QStringLiteral("a"), t);
            t += RateLimiter::windowSecs / 4 + 1; // at most 4 within any window
        }
        QVERIFY(!limiter.isLocked(QStringLiteral("a"), t));
    }

    void successClearsFailures()
    {
        RateLimiter limiter;
        for (int i = 0; i < 4; ++i)
            limiter.recordFailure(QStringLiteral("a"), 100 + i);
        limiter.recordSuccess(QStringLiteral("a"));
        limiter.recordFailure(QStringLiteral("a"), 200);
        QVERIFY(!limiter.isLocked(QStringLiteral("a"), 201));
    }

    void manyLoginsStayBounded()
    {
        RateLimiter limiter;
        for (int i = 0; i < 20000; ++i)
            limiter.recordFailure(QString::number(i), qint64(i) * RateLimiter::windowSecs);
        // Old, unlocked entries were pruned, recent ones still count.
        limiter.recordFailure(QStringLiteral("x"), 0);
        QVERIFY(!limiter.isLocked(QStringLiteral("19999"), 20000 * RateLimiter::windowSecs));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
