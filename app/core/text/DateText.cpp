// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/DateText.h"

namespace TokenConsole {

QString DateText::dateFormat(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::Japanese:
    case QLocale::Chinese:
        return QStringLiteral("yyyy年M月d日");
    case QLocale::Korean:
        return QStringLiteral("yyyy년 M월 d일");
    case QLocale::German:
        return QStringLiteral("d. MMM yyyy");
    default:
        // Day, abbreviated month name, year: English, French, Spanish and the rest.
        return QStringLiteral("d MMM yyyy");
    }
}

QString DateText::date(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString DateText::date(const QDateTime& time, const QLocale& locale)
{
    return time.isValid() ? date(time.toLocalTime().date(), locale) : QString();
}

QString DateText::dateTime(const QDateTime& time, const QLocale& locale)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QString clock = locale.toString(local.time(), QLocale::ShortFormat);
    switch (locale.language()) {
    case QLocale::Japanese:
    case QLocale::Chinese:
    case QLocale::Korean:
        return date(local.date(), locale) + QLatin1Char(' ') + clock;
    default:
        return date(local.date(), locale) + QStringLiteral(", ") + clock;
    }
}

} // namespace TokenConsole
