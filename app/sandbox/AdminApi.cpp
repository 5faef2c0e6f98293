// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminApi.h"

#include "Clock.h"
#include "CursorCodec.h"
#include "Database.h"
#include "InputRules.h"
#include "JsonWriter.h"
#include "PasswordHasher.h"
#include "RateLimiter.h"
#include "SandboxLog.h"
#include "SecretGenerator.h"
#include "SecretHasher.h"
#include "TimeFormat.h"
#include "TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <cmath>
#include <limits>

namespace TokenConsole::Sandbox {

namespace {
// RFC 9110 15.5.2: every 401 names the scheme; RFC 6750 3.1 adds error="invalid_token" when
// the session sent is unknown or expired.
Reply challenge(Reply reply, bool invalidToken)
{
    QByteArray value = QByteArrayLiteral("Bearer realm=\"token-console\"");
    if (invalidToken)
        value += QByteArrayLiteral(", error=\"invalid_token\"");
    reply.headers.append({QByteArrayLiteral("WWW-Authenticate"), value});
    return reply;
}

Reply serverError()
{
    return Reply::error(500, QStringLiteral("internal_error"),
                        AdminApi::tr("The sandbox could not complete the request. Try again; "
                                     "if it keeps failing, check the sandbox log."));
}

// A JSON number that is an exact integer, as user ids are.
std::optional<qint64> integerValue(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return qint64(d);
}

struct PageArgs
{
    int limit = InputRules::defaultLimit;
    std::optional<qint64> cursor;
};

std::optional<PageArgs> pageArgs(const Request& request, bool withCursor, Reply* failure)
{
    PageArgs args;
    const QString limitKey = QStringLiteral("limit");
    const auto limit =
        InputRules::parseLimit(request.query.queryItemValue(limitKey, QUrl::FullyDecoded),
                               request.query.hasQueryItem(limitKey));
    if (!limit) {
        *failure = Reply::error(400, QStringLiteral("invalid_limit"),
                                AdminApi::tr("The limit must be a whole number from 1 to 1000."));
        return std::nullopt;
    }
    args.limit = *limit;
    const QString cursorKey = QStringLiteral("cursor");
    if (withCursor && request.query.hasQueryItem(cursorKey)) {
        args.cursor =
            CursorCodec::decode(request.query.queryItemValue(cursorKey, QUrl::FullyDecoded));
        if (!args.cursor) {
            *failure = Reply::error(400, QStringLiteral("invalid_cursor"),
                                    AdminApi::tr("The paging cursor is not one this server "
                                                 "issued. Start again from the first page."));
            return std::nullopt;
        }
    }
    return args;
}
} // namespace

AdminApi::AdminApi(Database& db, TokenStore& tokens, Clock& clock, RateLimiter& limiter)
    : m_db(db), m_tokens(tokens), m_clock(clock), m_limiter(limiter)
{
}

Reply AdminApi::pageReply(const TokenStore::Page& page)
{
    JsonWriter out(page.itemsJson.size() + 100);
    out.beginObject();
    out.key("items");
    out.raw(page.itemsJson);
    out.key("nextCursor");
    if (page.nextCursor.isEmpty())
        out.null();
    else
        out.value(page.nextCursor);
    out.endObject();
    return Reply::raw(200, out.take());
}

Reply AdminApi::invalidJson()
{
    return Reply::error(400, QStringLiteral("invalid_json"),
                        tr("The request body is not valid JSON. Send a JSON object."));
}

Reply AdminApi::bodyTooLarge()
{
    return Reply::error(413, QStringLiteral("body_too_large"),
                        tr("The request body is larger than 64 KiB. Send a smaller body."));
}

Reply AdminApi::requestTimeout()
{
    return Reply::error(408, QStringLiteral("request_timeout"),
                        tr("The request did not arrive in time. Check the connection and send "
                           "it again."));
}

Reply AdminApi::headersTooLarge()
{
    return Reply::error(431, QStringLiteral("headers_too_large"),
                        tr("The request headers are larger than 64 KiB. Send smaller headers."));
}

Reply AdminApi::invalidName()
{
    return Reply::error(422, QStringLiteral("invalid_name"),
                        tr("The name must be 1 to 64 characters, without control characters or "
                           "invisible direction and zero-width characters."));
}

Reply AdminApi::invalidAccess()
{
    return Reply::error(422, QStringLiteral("invalid_access"),
                        tr("Access must be \"all_endpoints\" or a non-empty list of: %1.")
                            .arg(InputRules::knownAreas().join(QStringLiteral(", "))));
}

Reply AdminApi::permissionDenied()
{
    return Reply::error(403, QStringLiteral("permission_denied"),
                        tr("This needs the Manage Users permission. Ask an account admin to "
                           "do it or to grant you the permission."));
}

Reply AdminApi::tokenNotFound()
{
    return Reply::error(404, QStringLiteral("not_found"),
                        tr("No such token in this account. Refresh the list; it may have "
                           "been removed."));
}

Reply AdminApi::withEtag(Reply reply, const QJsonObject& token)
{
    reply.headers.append(
        {QByteArrayLiteral("ETag"),
         '"' + QByteArray::number(token.value(QStringLiteral("version")).toInt()) + '"'});
    return reply;
}

bool AdminApi::parseBody(const Request& request, QJsonObject* object, Reply* failure)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonDocument refuses a bare scalar ("x", 5, null) although it is valid JSON:
        // that is a wrong type (422), not malformed JSON (400).
        QJsonParseError wrapped;
        QJsonDocument::fromJson('[' + request.body + ']', &wrapped);
        *failure = wrapped.error == QJsonParseError::NoError && !request.body.trimmed().isEmpty()
                       ? Reply::error(422, QStringLiteral("invalid_request"),
                                      tr("The request body must be a JSON object."))
                       : invalidJson();
        return false;
    }
    if (!doc.isObject()) {
        *failure = Reply::error(422, QStringLiteral("invalid_request"),
                                tr("The request body must be a JSON object."));
        return false;
    }
    *object = doc.object();
    return true;
}

std::optional<AdminApi::Caller> AdminApi::authenticate(const Request& request, Reply* failure)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    const QByteArray token = authorization.left(scheme.size()).toLower() == scheme
                                 ? authorization.mid(scheme.size()).trimmed()
                                 : QByteArray();
    const Reply unauthorized = Reply::error(401, QStringLiteral("unauthorized"),
                                            tr("Sign in first: the request has no valid session."));
    if (token.isEmpty() || token.size() > 256) {
        *failure = challenge(unauthorized, !token.isEmpty());
        return std::nullopt;
    }
    const QByteArray hash = SecretHasher::sha256Hex(token);
    auto q = m_db.run(QStringLiteral("SELECT s.user_id, s.last_used_at, u.client_id, u.login,"
                                     " u.manage_users FROM sessions s JOIN users u"
                                     " ON u.id = s.user_id WHERE s.hash = ?"),
                      {QString::fromLatin1(hash)});
    if (!q || !q->next()) {
        *failure = challenge(unauthorized, true);
        return std::nullopt;
    }
    const qint64 now = m_clock.nowSecs();
    if (q->value(1).toLongLong() + sessionIdleSecs <= now) {
        *failure = challenge(Reply::error(401, QStringLiteral("session_expired"),
                                          tr("The session expired after 8 hours without use. "
                                             "Sign in again.")),
                             true);
        return std::nullopt;
    }
    Caller caller;
    caller.userId = q->value(0).toLongLong();
    caller.clientId = q->value(2).toLongLong();
    caller.login = q->value(3).toString();
    caller.manageUsers = q->value(4).toInt() != 0;
    caller.sessionHash = hash;
    m_db.run(QStringLiteral("UPDATE sessions SET last_used_at = ? WHERE hash = ?"),
             {now, QString::fromLatin1(hash)});
    return caller;
}

std::optional<QJsonObject> AdminApi::accountJson(qint64 clientId) const
{
    auto q = m_db.run(QStringLiteral("SELECT name, connect FROM clients WHERE id = ?"), {clientId});
    if (!q || !q->next())
        return std::nullopt;
    QJsonArray features;
    if (q->value(1).toInt() != 0)
        features.append(QStringLiteral("connect"));
    QJsonArray warnings;
    for (int days : TokenStore::warningDays())
        warnings.append(days);
    return QJsonObject{
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("name"), q->value(0).toString()},
        {QStringLiteral("features"), features},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("inactivityDays"), TokenStore::inactivityDays},
                     {QStringLiteral("warningDays"), warnings}}},
    };
}

Reply AdminApi::handle(RouteId route, const Request& request)
{
    if (route == RouteId::CreateSession)
        return createSession(request);
    Reply failure;
    const auto caller = authenticate(request, &failure);
    if (!caller)
        return failure;
    switch (route) {
    case RouteId::DeleteSession:
        return deleteSession(*caller);
    case RouteId::GetAccount:
        return account(*caller);
    case RouteId::ListUsers:
        return users(*caller);
    case RouteId::ListTokens:
        return listTokens(*caller, request);
    case RouteId::GetToken:
        return getToken(*caller, request);
    case RouteId::CreateToken:
        return createToken(*caller, request);
    case RouteId::PatchToken:
        return patchToken(*caller, request);
    case RouteId::DisableToken:
        return setEnabled(*caller, request, false);
    case RouteId::EnableToken:
        return setEnabled(*caller, request, true);
    case RouteId::TokenActivity:
        return activity(*caller, request);
    case RouteId::ListAudit:
        return audit(*caller, request);
    case RouteId::RotateToken:
        return rotate(*caller, request);
    case RouteId::TokenUsage:
        return usage(*caller, request);
    case RouteId::TokenAudit:
        return tokenAudit(*caller, request);
    default:
        return serverError();
    }
}

Reply AdminApi::createSession(const Request& request)
{
    QJsonObject body;
    Reply failure;
    if (!parseBody(request, &body, &failure))
        return failure;
    const QJsonValue loginValue = body.value(QStringLiteral("login"));
    const QJsonValue passwordValue = body.value(QStringLiteral("password"));
    if (!loginValue.isString() || !passwordValue.isString()) {
        return Reply::error(422, QStringLiteral("invalid_request"),
                            tr("Send \"login\" and \"password\" as strings."));
    }
    const QString login = loginValue.toString().trimmed().toLower();
    const QString password = passwordValue.toString();
    const qint64 now = m_clock.nowSecs();
    if (m_limiter.isLocked(login, now)) {
        const qint64 wait = m_limiter.lockedUntil(login) - now;
        Reply reply = Reply::error(
            429, QStringLiteral("too_many_attempts"),
            tr("Too many failed sign-ins for this login. Wait %n minute(s) and try again.", nullptr,
               int((wait + 59) / 60)));
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
        return reply;
    }
    auto q = m_db.run(QStringLiteral("SELECT id, client_id, login, display_name, manage_users,"
                                     " password_hash FROM users WHERE login = ?"),
                      {login});
    if (!q)
        return serverError();
    const bool found = q->next() && !q->value(5).isNull();
    const bool valid = found ? PasswordHasher::verify(password, q->value(5).toString().toLatin1())
                             : (PasswordHasher::burnVerifyTime(password), false);
    if (!valid) {
        m_limiter.recordFailure(login, now);
        qCInfo(lcSandbox) << "Failed sign-in";
        return challenge(Reply::error(401, QStringLiteral("invalid_credentials"),
                                      tr("The login or password is wrong. Check both and try "
                                         "again.")),
                         false);
    }
    m_limiter.recordSuccess(login);
    const qint64 userId = q->value(0).toLongLong();
    const qint64 clientId = q->value(1).toLongLong();
    const bool manageUsers = q->value(4).toInt() != 0;
    const QString displayName = q->value(3).toString();
    const QString storedLogin = q->value(2).toString();
    // Bounded table: sessions idle for a month are long expired; drop them.
    m_db.run(QStringLiteral("DELETE FROM sessions WHERE last_used_at < ?"), {now - 30 * 24 * 3600});
    const QString session = SecretGenerator::sessionToken();
    if (!m_db.run(
            QStringLiteral("INSERT INTO sessions(hash, user_id, created_at, last_used_at)"
                           " VALUES (?, ?, ?, ?)"),
            {QString::fromLatin1(SecretHasher::sha256Hex(session.toLatin1())), userId, now, now}))
        return serverError();
    // ON24's user list shows the day of each user's last sign-in (lastLoginDate).
    m_db.run(QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"), {now, userId});
    const auto account = accountJson(clientId);
    if (!account)
        return serverError();
    QJsonArray permissions;
    if (manageUsers)
        permissions.append(QStringLiteral("manage_users"));
    return Reply::json(
        201,
        QJsonObject{
            {QStringLiteral("session"), session},
            {QStringLiteral("expiresAt"), TimeFormat::rfc3339(now + sessionIdleSecs)},
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId},
                                                 {QStringLiteral("login"), storedLogin},
                                                 {QStringLiteral("displayName"), displayName},
                                                 {QStringLiteral("permissions"), permissions}}},
            {QStringLiteral("account"), *account},
        });
}

Reply AdminApi::deleteSession(const Caller& caller)
{
    if (!m_db.run(QStringLiteral("DELETE FROM sessions WHERE hash = ?"),
                  {QString::fromLatin1(caller.sessionHash)}))
        return serverError();
    return Reply::noContent();
}

Reply AdminApi::account(const Caller& caller)
{
    const auto account = accountJson(caller.clientId);
    return account ? Reply::json(200, *account) : serverError();
}

Reply AdminApi::users(const Caller& caller)
{
    auto q = m_db.run(QStringLiteral("SELECT u.id, u.login, u.display_name, u.login_type,"
                                     " t.id IS NOT NULL FROM users u LEFT JOIN tokens t"
                                     " ON t.user_id = u.id WHERE u.client_id = ? ORDER BY u.id"),
                      {caller.clientId});
    if (!q)
        return serverError();
    JsonWriter out;
    out.beginObject();
    out.key("items");
    out.beginArray();
    while (q->next()) {
        out.beginObject();
        out.key("id");
        out.value(q->value(0).toLongLong());
        out.key("login");
        out.value(q->value(1).toString());
        out.key("displayName");
        out.value(q->value(2).toString());
        out.key("loginType");
        out.value(q->value(3).toString());
        out.key("hasToken");
        out.value(q->value(4).toInt() != 0);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return Reply::raw(200, out.take());
}

Reply AdminApi::listTokens(const Caller& caller, const Request& request)
{
    Reply failure;
    const auto args = pageArgs(request, true, &failure);
    if (!args)
        return failure;
    m_tokens.applyDeadlines(m_clock.nowSecs());
    const auto page = m_tokens.listTokens(caller.clientId, args->cursor.value_or(0), args->limit);
    if (!page)
        return serverError();
    return pageReply(*page);
}

Reply AdminApi::getToken(const Caller& caller, const Request& request)
{
    m_tokens.applyDeadlines(m_clock.nowSecs());
    const auto token = m_tokens.token(caller.clientId, request.params.value(0));
    if (!token)
        return tokenNotFound();
    return withEtag(Reply::json(200, *token), *token);
}

Reply AdminApi::createToken(const Caller& caller, const Request& request)
{
    if (!caller.manageUsers)
        return permissionDenied();
    const auto account = accountJson(caller.clientId);
    if (!account)
        return serverError();
    if (!account->value(QStringLiteral("features")).toArray().contains(QStringLiteral("connect"))) {
        return Reply::error(403, QStringLiteral("connect_not_in_contract"),
                            tr("This account's contract does not include Connect, so it cannot "
                               "have API tokens. Contact your ON24 account manager."));
    }
    QJsonObject body;
    Reply failure;
    if (!parseBody(request, &body, &failure))
        return failure;
    const auto userId = integerValue(body.value(QStringLiteral("userId")));
    if (!userId) {
        return Reply::error(422, QStringLiteral("invalid_request"),
                            tr("\"userId\" must be the number of a user of this account."));
    }
    const auto name = InputRules::normalizeName(body.value(QStringLiteral("name")));
    if (!name)
        return invalidName();
    const auto access = InputRules::parseAccess(body.value(QStringLiteral("access")));
    if (!access)
        return invalidAccess();
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ? AND client_id = ?"),
                    {*userId, caller.clientId}) == 0) {
        return Reply::error(422, QStringLiteral("unknown_user"),
                            tr("There is no user %1 in this account. Pick a login from the "
                               "user list.")
                                .arg(*userId));
    }
    const qint64 now = m_clock.nowSecs();
    m_tokens.applyDeadlines(now);
    QJsonObject token;
    QString secret;
    switch (m_tokens.provision(caller.clientId, *userId, *name, *access, caller.login, now, &token,
                               &secret)) {
    case TokenStore::Result::Ok:
        return Reply::json(
            201, QJsonObject{{QStringLiteral("token"), token}, {QStringLiteral("secret"), secret}});
    case TokenStore::Result::Exists:
        return Reply::error(409, QStringLiteral("token_exists"),
                            tr("This login already has a token (one token per login). Enable "
                               "or rename the existing one instead."));
    default:
        return serverError();
    }
}

Reply AdminApi::patchToken(const Caller& caller, const Request& request)
{
    if (!caller.manageUsers)
        return permissionDenied();
    if (!request.hasHeader("If-Match")) {
        return Reply::error(428, QStringLiteral("if_match_required"),
                            tr("Send If-Match with the token's version (its ETag) so a change "
                               "made by someone else is not overwritten."));
    }
    QJsonObject body;
    Reply failure;
    if (!parseBody(request, &body, &failure))
        return failure;
    // v1 renames; v1.1 also sets owner, notes and access. Only the fields sent change.
    TokenStore::Changes changes;
    if (body.contains(QStringLiteral("name"))) {
        changes.name = InputRules::normalizeName(body.value(QStringLiteral("name")));
        if (!changes.name)
            return invalidName();
    }
    if (body.contains(QStringLiteral("owner"))) {
        changes.owner = InputRules::normalizeOwner(body.value(QStringLiteral("owner")));
        if (!changes.owner) {
            return Reply::error(422, QStringLiteral("invalid_owner"),
                                tr("The owner must be at most 128 characters, without control "
                                   "characters or invisible direction and zero-width "
                                   "characters."));
        }
    }
    if (body.contains(QStringLiteral("notes"))) {
        changes.notes = InputRules::normalizeNotes(body.value(QStringLiteral("notes")));
        if (!changes.notes) {
            return Reply::error(422, QStringLiteral("invalid_notes"),
                                tr("The notes must be at most 2000 characters, without control "
                                   "characters other than line breaks and tabs, and without "
                                   "invisible direction and zero-width characters."));
        }
    }
    if (body.contains(QStringLiteral("access"))) {
        changes.access = InputRules::parseAccess(body.value(QStringLiteral("access")));
        if (!changes.access)
            return invalidAccess();
    }
    if (!changes.name && !changes.owner && !changes.notes && !changes.access) {
        return Reply::error(422, QStringLiteral("invalid_request"),
                            tr("Send at least one of \"name\", \"owner\", \"notes\" or "
                               "\"access\"."));
    }
    const qint64 now = m_clock.nowSecs();
    m_tokens.applyDeadlines(now);
    const int expected = InputRules::parseIfMatch(request.header("If-Match")).value_or(-1);
    QJsonObject token;
    switch (m_tokens.update(caller.clientId, request.params.value(0), expected, changes,
                            caller.login, now, &token)) {
    case TokenStore::Result::Ok:
        return withEtag(Reply::json(200, token), token);
    case TokenStore::Result::NotFound:
        return tokenNotFound();
    case TokenStore::Result::VersionMismatch: {
        Reply reply = Reply::json(
            412,
            QJsonObject{{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("version_mismatch")},
                                     {QStringLiteral("message"),
                                      tr("The token changed since you loaded it. Reload it and "
                                         "try again.")}}},
                        {QStringLiteral("token"), token}});
        return withEtag(reply, token);
    }
    default:
        return serverError();
    }
}

Reply AdminApi::setEnabled(const Caller& caller, const Request& request, bool enable)
{
    if (!caller.manageUsers)
        return permissionDenied();
    const qint64 now = m_clock.nowSecs();
    m_tokens.applyDeadlines(now);
    QJsonObject token;
    const QString id = request.params.value(0);
    const auto result = enable ? m_tokens.enable(caller.clientId, id, caller.login, now, &token)
                               : m_tokens.disable(caller.clientId, id, caller.login, now, &token);
    switch (result) {
    case TokenStore::Result::Ok:
        return withEtag(Reply::json(200, token), token);
    case TokenStore::Result::NotFound:
        return tokenNotFound();
    case TokenStore::Result::AlreadyDisabled:
        return Reply::error(409, QStringLiteral("already_disabled"),
                            tr("The token is already disabled."));
    case TokenStore::Result::AlreadyActive:
        return Reply::error(409, QStringLiteral("already_active"),
                            tr("The token is already active."));
    default:
        return serverError();
    }
}

Reply AdminApi::activity(const Caller& caller, const Request& request)
{
    Reply failure;
    const auto args = pageArgs(request, false, &failure);
    if (!args)
        return failure;
    const QString id = request.params.value(0);
    m_tokens.applyDeadlines(m_clock.nowSecs());
    if (!m_tokens.token(caller.clientId, id))
        return tokenNotFound();
    const auto items = m_tokens.activity(id, args->limit);
    if (!items)
        return serverError();
    return Reply::json(200, QJsonObject{{QStringLiteral("items"), *items}});
}

Reply AdminApi::audit(const Caller& caller, const Request& request)
{
    Reply failure;
    const auto args = pageArgs(request, true, &failure);
    if (!args)
        return failure;
    m_tokens.applyDeadlines(m_clock.nowSecs());
    const auto page = m_tokens.listAudit(
        caller.clientId, args->cursor.value_or(std::numeric_limits<qint64>::max()), args->limit);
    if (!page)
        return serverError();
    return pageReply(*page);
}

Reply AdminApi::rotate(const Caller& caller, const Request& request)
{
    if (!caller.manageUsers)
        return permissionDenied();
    QJsonObject body;
    Reply failure;
    if (!parseBody(request, &body, &failure))
        return failure;
    const auto grace = InputRules::parseGraceHours(body.value(QStringLiteral("graceHours")));
    if (!grace) {
        return Reply::error(422, QStringLiteral("invalid_grace"),
                            tr("\"graceHours\" must be a whole number of hours from 0 to 168."));
    }
    const qint64 now = m_clock.nowSecs();
    m_tokens.applyDeadlines(now);
    QJsonObject token;
    QString secret;
    qint64 previousExpiresAt = 0;
    switch (m_tokens.rotate(caller.clientId, request.params.value(0), *grace, caller.login, now,
                            &token, &secret, &previousExpiresAt)) {
    case TokenStore::Result::Ok: {
        // Like provisioning, the only answer that ever carries this secret.
        Reply reply =
            Reply::json(200, QJsonObject{{QStringLiteral("token"), token},
                                         {QStringLiteral("secret"), secret},
                                         {QStringLiteral("previousSecretExpiresAt"),
                                          previousExpiresAt > 0
                                              ? QJsonValue(TimeFormat::rfc3339(previousExpiresAt))
                                              : QJsonValue(QJsonValue::Null)}});
        return withEtag(reply, token);
    }
    case TokenStore::Result::NotFound:
        return tokenNotFound();
    case TokenStore::Result::Disabled:
        return Reply::error(409, QStringLiteral("token_disabled"),
                            tr("The token is disabled, so its secret cannot be rotated. Enable "
                               "it first."));
    default:
        return serverError();
    }
}

Reply AdminApi::usage(const Caller& caller, const Request& request)
{
    const QString daysKey = QStringLiteral("days");
    const auto days =
        InputRules::parseUsageDays(request.query.queryItemValue(daysKey, QUrl::FullyDecoded),
                                   request.query.hasQueryItem(daysKey));
    if (!days) {
        return Reply::error(400, QStringLiteral("invalid_days"),
                            tr("The days must be a whole number from 1 to 90."));
    }
    const QString id = request.params.value(0);
    const qint64 now = m_clock.nowSecs();
    m_tokens.applyDeadlines(now);
    if (!m_tokens.token(caller.clientId, id))
        return tokenNotFound();
    const auto areas = m_tokens.usage(id, now - qint64(*days) * Clock::secsPerDay);
    if (!areas)
        return serverError();
    return Reply::json(
        200, QJsonObject{{QStringLiteral("days"), *days}, {QStringLiteral("areas"), *areas}});
}

Reply AdminApi::tokenAudit(const Caller& caller, const Request& request)
{
    Reply failure;
    const auto args = pageArgs(request, true, &failure);
    if (!args)
        return failure;
    const QString id = request.params.value(0);
    m_tokens.applyDeadlines(m_clock.nowSecs());
    if (!m_tokens.token(caller.clientId, id))
        return tokenNotFound();
    const auto page = m_tokens.listTokenAudit(
        caller.clientId, id, args->cursor.value_or(std::numeric_limits<qint64>::max()),
        args->limit);
    if (!page)
        return serverError();
    return pageReply(*page);
}

} // namespace TokenConsole::Sandbox
