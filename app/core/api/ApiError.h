// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace TokenConsole {

// An error as a value: what kind of failure, what the server said, and a translated,
// actionable sentence for people.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network,         // connection refused, host not found, reset
        Timeout,
        Tls,             // certificate or handshake problem; details() names the certificate
        InsecureUrl,     // http:// to a non-loopback host, refused before connecting
        Unauthorized,    // 401 invalid_credentials / bad session
        SessionExpired,  // 401 session_expired: ask for the password again
        Permission,      // 403 permission_denied
        Contract,        // 403 connect_not_in_contract
        Conflict,        // 409 token_exists / already_disabled / already_active
        VersionMismatch, // 412 version_mismatch (or 428 if_match_required)
        Validation,      // 400/413/422
        NotFound,        // 404
        RateLimited,     // 429
        Server,          // 5xx
        BadResponse,     // malformed or unexpected JSON, or not JSON at all
        TooSlow,         // bytes kept coming, but the whole answer took too long
        Incomplete,      // the answer broke off (stalled or closed) after it had begun
        TooLarge,        // the body exceeded what the client reads (ApiJob::maxBodyBytes)
        Redirected,      // a 3xx: never followed, so credentials go only where configured
        Canceled,
        Local,           // refused or failed on this computer (no capability, local storage)
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus = 0, QString code = {}, QString serverMessage = {});

    static ApiError fromHttp(int httpStatus, const QByteArray& body);
    // A failure on this computer; `message` is the whole translated sentence for people.
    static ApiError local(const QString& message);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }                // the contract's snake_case code
    QString serverMessage() const { return m_serverMessage; }
    QString details() const { return m_details; }          // e.g. TLS certificate details
    QString requestId() const { return m_requestId; }
    // Seconds the server asked to wait (Retry-After on 429/503); 0 when it did not say.
    int retryAfter() const { return m_retryAfter; }
    // True when a request that changes something failed after it was sent: the server may
    // have applied it, and the message says to refresh before trying again.
    bool mayHaveApplied() const { return m_mayHaveApplied; }
    void setDetails(const QString& details) { m_details = details; }
    void setRequestId(const QString& id) { m_requestId = id; }
    void setRetryAfter(int seconds) { m_retryAfter = qMax(0, seconds); }
    void setMayHaveApplied(bool may) { m_mayHaveApplied = may; }

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // What happened and what to do next, translated.
    QString userMessage() const;
    static QString kindName(Kind kind);  // stable English identifier, e.g. "version_mismatch"

private:
    QString baseMessage() const;
    QString retryHint() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_serverMessage;
    QString m_details;
    QString m_requestId;
    int m_retryAfter = 0;
    bool m_mayHaveApplied = false;
};

template <typename T>
struct Result
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

} // namespace TokenConsole

Q_DECLARE_METATYPE(TokenConsole::ApiError)
