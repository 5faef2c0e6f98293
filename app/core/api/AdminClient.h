// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "model/Token.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;

namespace TokenConsole {

class ApiJob;

// Typed client of the Token Admin API v1. Every call starts one job and reports once through
// its callback, which runs only while `context` is alive. The returned job may be canceled.
class AdminClient : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const Result<T>&)>;

    explicit AdminClient(const QUrl& baseUrl, QObject* parent = nullptr);
    ~AdminClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    // Refuses http:// for anything but loopback; empty when the URL is acceptable.
    static ApiError checkUrl(const QUrl& url);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    const Session& session() const { return m_session; }
    bool isSignedIn() const { return !m_session.token.isEmpty(); }
    void setSession(const Session& session) { m_session = session; }

    // Server time minus local time, from the latest response's Date header.
    qint64 clockSkewMs() const { return m_clockSkewMs; }
    QDateTime serverNow() const;

    ApiJob* signIn(const QString& login, const QString& password, QObject* context,
                   Callback<Session> done);
    ApiJob* signOut(QObject* context, Callback<bool> done);
    ApiJob* fetchAccount(QObject* context, Callback<Account> done);
    ApiJob* fetchUsers(QObject* context, Callback<QVector<AccountUser>> done);
    // Follows nextCursor to the end; pageSize 1..1000.
    // Every page of the token list; `page`, when given, gets each page's tokens as they arrive
    // (while `context` lives), before `done` gets them all.
    using PageCallback = std::function<void(const TokenList& page)>;
    ApiJob* fetchAllTokens(QObject* context, Callback<TokenList> done, int pageSize = 1000,
                           PageCallback page = {});
    ApiJob* fetchToken(const QString& id, QObject* context, Callback<Token> done);
    // access: empty list means "all_endpoints".
    ApiJob* provision(qint64 userId, const QString& name, const QStringList& access,
                      QObject* context, Callback<ProvisionedToken> done);
    ApiJob* rename(const QString& id, const QString& name, int version, QObject* context,
                   Callback<Token> done);
    // v1.1: PATCH owner and notes together, with If-Match (a conflict is VersionMismatch).
    ApiJob* setOwnerAndNotes(const QString& id, const QString& owner, const QString& notes,
                             int version, QObject* context, Callback<Token> done);
    // v1.1: PATCH access, with If-Match; an empty list means "all_endpoints".
    ApiJob* setAccess(const QString& id, const QStringList& access, int version,
                      QObject* context, Callback<Token> done);
    // v1.1: a new secret; the previous one keeps working on the v2 API for graceHours (0..168).
    ApiJob* rotate(const QString& id, int graceHours, QObject* context,
                   Callback<RotatedToken> done);
    // v1.1: successful v2 calls by ON24 API area over the last `days` (1..90).
    ApiJob* fetchUsage(const QString& id, int days, QObject* context, Callback<TokenUsage> done);
    ApiJob* disable(const QString& id, QObject* context, Callback<Token> done);
    ApiJob* enable(const QString& id, QObject* context, Callback<Token> done);
    ApiJob* fetchActivity(const QString& id, int limit, QObject* context,
                          Callback<QVector<ActivityEntry>> done);
    // Follows nextCursor until `limit` entries are read (0: all).
    ApiJob* fetchAudit(int limit, QObject* context, Callback<QVector<AuditEntry>> done);

    // Token Admin API v1.1: one token's audit trail (GET /api/v1/tokens/{id}/audit), newest
    // first; follows nextCursor until `limit` entries are read (0: all).
    ApiJob* fetchTokenAudit(const QString& id, int limit, QObject* context,
                            Callback<QVector<AuditEntry>> done);

Q_SIGNALS:
    void clockSkewChanged(qint64 skewMs);
    void sessionExpired();

private:
    // ... implementation details are the core's own.
    QUrl endpoint(const QString& path, const QUrlQuery& query = {}) const;
    ApiJob* createJob(const QByteArray& verb, const QUrl& url, const QByteArray& body = {},
                      const QByteArray& ifMatch = {});
    // Starts `job` (or fails it at once when the URL is refused) and runs `handler` once it is
    // done, only while `context` lives.
    void launch(ApiJob* job, QObject* context, std::function<void(ApiJob*)> handler);
    void observe(ApiJob* job);  // Date header and session expiry of every response
    // The paged audit reads of the account and of one token share this.
    ApiJob* fetchAuditAt(const QString& path, int limit, QObject* context,
                         Callback<QVector<AuditEntry>> done);
    QUrl m_baseUrl;
    QNetworkAccessManager* m_network;
    Session m_session;
    qint64 m_clockSkewMs = 0;
    int m_timeoutMs = 30000;
};

} // namespace TokenConsole
