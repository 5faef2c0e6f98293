#include "On24Api.h"

#include "Clock.h"
#include "Database.h"
#include "SandboxLog.h"
#include "SecretHasher.h"
#include "TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
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
    default:
        return QStringLiteral("client_analytics");
    }
}

Reply On24Api::notFound()
{
    return Reply::on24Error(404, QStringLiteral("The requested resource was not found."));
}

Reply On24Api::handle(RouteId route, const Request& request)
{
    const QByteArray key = request.header("accessTokenKey").trimmed();
    const QByteArray secret = request.header("accessTokenSecret").trimmed();
    if (key.isEmpty() || secret.isEmpty())
        return Reply::on24Error(401, missingHeaders);

    const qint64 now = m_clock.nowSecs();
    m_tokens.disableExpired(now);
    const auto credential = m_tokens.credentialByKey(QString::fromUtf8(key));
    if (!credential || !SecretHasher::verify(secret, credential->secretHash))
        return Reply::on24Error(401, wrongPair);
    if (!credential->active)
        return Reply::on24Error(401, deactivated);

    const QString clientText = request.params.value(0);
    const qint64 clientId = isNumber(clientText) ? clientText.toLongLong() : -1;
    if (clientId < 0 ||
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM clients WHERE id = ?"), {clientId}) == 0)
        return Reply::on24Error(404,
                                QStringLiteral("The client %1 doesn't exist.").arg(clientText));
    if (clientId != credential->clientId)
        return Reply::on24Error(403, otherClient);
    if (!credential->access.allows(areaOf(route)))
        return Reply::on24Error(403, noPermission);
    const qint64 today = now / Clock::secsPerDay;
    const qint64 callsToday = credential->quotaDay == today ? credential->quotaCalls : 0;
    if (callsToday >= m_dailyQuota)
        return Reply::on24Error(403, quotaReached);

    Reply reply;
    switch (route) {
    case RouteId::On24Client:
        reply = subclients(clientId);
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
    default:
        return notFound();
    }
    if (reply.status == 200)
        m_tokens.recordActivity(credential->id, now, QString::fromLatin1(request.method),
                                request.path, reply.status);
    return reply;
}

Reply On24Api::subclients(qint64 clientId)
{
    const QString name = [&] {
        auto q = m_db.run(QStringLiteral("SELECT name FROM clients WHERE id = ?"), {clientId});
        return q && q->next() ? q->value(0).toString() : QString();
    }();
    auto q = m_db.run(QStringLiteral("SELECT id, parent_id, name FROM subclients"
                                     " WHERE client_id = ? ORDER BY id"),
                      {clientId});
    if (!q)
        return Reply::on24Error(500, QStringLiteral("Internal error."));
    struct Node
    {
        qint64 id;
        qint64 parent;
        QString name;
    };
    QVector<Node> nodes;
    while (q->next())
        nodes.append({q->value(0).toLongLong(), q->value(1).isNull() ? 0 : q->value(1).toLongLong(),
                      q->value(2).toString()});
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
    return Reply::json(200, QJsonObject{{QStringLiteral("clientname"), name},
                                        {QStringLiteral("subclients"), childrenOf(0)}});
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

} // namespace TokenConsole::Sandbox
