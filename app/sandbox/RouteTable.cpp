// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteTable.h"

namespace TokenConsole::Sandbox {

const QVector<RouteDefinition>& RouteTable::definitions()
{
    static const QVector<RouteDefinition> routes{
        {"POST", QStringLiteral("/api/v1/sessions"), RouteId::CreateSession},
        {"DELETE", QStringLiteral("/api/v1/sessions/current"), RouteId::DeleteSession},
        {"GET", QStringLiteral("/api/v1/account"), RouteId::GetAccount},
        {"GET", QStringLiteral("/api/v1/users"), RouteId::ListUsers},
        {"GET", QStringLiteral("/api/v1/tokens"), RouteId::ListTokens},
        {"POST", QStringLiteral("/api/v1/tokens"), RouteId::CreateToken},
        {"GET", QStringLiteral("/api/v1/tokens/{id}"), RouteId::GetToken},
        {"PATCH", QStringLiteral("/api/v1/tokens/{id}"), RouteId::PatchToken},
        {"POST", QStringLiteral("/api/v1/tokens/{id}/disable"), RouteId::DisableToken},
        {"POST", QStringLiteral("/api/v1/tokens/{id}/enable"), RouteId::EnableToken},
        {"GET", QStringLiteral("/api/v1/tokens/{id}/activity"), RouteId::TokenActivity},
        {"POST", QStringLiteral("/api/v1/tokens/{id}/rotate"), RouteId::RotateToken},
        {"GET", QStringLiteral("/api/v1/tokens/{id}/usage"), RouteId::TokenUsage},
        {"GET", QStringLiteral("/api/v1/tokens/{id}/audit"), RouteId::TokenAudit},
        {"GET", QStringLiteral("/api/v1/audit"), RouteId::ListAudit},
        {"GET", QStringLiteral("/v2/client/{clientId}"), RouteId::On24Client},
        {"GET", QStringLiteral("/v2/client/{clientId}/event"), RouteId::On24Events},
        {"GET", QStringLiteral("/v2/client/{clientId}/event/{eventId}/registrant"),
         RouteId::On24EventRegistrants},
        {"GET", QStringLiteral("/v2/client/{clientId}/event/{eventId}/attendee"),
         RouteId::On24EventAttendees},
        {"GET", QStringLiteral("/v2/client/{clientId}/users"), RouteId::On24Users},
        {"POST", QStringLiteral("/sandbox/v1/clock"), RouteId::SandboxClock, true},
    };
    return routes;
}

namespace {
bool matchPattern(const QString& pattern, const QStringList& segments, QStringList* params)
{
    const QStringList parts = pattern.split(QLatin1Char('/'));
    if (parts.size() != segments.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        if (part.startsWith(QLatin1Char('{'))) {
            if (segments.at(i).isEmpty())
                return false;
            captured.append(segments.at(i));
        } else if (part != segments.at(i)) {
            return false;
        }
    }
    *params = captured;
    return true;
}
} // namespace

RouteTable::Match RouteTable::match(const QByteArray& method, const QString& path,
                                    bool clockControl)
{
    Match result;
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const RouteDefinition& route : definitions()) {
        if (route.clockControlOnly && !clockControl)
            continue;
        QStringList params;
        if (!matchPattern(route.pattern, segments, &params))
            continue;
        if (route.method == method) {
            result.result = Match::Result::Found;
            result.id = route.id;
            result.params = params;
            return result;
        }
        result.result = Match::Result::MethodNotAllowed;
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace TokenConsole::Sandbox
