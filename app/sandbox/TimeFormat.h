// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace TokenConsole::Sandbox {

// The two time formats the sandbox speaks: RFC 3339 UTC in JSON, RFC 7231 in the Date header.
class TimeFormat
{
public:
    static QString rfc3339(qint64 secs);                   // 2026-11-28T15:04:05Z
    static QJsonValue rfc3339OrNull(const QVariant& secs); // null for a NULL column
    static QByteArray httpDate(qint64 secs);               // Sat, 28 Nov 2026 15:04:05 GMT
};

} // namespace TokenConsole::Sandbox
