// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

#include "api/ApiJob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace TokenConsole {

ApiError::ApiError(Kind kind, int httpStatus, QString code, QString serverMessage)
    : m_kind(kind), m_httpStatus(httpStatus), m_code(std::move(code)),
      m_serverMessage(std::move(serverMessage))
{
}

ApiError ApiError::fromHttp(int status, const QByteArray& body)
{
    QString code;
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject error = doc.object().value(QStringLiteral("error")).toObject();
    if (error.value(QStringLiteral("code")).isString()) {
        code = error.value(QStringLiteral("code")).toString();
        message = error.value(QStringLiteral("message")).toString();
    } else if (doc.object().value(QStringLiteral("message")).isString()) {
        // ON24's shape: {"message": "..."}
        message = doc.object().value(QStringLiteral("message")).toString();
    }

    Kind kind = Kind::BadResponse;
    if (status >= 200 && status < 300)
        kind = Kind::None;
    else if (status == 401)
        kind = code == QLatin1String("session_expired") ? Kind::SessionExpired : Kind::Unauthorized;
    else if (status == 403)
        kind = code == QLatin1String("connect_not_in_contract") ? Kind::Contract : Kind::Permission;
    else if (status == 404)
        kind = Kind::NotFound;
    else if (status == 409)
        kind = Kind::Conflict;
    else if (status == 412 || status == 428)
        kind = Kind::VersionMismatch;
    else if (status == 429)
        kind = Kind::RateLimited;
    else if (status == 400 || status == 413 || status == 422)
        kind = Kind::Validation;
    else if (status >= 500 && status < 600)
        kind = Kind::Server;
    else if (status >= 400 && status < 500)
        kind = Kind::Validation;
    return ApiError(kind, status, code, message);
}

ApiError ApiError::local(const QString& message)
{
    ApiError error(Kind::Local);
    error.setDetails(message);
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::InsecureUrl: return QStringLiteral("insecure_url");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::SessionExpired: return QStringLiteral("session_expired");
    case Kind::Permission: return QStringLiteral("permission");
    case Kind::Contract: return QStringLiteral("contract");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::VersionMismatch: return QStringLiteral("version_mismatch");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::NotFound: return QStringLiteral("not_found");
    case Kind::RateLimited: return QStringLiteral("rate_limited");
    case Kind::Server: return QStringLiteral("server");
    case Kind::BadResponse: return QStringLiteral("bad_response");
    case Kind::TooSlow: return QStringLiteral("too_slow");
    case Kind::Incomplete: return QStringLiteral("incomplete");
    case Kind::TooLarge: return QStringLiteral("too_large");
    case Kind::Redirected: return QStringLiteral("redirected");
    case Kind::Canceled: return QStringLiteral("canceled");
    case Kind::Local: return QStringLiteral("local");
    }
    return QStringLiteral("unknown");
}

QString ApiError::userMessage() const
{
    QString message = baseMessage();
    if (m_mayHaveApplied && !message.isEmpty())
        message += tr(" The server may have made the change anyway: refresh the list before "
                      "trying again.");
    return message;
}

QString ApiError::retryHint() const
{
    // Whole sentences, so that every language can order its words.
    if (m_retryAfter >= 120)
        return tr("Try again in %n minute(s).", nullptr, (m_retryAfter + 59) / 60);
    return tr("Try again in %n second(s).", nullptr, m_retryAfter);
}

QString ApiError::baseMessage() const
{
    // The server's sentence, when it gave one, is more specific than ours; keep both.
    const QString said = m_serverMessage.isEmpty()
        ? QString()
        : tr(" The server said: \u201c%1\u201d").arg(m_serverMessage);
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach the server (%1). Check the server address and your network "
                  "connection, then try again.")
            .arg(m_details.isEmpty() ? tr("no connection") : m_details);
    case Kind::Timeout:
        return tr("The server did not answer in time. Check that it is running and reachable, "
                  "then try again.");
    case Kind::Tls:
        return tr("The secure connection failed: %1. Check the server address; if the server "
                  "uses its own certificate, have it installed in the system's trust store.")
            .arg(m_details.isEmpty() ? tr("certificate or handshake error") : m_details);
    case Kind::InsecureUrl:
        return tr("Refused to connect to %1 over plain http: only this computer (localhost) may "
                  "be used without encryption. Use an https:// address.")
            .arg(m_details.isEmpty() ? tr("a remote server") : m_details);
    case Kind::Unauthorized:
        if (m_code == QLatin1String("invalid_credentials"))
            return tr("The login or password is wrong. Check both and sign in again.");
        return tr("The server did not accept the session. Sign in again.") + said;
    case Kind::SessionExpired:
        return tr("Your session has expired. Enter your password to sign in again.");
    case Kind::Permission:
        return tr("You do not have permission to do this: it needs the Manage Users permission. "
                  "Ask an account administrator.")
            + said;
    case Kind::Contract:
        return tr("The account's contract does not include Connect, so API tokens cannot be "
                  "provisioned. Contact your ON24 account manager.");
    case Kind::Conflict:
        if (m_code == QLatin1String("token_exists"))
            return tr("This login already has a token (one token per login). Use the existing "
                      "token, or disable it and provision for another login.");
        if (m_code == QLatin1String("already_disabled"))
            return tr("The token is already disabled. Refresh the list to see its current state.");
        if (m_code == QLatin1String("already_active"))
            return tr("The token is already active. Refresh the list to see its current state.");
        return tr("The request conflicts with the token's current state. Refresh and try again.")
            + said;
    case Kind::VersionMismatch:
        return tr("Someone else changed this token meanwhile. Refresh the list and try again.");
    case Kind::Validation:
        return tr("The server refused the request as invalid. Correct the input and try again.")
            + said;
    case Kind::NotFound:
        return tr("The token or resource was not found; it may have been removed. Refresh the "
                  "list and check the id.");
    case Kind::RateLimited:
        if (m_code == QLatin1String("too_many_attempts")) {
            return tr("Too many attempts: the server refuses further sign-ins for a while. Wait 15 "
                      "minutes and try again.")
                + said;
        }
        if (m_retryAfter <= 0)
            return tr("The server is receiving too many requests. Wait a minute, then try again.")
                + said;
        return tr("The server is receiving too many requests and asks to wait.") + QLatin1Char(' ')
            + retryHint() + said;
    case Kind::Server:
        if (m_retryAfter > 0) {
            return tr("The server is temporarily unavailable (HTTP %1).").arg(m_httpStatus)
                + QLatin1Char(' ') + retryHint();
        }
        return tr("The server had an internal problem (HTTP %1). Try again later; if it persists, "
                  "contact the server's administrator.")
            .arg(m_httpStatus);
    case Kind::BadResponse:
        return tr("The server sent an answer this version cannot read (%1). Check that the server "
                  "address points to a Token Admin API v1.")
            .arg(m_details.isEmpty() ? tr("unexpected response") : m_details);
    case Kind::TooSlow:
        return tr("The server sent its answer too slowly to finish in time. Check your network "
                  "connection and that the server is not overloaded, then try again.");
    case Kind::Incomplete:
        return tr("The server's answer broke off before it was complete. Check that the server is "
                  "running and reachable, then try again.");
    case Kind::TooLarge:
        return tr("The server's answer is larger than %1 MiB, more than Token Console reads, so "
                  "it stopped. Check that the server address points to a Token Admin API or to "
                  "ON24, not to a download or a proxy.")
            .arg(ApiJob::maxBodyBytes / (1024 * 1024));
    case Kind::Redirected:
        return tr("The server redirected the request to %1. Token Console does not follow "
                  "redirects, so that passwords and secrets go only to the address you entered. If "
                  "the server has moved, enter its new address.")
            .arg(m_details.isEmpty() ? tr("another address") : m_details);
    case Kind::Canceled:
        return tr("The request was canceled.");
    case Kind::Local:
        return m_details;
    }
    return {};
}

} // namespace TokenConsole
