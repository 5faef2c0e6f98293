// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace TokenConsole::Sandbox {

enum class RouteId {
    CreateSession,
    DeleteSession,
    GetAccount,
    ListUsers,
    ListTokens,
    GetToken,
    CreateToken,
    PatchToken,
    DisableToken,
    EnableToken,
    TokenActivity,
    RotateToken,
    TokenUsage,
    TokenAudit,
    ListAudit,
    On24Client,
    On24Events,
    On24EventRegistrants,
    On24EventAttendees,
    On24Users,
    SandboxClock,
};

struct RouteDefinition
{
    QByteArray method;
    QString pattern; // OpenAPI style: /api/v1/tokens/{id}
    RouteId id;
    bool clockControlOnly = false;
};

// Every route the sandbox serves, as data: the server dispatches from it and a test checks
// it against openapi.json, so the document can't drift from what is served.
class RouteTable
{
public:
    static const QVector<RouteDefinition>& definitions();

    struct Match
    {
        enum class Result { Found, NotFound, MethodNotAllowed };
        Result result = Result::NotFound;
        RouteId id = RouteId::CreateSession;
        QStringList params;
        QByteArrayList allowedMethods; // for 405's Allow header
    };
    static Match match(const QByteArray& method, const QString& path, bool clockControl);
};

} // namespace TokenConsole::Sandbox
