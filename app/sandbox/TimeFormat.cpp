#include "TimeFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QVariant>

namespace TokenConsole::Sandbox {

QString TimeFormat::rfc3339(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
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
