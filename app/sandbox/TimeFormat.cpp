// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QVariant>

namespace TokenConsole::Sandbox {

QString TimeFormat::rfc3339(qint64 secs)
{
    // Hand-rolled (days → civil date, after Howard Hinnant's algorithm): a 1000-token page
    // formats 5000 times, and QDateTime::toString() dominated that.
    if (secs < 0 || secs > 253402300799) // outside 1970..9999: let QDateTime handle it
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
    const qint64 days = secs / 86400;
    const qint64 rem = secs % 86400;
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    char buffer[21];
    auto put = [&buffer](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            buffer[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    buffer[4] = '-';
    put(5, month, 2);
    buffer[7] = '-';
    put(8, day, 2);
    buffer[10] = 'T';
    put(11, int(rem / 3600), 2);
    buffer[13] = ':';
    put(14, int(rem / 60 % 60), 2);
    buffer[16] = ':';
    put(17, int(rem % 60), 2);
    buffer[19] = 'Z';
    buffer[20] = '\0';
    return QString::fromLatin1(buffer, 20);
}

QJsonValue TimeFormat::rfc3339OrNull(const QVariant& secs)
{
    if (secs.isNull() || !secs.isValid())
        return QJsonValue::Null;
    return rfc3339(secs.toLongLong());
}

QByteArray TimeFormat::httpDate(qint64 secs)
{
    // The C locale: day and month names must be English whatever the user's locale is.
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace TokenConsole::Sandbox
