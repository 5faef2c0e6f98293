// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace TokenConsole {

// Dates for people, in one medium style that no language can misread (no all-digit day/month
// order): "12 Oct 2026", "12. Okt. 2026", "12 oct. 2026", "12 oct 2026", "2026年10月12日".
// Every window, tooltip, notification and the CLI's text output use it; JSON and CSV stay
// ISO 8601. Times are shown in local time.
class DateText
{
public:
    static QString date(const QDate& date, const QLocale& locale = QLocale());
    // The local date of `time`, without the time of day.
    static QString date(const QDateTime& time, const QLocale& locale = QLocale());
    // The local date and time of day: "12 Oct 2026, 14:05".
    static QString dateTime(const QDateTime& time, const QLocale& locale = QLocale());
    // The date pattern for a locale, in QLocale::toString()'s notation.
    static QString dateFormat(const QLocale& locale);
};

} // namespace TokenConsole
