// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Reply.h"
#include "Request.h"
#include "RouteTable.h"

namespace TokenConsole::Sandbox {

class Clock;
class Database;
class TokenStore;

// The ON24 REST API v2 subset the console uses, under /v2, answering with ON24's own bodies
// and error messages (verbatim, because clients match on them). A successful call is token
// activity (D10).
//
// Area of each route (for tokens restricted to some areas), after ON24's own grouping:
//   GET /v2/client/{clientId}                               client_analytics
//   GET /v2/client/{clientId}/event                         client_analytics
//   GET /v2/client/{clientId}/event/{eventId}/registrant    event_analytics
//   GET /v2/client/{clientId}/event/{eventId}/attendee      event_analytics
//   GET /v2/client/{clientId}/users                         helpers
class On24Api
{
public:
    static constexpr qint64 defaultDailyQuota = 100000;

    On24Api(Database& db, TokenStore& tokens, Clock& clock, qint64 dailyQuota);

    static QString areaOf(RouteId route);
    Reply handle(RouteId route, const Request& request);
    // The answer for a /v2 path the sandbox does not serve.
    static Reply notFound(const QString& path);
    // ON24's startdate/enddate values: a date or a date-time, with an optional offset.
    static bool isOn24Date(const QString& value);

private:
    qint64 accountOf(qint64 clientId) const; // the client, or the one a sub-client is under
    Reply subclients(qint64 accountId, qint64 clientId);
    Reply events(qint64 clientId);
    Reply eventList(qint64 clientId, const QString& eventId, bool attendees);
    Reply users(qint64 clientId);

    Database& m_db;
    TokenStore& m_tokens;
    Clock& m_clock;
    qint64 m_dailyQuota;
};

} // namespace TokenConsole::Sandbox
