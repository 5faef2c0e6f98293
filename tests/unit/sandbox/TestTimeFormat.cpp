// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/DemoData.h"
#include "sandbox/TimeFormat.h"

#include <QDateTime>
#include <QTest>
#include <QVariant>

using TokenConsole::Sandbox::DemoData;
using TokenConsole::Sandbox::TimeFormat;

class TestTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<qint64>("secs");
        QTest::addColumn<QString>("rfc3339");
        QTest::addColumn<QByteArray>("httpDate");
        QTest::addColumn<QString>("on24");
        QTest::newRow("design example")
            << qint64(1795878245) << "2026-11-28T15:04:05Z"
            << QByteArray("Sat, 28 Nov 2026 15:04:05 GMT") << "2026-11-28T07:04:05-08:00";
        QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00Z"
                               << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT")
                               << "1969-12-31T16:00:00-08:00";
    }
    void formats()
    {
        QFETCH(qint64, secs);
        QFETCH(QString, rfc3339);
        QFETCH(QByteArray, httpDate);
        QFETCH(QString, on24);
        QCOMPARE(TimeFormat::rfc3339(secs), rfc3339);
        QCOMPARE(TimeFormat::httpDate(secs), httpDate);
        QCOMPARE(DemoData::on24Time(secs), on24);
    }

    // The hand-rolled formatter agrees with QDateTime across leap years and centuries.
    void agreesWithQDateTime()
    {
        for (qint64 secs = 0; secs < 253402300799; secs += 86400 * 31 + 3607) {
            const QString expected =
                QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
            if (TimeFormat::rfc3339(secs) != expected)
                QFAIL(qPrintable(QStringLiteral("%1: %2 != %3")
                                     .arg(secs)
                                     .arg(TimeFormat::rfc3339(secs), expected)));
        }
        for (qint64 secs : {951782400LL, 951868799LL, 4107542400LL, 253402300799LL, -1LL})
            QCOMPARE(TimeFormat::rfc3339(secs),
                     QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate));
    }

    void nullStaysNull()
    {
        QVERIFY(TimeFormat::rfc3339OrNull(QVariant()).isNull());
        QVERIFY(TimeFormat::rfc3339OrNull(QVariant(QMetaType::fromType<qint64>())).isNull());
        QCOMPARE(TimeFormat::rfc3339OrNull(QVariant(qint64(0))).toString(),
                 QStringLiteral("1970-01-01T00:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "TestTimeFormat.moc"
