#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QNetworkReply>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace TokenConsole {

// One HTTP request with its own timeout (reset on progress), a User-Agent and an
// X-Request-ID. Idempotent requests (GET) are retried on 502/503/504 and connection resets,
// at most 3 times with backoff. Emits finished() exactly once, then deletes itself.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ApiJob(QNetworkAccessManager* network, QNetworkRequest request, QByteArray verb,
           QByteArray body, QObject* parent = nullptr);

    void setTimeout(int milliseconds);
    void start();
    void cancel();

    QString requestId() const { return m_requestId; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    QByteArray header(const QByteArray& name) const;
    ApiError error() const { return m_error; }
    QUrl url() const { return m_request.url(); }

    // Multi-request operations (paging) run as one job: after each successful response the
    // continuation runs; when it calls followUp() the job stays alive for the next request,
    // otherwise finished() is emitted. A continuation may also fail() the job (bad page).
    using Continuation = std::function<void(ApiJob*)>;
    void setContinuation(Continuation continuation) { m_continuation = std::move(continuation); }
    void followUp(const QUrl& url);  // replaces any follow-up already in flight
    void cancelFollowUp();
    void fail(const ApiError& error);

Q_SIGNALS:
    void finished(TokenConsole::ApiJob* job);

private:
    void send();
    void onFinished();
    void onTimeout();
    void finish();
    void dropReply();

    QNetworkAccessManager* m_network;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_requestBody;
    QString m_requestId;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    int m_timeoutMs = 30000;
    int m_attempt = 0;
    int m_httpStatus = 0;
    QByteArray m_body;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    ApiError m_error;
    bool m_done = false;
    bool m_timedOut = false;
    bool m_followUp = false;
    QString m_sslDetails;
    Continuation m_continuation;
};

} // namespace TokenConsole
