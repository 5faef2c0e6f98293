// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/CursorCodec.h"

#include <QTest>

using TokenConsole::Sandbox::CursorCodec;

class TestCursorCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data()
    {
        QTest::addColumn<qint64>("sequence");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("one") << qint64(1);
        QTest::newRow("bulk") << qint64(100000);
        QTest::newRow("huge") << qint64(9'000'000'000'000'000'000);
    }
    void roundTrips()
    {
        QFETCH(qint64, sequence);
        const QString cursor = CursorCodec::encode(sequence);
        QVERIFY2(!cursor.contains(QLatin1Char('=')) && !cursor.contains(QLatin1Char('+')) &&
                     !cursor.contains(QLatin1Char('/')),
                 "cursors must be URL-safe without escaping");
        QCOMPARE(CursorCodec::decode(cursor).value_or(-1), sequence);
    }

    void rejectsForeignCursors_data()
    {
        QTest::addColumn<QString>("cursor");
        QTest::newRow("empty") << QString();
        QTest::newRow("not base64") << QStringLiteral("!!!");
        QTest::newRow("plain number") << QStringLiteral("42");
        QTest::newRow("wrong prefix") << QString::fromLatin1(QByteArray("x1:5").toBase64());
        QTest::newRow("not digits") << QString::fromLatin1(QByteArray("c1:5a").toBase64());
        QTest::newRow("negative") << QString::fromLatin1(QByteArray("c1:-5").toBase64());
        QTest::newRow("no digits") << QString::fromLatin1(QByteArray("c1:").toBase64());
        QTest::newRow("overflow") << QString::fromLatin1(
            QByteArray("c1:99999999999999999999").toBase64());
        QTest::newRow("very long") << QString(500, QLatin1Char('A'));
    }

    // One page, one cursor: spellings the decoder could read but the server never writes are
    // refused (two cursors for one page let a client think it saw two pages).
    void rejectsNonCanonicalSpellings_data()
    {
        QTest::addColumn<QString>("cursor");
        const QString canonical = CursorCodec::encode(5); // "YzE6NQ": 'Q' ends with 4 zero bits
        QTest::newRow("padded") << canonical + QStringLiteral("==");
        QTest::newRow("trailing bits set")
            << canonical.left(canonical.size() - 1) + QLatin1Char('R');
        QTest::newRow("leading zero") << QString::fromLatin1(QByteArray("c1:05").toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QTest::newRow("plus sign") << QString::fromLatin1(QByteArray("c1:+5").toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QTest::newRow("whitespace") << canonical + QLatin1Char(' ');
    }
    void rejectsNonCanonicalSpellings()
    {
        QFETCH(QString, cursor);
        QVERIFY2(!CursorCodec::decode(cursor).has_value(), qPrintable(cursor));
    }
    void rejectsForeignCursors()
    {
        QFETCH(QString, cursor);
        QVERIFY(!CursorCodec::decode(cursor).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCursorCodec)
#include "TestCursorCodec.moc"
