#include "sandbox/DemoData.h"
#include "sandbox/TimeFormat.h"

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
        QTest::newRow("design example") << qint64(1795878245) << "2026-11-28T15:04:05Z"
                                        << QByteArray("Sat, 28 Nov 2026 15:04:05 GMT")
                                        << "2026-11-28T07:04:05-08:00";
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
