// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace TokenConsole::Sandbox {

// ON24 REST API v2 records in the shapes (field names and types) of ON24's own published
// examples: events, event registrants and event attendees. Values are invented.
class DemoData
{
public:
    struct Person
    {
        QString firstName;
        QString lastName;
        QString company;
        QString jobTitle;
        QString city;
        QString state;
        QString country;
    };

    static QString on24Time(qint64 secs); // ON24 style: 2017-02-02T03:35:00-08:00
    static QJsonObject event(qint64 eventId, qint64 clientId, const QString& title,
                             const QString& contentType, qint64 liveStart, int durationMinutes,
                             int registrants, int attendees, qint64 createdAt);
    static QJsonObject registrant(qint64 eventUserId, qint64 eventId, const Person& person,
                                  qint64 createdAt);
    static QJsonObject attendee(qint64 eventUserId, const QString& email, qint64 liveStart,
                                int liveMinutes, int archiveMinutes, double engagementScore);
    static QString email(const Person& person);
};

} // namespace TokenConsole::Sandbox
