// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Reply.h"
#include "Request.h"
#include "RouteTable.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <optional>

namespace TokenConsole::Sandbox {

class Clock;
class Database;
class RateLimiter;

// The Token Admin API v1 and v1.1 (DESIGN.md): sessions, account, users, tokens, activity,
// audit; rotation with a grace period, owner/notes/access, usage by area, per-token audit.
// Every rule of the contract's table, with exactly its status and error codes.
class AdminApi
{
    Q_DECLARE_TR_FUNCTIONS(AdminApi)

public:
    static constexpr qint64 sessionIdleSecs = 8 * 3600;
    static constexpr qsizetype maxBodyBytes = 64 * 1024;

    AdminApi(Database& db, TokenStore& tokens, Clock& clock, RateLimiter& limiter);

    Reply handle(RouteId route, const Request& request);

    static Reply invalidJson();
    static Reply bodyTooLarge();
    static Reply requestTimeout();
    static Reply headersTooLarge();
    // The request body as a JSON object, or the 400/422 reply that refuses it.
    static bool parseBody(const Request& request, QJsonObject* object, Reply* failure);

private:
    struct Caller
    {
        qint64 userId = 0;
        qint64 clientId = 0;
        QString login;
        bool manageUsers = false;
        QByteArray sessionHash;
    };
    std::optional<Caller> authenticate(const Request& request, Reply* failure);
    std::optional<QJsonObject> accountJson(qint64 clientId) const;
    static Reply permissionDenied();
    static Reply invalidName();
    static Reply invalidAccess();
    static Reply tokenNotFound();
    static Reply withEtag(Reply reply, const QJsonObject& token);
    static Reply pageReply(const TokenStore::Page& page);

    Reply createSession(const Request& request);
    Reply deleteSession(const Caller& caller);
    Reply account(const Caller& caller);
    Reply users(const Caller& caller);
    Reply listTokens(const Caller& caller, const Request& request);
    Reply getToken(const Caller& caller, const Request& request);
    Reply createToken(const Caller& caller, const Request& request);
    Reply patchToken(const Caller& caller, const Request& request);
    Reply setEnabled(const Caller& caller, const Request& request, bool enable);
    Reply activity(const Caller& caller, const Request& request);
    Reply audit(const Caller& caller, const Request& request);
    Reply rotate(const Caller& caller, const Request& request);
    Reply usage(const Caller& caller, const Request& request);
    Reply tokenAudit(const Caller& caller, const Request& request);

    Database& m_db;
    TokenStore& m_tokens;
    Clock& m_clock;
    RateLimiter& m_limiter;
};

} // namespace TokenConsole::Sandbox
