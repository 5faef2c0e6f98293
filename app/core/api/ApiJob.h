// SPDX-License-Identifier: GPL-3.0-or-later
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

// One HTTP request with a User-Agent and an X-Request-ID, and these limits on what a server
// may do to it:
// - idle timeout (setTimeout): no byte in either direction for that long ends the attempt
//   (Timeout, or Incomplete once the answer had begun); every byte restarts it;
// - total timeout (setTotalTimeout, default 4 x the idle timeout): a server that trickles bytes
//   just fast enough to keep the idle timer alive still ends the attempt then (TooSlow);
// - body cap (maxBodyBytes): a larger declared Content-Length, or more bytes than that, aborts
//   the request (TooLarge) without reading the rest;
// - redirects are never followed (Redirected); a 2xx body must be JSON (BadResponse);
// - idempotent requests (GET) are retried at most 3 times, with backoff, on 502/503/504,
//   connection resets and answers that broke off; a 429 or 503 with a Retry-After of at most
//   maxHonouredRetryAfter seconds is retried after that wait. Others report retryAfter().
//   Requests that change something are never retried.
// Emits finished() exactly once, then deletes itself.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxBodyBytes = 16 * 1024 * 1024;
    static constexpr int maxHonouredRetryAfter = 5;  // seconds

    ApiJob(QNetworkAccessManager* network, QNetworkRequest request, QByteArray verb,
           QByteArray body, QObject* parent = nullptr);

    void setTimeout(int milliseconds);
    void setTotalTimeout(int milliseconds);  // per attempt; 0: 4 x the idle timeout
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
    void onTotalTimeout();
    void onMetaData();
    void onReadyRead();
    void abortAttempt(ApiError::Kind why);
    void retryLater(int delayMs, const char* why);
    bool isIdempotent() const { return m_verb == "GET" || m_verb == "HEAD"; }
    void finish();
    void dropReply();

    QNetworkAccessManager* m_network;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_requestBody;
    QString m_requestId;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_totalTimeout;
    int m_timeoutMs = 30000;
    int m_totalTimeoutMs = 0;
    int m_attempt = 0;
    int m_httpStatus = 0;
    QByteArray m_body;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    ApiError m_error;
    bool m_done = false;
    bool m_answerBegun = false;  // headers of this attempt's answer arrived
    ApiError::Kind m_abortedFor = ApiError::Kind::None;  // why this job aborted the attempt
    bool m_followUp = false;
    QString m_sslDetails;
    Continuation m_continuation;
};

} // namespace TokenConsole
