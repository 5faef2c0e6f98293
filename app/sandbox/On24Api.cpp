// SPDX-License-Identifier: GPL-3.0-or-later
#include "On24Api.h"

#include "Clock.h"
#include "Database.h"
#include "JsonWriter.h"
#include "SandboxLog.h"
#include "SecretHasher.h"
#include "TokenStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <functional>

namespace TokenConsole::Sandbox {

namespace {
// ON24's messages, verbatim (API-NOTES.md "Errors"); never translated: clients match on them.
const QString missingHeaders =
    QStringLiteral("Header must contain both accessTokenKey and accessTokenSecret.");
const QString wrongPair =
    QStringLiteral("AccessTokenKey and AccessTokenSecret are wrong or invalid.");
const QString deactivated = QStringLiteral("AccessTokenKey and AccessTokenSecret are deactivated.");
const QString otherClient = QStringLiteral("You don't have access to this client id");
const QString noPermission =
    QStringLiteral("You do not have permission to perform the requested operation.");
const QString quotaReached =
    QStringLiteral("You have reached the maximum number of calls for this api.");
const QString incorrectDateFormats = QStringLiteral("Error, incorrect date formats.");
const QString registrantDateFormat =
    QStringLiteral("Invalid Date format for params startdate and enddate. Incorrect timezone "
                   "value provided.");

bool isNumber(const QString& s)
{
    if (s.isEmpty() || s.size() > 15)
        return false;
    for (QChar c : s) {
        if (!c.isDigit() || c.unicode() > '9')
            return false;
    }
    return true;
}
} // namespace

On24Api::On24Api(Database& db, TokenStore& tokens, Clock& clock, qint64 dailyQuota)
    : m_db(db), m_tokens(tokens), m_clock(clock), m_dailyQuota(dailyQuota)
{
}

QString On24Api::areaOf(RouteId route)
{
    switch (route) {
    case RouteId::On24EventRegistrants:
    case RouteId::On24EventAttendees:
        return QStringLiteral("event_analytics");
    case RouteId::On24Users:
        return QStringLiteral("helpers");
    default:
        return QStringLiteral("client_analytics");
    }
}

Reply On24Api::notFound(const QString& path)
{
    // ON24 documents no answer for a path it does not serve. The closest of its verbatim 404s
    // (API-NOTES.md "Errors") is the one for the enclosing resource: "The event {eventId}
    // doesn't exist." under /client/{clientId}/event/{eventId}/, else "The client {clientId}
    // doesn't exist." (ON24's most common 404, on 13 operations).
    const QStringList segments = path.split(QLatin1Char('/')); // "", "v2", "client", id, ...
    if (segments.value(2) == QLatin1String("client") &&
        segments.value(4) == QLatin1String("event") && !segments.value(5).isEmpty())
        return Reply::on24Error(404,
                                QStringLiteral("The event %1 doesn't exist.").arg(segments.at(5)));
    const QString client =
        segments.value(2) == QLatin1String("client") ? segments.value(3) : segments.value(2);
    return Reply::on24Error(404, QStringLiteral("The client %1 doesn't exist.").arg(client));
}

bool On24Api::isOn24Date(const QString& value)
{
    // 2007-12-03, 2012-05-19T12:00:00, 2012-05-19T12:00:00-05:00 or ...Z (ON24's examples);
    // ASCII digits only.
    static const QRegularExpression shape(QStringLiteral(
        "^([0-9]{4})-([0-9]{2})-([0-9]{2})"
        "(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(?:Z|[+-]([0-9]{2}):?([0-9]{2}))?)?$"));
    const QRegularExpressionMatch m = shape.match(value);
    if (!m.hasMatch())
        return false;
    if (!QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid())
        return false;
    return m.captured(4).toInt() < 24 && m.captured(5).toInt() < 60 && m.captured(6).toInt() < 60 &&
           m.captured(7).toInt() <= 14 && m.captured(8).toInt() < 60;
}

qint64 On24Api::accountOf(qint64 clientId) const
{
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM clients WHERE id = ?"), {clientId}) > 0)
        return clientId;
    return m_db.scalar(QStringLiteral("SELECT client_id FROM subclients WHERE id = ?"), {clientId},
                       -1);
}

Reply On24Api::handle(RouteId route, const Request& request)
{
    const QByteArray key = request.header("accessTokenKey").trimmed();
    const QByteArray secret = request.header("accessTokenSecret").trimmed();
    if (key.isEmpty() || secret.isEmpty())
        return Reply::on24Error(401, missingHeaders);

    const qint64 now = m_clock.nowSecs();
    m_tokens.applyDeadlines(now);
    const auto credential = m_tokens.credentialByKey(QString::fromUtf8(key));
    // During a rotation's grace the previous secret works too (v1.1).
    const bool secretMatches =
        credential &&
        (SecretHasher::verify(secret, credential->secretHash) ||
         (!credential->previousSecretHash.isEmpty() && credential->previousSecretExpiresAt > now &&
          SecretHasher::verify(secret, credential->previousSecretHash)));
    if (!secretMatches)
        return Reply::on24Error(401, wrongPair);
    if (!credential->active)
        return Reply::on24Error(401, deactivated);

    const QString clientText = request.params.value(0);
    const qint64 clientId = isNumber(clientText) ? clientText.toLongLong() : -1;
    // A sub-client belongs to its account: the account's pairs may read it.
    const qint64 accountId = clientId < 0 ? -1 : accountOf(clientId);
    if (accountId < 0)
        return Reply::on24Error(404,
                                QStringLiteral("The client %1 doesn't exist.").arg(clientText));
    if (accountId != credential->clientId)
        return Reply::on24Error(403, otherClient);
    if (!credential->access.allows(areaOf(route)))
        return Reply::on24Error(403, noPermission);
    const qint64 today = now / Clock::secsPerDay;
    const qint64 callsToday = credential->quotaDay == today ? credential->quotaCalls : 0;
    if (callsToday >= m_dailyQuota)
        return Reply::on24Error(403, quotaReached);
    // The routes that take a date window check it as ON24 does, each with its own message.
    if (route == RouteId::On24Events || route == RouteId::On24EventAttendees ||
        route == RouteId::On24EventRegistrants) {
        for (const char* name : {"startdate", "enddate"}) {
            const QString value =
                request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
            if (value.isEmpty() || isOn24Date(value))
                continue;
            return Reply::on24Error(400, route == RouteId::On24EventRegistrants
                                             ? registrantDateFormat
                                             : incorrectDateFormats);
        }
    }

    Reply reply;
    switch (route) {
    case RouteId::On24Client:
        reply = subclients(accountId, clientId);
        break;
    case RouteId::On24Events:
        reply = events(clientId);
        break;
    case RouteId::On24EventRegistrants:
        reply = eventList(clientId, request.params.value(1), false);
        break;
    case RouteId::On24EventAttendees:
        reply = eventList(clientId, request.params.value(1), true);
        break;
    case RouteId::On24Users:
        reply = users(clientId);
        break;
    default:
        return notFound(request.path);
    }
    if (reply.status == 200)
        m_tokens.recordActivity(credential->id, now, QString::fromLatin1(request.method),
                                request.path, reply.status, areaOf(route));
    return reply;
}

Reply On24Api::subclients(qint64 accountId, qint64 clientId)
{
    QString name = [&] {
        auto q = m_db.run(QStringLiteral("SELECT name FROM clients WHERE id = ?"), {clientId});
        return q && q->next() ? q->value(0).toString() : QString();
    }();
    auto q = m_db.run(QStringLiteral("SELECT id, parent_id, name FROM subclients"
                                     " WHERE client_id = ? ORDER BY id"),
                      {accountId});
    if (!q)
        return Reply::on24Error(500, QStringLiteral("Internal error."));
    struct Node
    {
        qint64 id;
        qint64 parent;
        QString name;
    };
    QVector<Node> nodes;
    while (q->next()) {
        nodes.append({q->value(0).toLongLong(), q->value(1).isNull() ? 0 : q->value(1).toLongLong(),
                      q->value(2).toString()});
        if (nodes.constLast().id == clientId)
            name = nodes.constLast().name;
    }
    // ON24 nests children in "subclients" and omits the key on leaves.
    std::function<QJsonArray(qint64)> childrenOf = [&](qint64 parent) {
        QJsonArray list;
        for (const Node& n : nodes) {
            if (n.parent != parent)
                continue;
            QJsonObject item{{QStringLiteral("id"), n.id}, {QStringLiteral("name"), n.name}};
            const QJsonArray children = childrenOf(n.id);
            if (!children.isEmpty())
                item.insert(QStringLiteral("subclients"), children);
            list.append(item);
        }
        return list;
    };
    // A sub-client answers like a client: its name and the sub-clients under it.
    return Reply::json(200, QJsonObject{{QStringLiteral("clientname"), name},
                                        {QStringLiteral("subclients"),
                                         childrenOf(clientId == accountId ? 0 : clientId)}});
}

Reply On24Api::events(qint64 clientId)
{
    auto q = m_db.run(QStringLiteral("SELECT json FROM events WHERE client_id = ? ORDER BY id"),
                      {clientId});
    if (!q)
        return Reply::on24Error(500, QStringLiteral("Internal error."));
    // The records are stored as JSON already: splice them, don't re-encode them.
    QByteArrayList items;
    while (q->next())
        items.append(q->value(0).toString().toUtf8());
    return Reply::raw(200, "{\"totalevents\":" + QByteArray::number(items.size()) +
                               ",\"events\":[" + items.join(',') + "]}");
}

Reply On24Api::eventList(qint64 clientId, const QString& eventText, bool attendees)
{
    const qint64 eventId = isNumber(eventText) ? eventText.toLongLong() : -1;
    if (eventId < 0 ||
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE id = ? AND client_id = ?"),
                    {eventId, clientId}) == 0)
        return Reply::on24Error(404, QStringLiteral("The event %1 doesn't exist.").arg(eventText));
    auto q = m_db.run(attendees ? QStringLiteral("SELECT json FROM attendees WHERE event_id = ?"
                                                 " ORDER BY seq")
                                : QStringLiteral("SELECT json FROM registrants WHERE event_id = ?"
                                                 " ORDER BY seq"),
                      {eventId});
    if (!q)
        return Reply::on24Error(500, QStringLiteral("Internal error."));
    QByteArrayList items;
    while (q->next())
        items.append(q->value(0).toString().toUtf8());
    const QByteArray kind = attendees ? "attendees" : "registrants";
    return Reply::raw(200, "{\"eventid\":" + QByteArray::number(eventId) + ",\"total" + kind +
                               "\":" + QByteArray::number(items.size()) + ",\"" + kind + "\":[" +
                               items.join(',') + "]}");
}

Reply On24Api::users(qint64 clientId)
{
    auto q = m_db.run(QStringLiteral("SELECT u.display_name, u.login, u.job_title, u.login_type,"
                                     " c.name, u.last_login_at, u.client_id, u.manage_users"
                                     " FROM users u JOIN clients c ON c.id = u.client_id"
                                     " WHERE u.client_id = ? ORDER BY u.id"),
                      {clientId});
    if (!q)
        return Reply::on24Error(500, QStringLiteral("Internal error."));
    // ON24's permission names, in the order of its example. An admin (Manage Users in the
    // Admin API) holds them all; the others get what their login type suggests.
    struct Permission
    {
        const char* name;
        QStringList loginTypes; // non-admin login types that hold it
    };
    const QString platform = QStringLiteral("Platform Login");
    const QString reports = QStringLiteral("Reports Only Login");
    const QString goLive = QStringLiteral("Go Live Login");
    const Permission permissions[] = {
        {"Manage Integrations", {}},
        {"Order Services", {}},
        {"Manage Target Experience", {platform}},
        {"Manage Audience Console Layout", {platform}},
        {"Manage Users", {}},
        {"Manage Brand Settings", {platform}},
        {"Manage Engagement Hub(s)", {platform}},
        {"Account Analytics", {platform, reports}},
        {"Manage Forums", {}},
        {"Workgroup Access (View and Edit all events)", {}},
        {"Manage Forums Basic", {platform}},
        {"Create Events", {platform}},
        {"Manage Go Live", {goLive}},
        {"Event Analytics", {platform, reports}},
    };
    JsonWriter out(4096);
    out.beginObject();
    out.key("users");
    out.beginArray();
    while (q->next()) {
        const QString login = q->value(1).toString();
        const QString loginType = q->value(3).toString();
        const bool admin = q->value(7).toInt() != 0;
        out.beginObject();
        out.key("name");
        out.value(q->value(0).toString());
        // The sandbox's logins are e-mail addresses, so one value fills both fields.
        out.key("userName");
        out.value(login);
        out.key("email");
        out.value(login);
        out.key("jobTitle");
        out.value(q->value(2).toString());
        out.key("type");
        out.value(loginType);
        out.key("account");
        out.value(q->value(4).toString());
        // ON24 leaves out what a user does not have (its example omits a contributor's
        // permissions), so a user who never signed in has no lastLoginDate.
        if (!q->value(5).isNull()) {
            out.key("lastLoginDate");
            out.value(QDateTime::fromSecsSinceEpoch(q->value(5).toLongLong(), Qt::UTC)
                          .date()
                          .toString(Qt::ISODate));
        }
        out.key("clientId");
        out.value(q->value(6).toLongLong());
        out.key("permissions");
        out.beginObject();
        for (const Permission& p : permissions) {
            out.key(p.name);
            out.value(admin || p.loginTypes.contains(loginType));
        }
        out.endObject();
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return Reply::raw(200, out.take());
}

} // namespace TokenConsole::Sandbox
