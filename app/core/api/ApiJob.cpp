// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiJob.h"

#include "AppInfo.h"
#include "Logging.h"

#include <QIODevice>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimeZone>
#include <QUuid>
#include <cstring>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

namespace TokenConsole {

namespace {

constexpr int kMaxRetries = 3;
constexpr int kFirstBackoffMs = 200;
constexpr int kTotalTimeoutFactor = 4;

bool isRetryableStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Network errors that say the transport failed, as opposed to the ones Qt derives from an
// HTTP status (2xx-4xx codes of QNetworkReply::NetworkError).
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolFailure;
}

QDateTime parseHttpDate(const QByteArray& value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime t = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (t.isValid())
        t.setTimeZone(QTimeZone::utc());
    else
        t = QDateTime::fromString(text, Qt::RFC2822Date);
    return t;
}

// Retry-After (RFC 9110): delta-seconds or an HTTP-date, measured against the response's own
// Date so that a skewed server clock does not matter. 0 when absent or unreadable; at most a day.
int parseRetryAfter(const QByteArray& value, const QByteArray& date)
{
    constexpr qint64 maxSeconds = 24 * 3600;
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return 0;
    bool digits = text.size() <= 12;
    for (const char c : text)
        digits = digits && c >= '0' && c <= '9';
    if (digits)
        return int(qMin(text.toLongLong(), maxSeconds));
    const QDateTime at = parseHttpDate(text);
    if (!at.isValid())
        return 0;
    const QDateTime now = date.isEmpty() ? QDateTime::currentDateTimeUtc() : parseHttpDate(date);
    if (!now.isValid())
        return 0;
    return int(qBound<qint64>(0, now.secsTo(at), maxSeconds));
}

// A request body that can be read once. Qt's HTTP code silently sends a request again when
// the connection closes before any answer; for a change that is not safe (the server may have
// applied it), and Qt cannot rewind this device, so it reports ContentReSendError instead.
class OneShotUpload : public QIODevice
{
public:
    OneShotUpload(QByteArray data, QObject* parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_sent + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_sent);
        memcpy(out, m_data.constData() + m_sent, size_t(n));
        m_sent += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_sent = 0;
};

// A 2xx body must be JSON; a missing Content-Type is tolerated when the body parses.
ApiError checkContentType(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    if (type.isEmpty() || type == "application/json" || type.endsWith("+json"))
        return {};
    ApiError error(ApiError::Kind::BadResponse);
    if (type == "text/html" || type == "application/xhtml+xml") {
        error.setDetails(ApiJob::tr("a web page instead of JSON; a proxy or a sign-in page may be "
                                    "answering in the server's place"));
    } else {
        error.setDetails(ApiJob::tr("content of type \u201c%1\u201d instead of JSON")
                             .arg(QString::fromLatin1(type.left(100))));
    }
    return error;
}

} // namespace

ApiJob::ApiJob(QNetworkAccessManager* network, QNetworkRequest request, QByteArray verb,
               QByteArray body, QObject* parent)
    : QObject(parent), m_network(network), m_request(std::move(request)), m_verb(std::move(verb)),
      m_requestBody(std::move(body))
{
    m_timeout.setSingleShot(true);
    m_totalTimeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
    connect(&m_totalTimeout, &QTimer::timeout, this, &ApiJob::onTotalTimeout);
}

void ApiJob::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

void ApiJob::setTotalTimeout(int milliseconds)
{
    m_totalTimeoutMs = milliseconds;
}

void ApiJob::start()
{
    m_request.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    m_request.setRawHeader("Accept", "application/json");
    if (!m_requestBody.isEmpty())
        m_request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Redirects could carry the bearer token to another host: never follow them.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    send();
}

void ApiJob::send()
{
    if (m_done)
        return;
    m_requestId = newRequestId();
    m_request.setRawHeader("X-Request-ID", m_requestId.toLatin1());
    m_httpStatus = 0;
    m_body.clear();
    m_headers.clear();
    m_error = {};
    m_answerBegun = false;
    m_abortedFor = ApiError::Kind::None;
    m_sslDetails.clear();

    qCDebug(lcApi) << m_verb << m_request.url().path() << "request" << m_requestId << "attempt"
                   << m_attempt + 1;
    QNetworkReply* reply = nullptr;
    if (isIdempotent()) {
        reply = m_verb == "GET" ? m_network->get(m_request)
                                : m_network->sendCustomRequest(m_request, m_verb, m_requestBody);
    } else {
        QNetworkRequest request = m_request;
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_requestBody.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* upload = new OneShotUpload(m_requestBody, this);
        reply = m_network->sendCustomRequest(request, m_verb, upload);
        upload->setParent(reply);
    }
    m_reply = reply;
    // Progress in either direction proves the server is alive: restart the idle clock. The
    // total clock is not restarted: it bounds a server that trickles.
    const auto restart = [this] { m_timeout.start(m_timeoutMs); };
    connect(reply, &QNetworkReply::downloadProgress, this, restart);
    connect(reply, &QNetworkReply::uploadProgress, this, restart);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Reported, never ignored: the reply then fails with SslHandshakeFailedError.
        QStringList parts;
        for (const QSslError& e : errors) {
            QString part = e.errorString();
            const QSslCertificate cert = e.certificate();
            if (!cert.isNull()) {
                part += tr(" (certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5)")
                            .arg(cert.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(',')),
                                 cert.issuerInfo(QSslCertificate::CommonName).join(QLatin1Char(',')),
                                 cert.effectiveDate().toString(Qt::ISODate),
                                 cert.expiryDate().toString(Qt::ISODate),
                                 QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':')));
            }
            parts.append(part);
        }
        m_sslDetails = parts.join(QStringLiteral("; "));
    });
#endif
    m_timeout.start(m_timeoutMs);
    m_totalTimeout.start(m_totalTimeoutMs > 0 ? m_totalTimeoutMs
                                              : kTotalTimeoutFactor * m_timeoutMs);
}

void ApiJob::abortAttempt(ApiError::Kind why)
{
    QNetworkReply* reply = m_reply.data();
    if (!reply || m_abortedFor != ApiError::Kind::None)
        return;
    m_abortedFor = why;
    reply->abort();  // finished() follows, synchronously
}

void ApiJob::onTimeout()
{
    qCInfo(lcApi) << "request" << m_requestId << "idle for" << m_timeoutMs << "ms after"
                  << m_body.size() << "body bytes";
    abortAttempt(m_answerBegun ? ApiError::Kind::Incomplete : ApiError::Kind::Timeout);
}

void ApiJob::onTotalTimeout()
{
    qCInfo(lcApi) << "request" << m_requestId << "still incomplete after"
                  << m_totalTimeout.interval() << "ms," << m_body.size() << "body bytes";
    abortAttempt(ApiError::Kind::TooSlow);
}

void ApiJob::onMetaData()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply)
        return;
    m_answerBegun = true;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > maxBodyBytes) {
        qCInfo(lcApi) << "request" << m_requestId << "declares a body of" << length.toLongLong()
                      << "bytes: refused unread";
        abortAttempt(ApiError::Kind::TooLarge);
    }
}

void ApiJob::onReadyRead()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply || m_abortedFor != ApiError::Kind::None)
        return;
    // Read as it arrives, so the cap holds without Qt buffering the whole body first. Only
    // what is there: read(n) allocates n bytes up front, and a 16 MiB buffer per chunk would
    // cost more than the chunk.
    m_body += reply->read(qMin(reply->bytesAvailable(), maxBodyBytes + 1 - m_body.size()));
    if (m_body.size() > maxBodyBytes) {
        qCInfo(lcApi) << "request" << m_requestId << "body exceeds" << maxBodyBytes << "bytes";
        m_body.clear();
        abortAttempt(ApiError::Kind::TooLarge);
    }
}

void ApiJob::retryLater(int delayMs, const char* why)
{
    ++m_attempt;
    qCInfo(lcApi) << why << "for request" << m_requestId << "- retrying in" << delayMs << "ms";
    QTimer::singleShot(delayMs, this, &ApiJob::send);
}

void ApiJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_done)
        return;
    m_reply = nullptr;
    m_timeout.stop();
    m_totalTimeout.stop();
    reply->deleteLater();
    disconnect(reply, nullptr, this, nullptr);

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError netError = reply->error();
    const bool idempotent = isIdempotent();
    const bool canRetry = idempotent && m_attempt < kMaxRetries;
    const int backoff = kFirstBackoffMs << m_attempt;

    if (m_abortedFor != ApiError::Kind::None) {
        // This job cut the attempt short; what it had read is not an answer.
        m_body.clear();
        m_error = ApiError(m_abortedFor);
    } else if (netError == QNetworkReply::OperationCanceledError) {
        m_error = ApiError(ApiError::Kind::Canceled);
    } else if (netError == QNetworkReply::SslHandshakeFailedError) {
        m_error = ApiError(ApiError::Kind::Tls);
        m_error.setDetails(m_sslDetails.isEmpty() ? reply->errorString() : m_sslDetails);
    } else if (netError == QNetworkReply::TimeoutError) {
        m_error = ApiError(ApiError::Kind::Timeout);
    } else if (status.toInt() >= 300 && status.toInt() < 400 && reply->hasRawHeader("Location")) {
        // Reported whatever Qt made of it (for a 307/308 it wants to resend the body).
        m_httpStatus = status.toInt();
        m_headers = reply->rawHeaderPairs();
        m_error = ApiError(ApiError::Kind::Redirected, m_httpStatus);
        const QUrl target = m_request.url().resolved(QUrl::fromEncoded(header("Location")));
        m_error.setDetails(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    } else if (isTransportError(netError) || netError == QNetworkReply::ContentReSendError) {
        // Even with a status line, a body cut short by a reset or close is no answer. A close
        // after the request went out (Qt's wish to resend it says so too) is an answer that
        // broke off before it began.
        const bool broke = m_answerBegun || (status.isValid() && status.toInt() > 0)
            || netError == QNetworkReply::RemoteHostClosedError
            || netError == QNetworkReply::ContentReSendError;
        if (broke && canRetry) {
            retryLater(backoff, "connection broke");
            return;
        }
        m_body.clear();
        m_error = ApiError(broke ? ApiError::Kind::Incomplete : ApiError::Kind::Network);
        m_error.setDetails(reply->errorString());
    } else if (status.isValid() && status.toInt() > 0) {
        m_httpStatus = status.toInt();
        m_body += reply->readAll();
        m_headers = reply->rawHeaderPairs();
        const bool hasRetryAfter = !header("Retry-After").isEmpty();
        const int retryAfter = parseRetryAfter(header("Retry-After"), header("Date"));
        if ((m_httpStatus == 429 || m_httpStatus == 503) && hasRetryAfter) {
            // The server said when: wait that long if it is short, else report it.
            if (canRetry && retryAfter <= maxHonouredRetryAfter) {
                retryLater(retryAfter * 1000, "Retry-After");
                return;
            }
        } else if (canRetry && isRetryableStatus(m_httpStatus)) {
            retryLater(backoff, "HTTP error");
            return;
        }
        if (m_body.size() > maxBodyBytes) {
            m_error = ApiError(ApiError::Kind::TooLarge, m_httpStatus);
        } else if (m_httpStatus < 200 || m_httpStatus >= 300) {
            m_error = ApiError::fromHttp(m_httpStatus, m_body);
            m_error.setRetryAfter(retryAfter);
        } else if (!m_body.isEmpty()) {
            m_error = checkContentType(header("Content-Type"));
        }
        // An error's body stays readable (ON24 explains itself in it), but never a success's
        // that was refused.
        if (m_error.kind() == ApiError::Kind::TooLarge
            || (m_error.isError() && m_httpStatus >= 200 && m_httpStatus < 300))
            m_body.clear();
    } else {
        m_error = ApiError(ApiError::Kind::Network);
        m_error.setDetails(reply->errorString());
    }

    if (m_error.isError()) {
        if (!idempotent && (m_error.kind() == ApiError::Kind::Timeout
                            || m_error.kind() == ApiError::Kind::TooSlow
                            || m_error.kind() == ApiError::Kind::Incomplete
                            || m_error.kind() == ApiError::Kind::TooLarge))
            m_error.setMayHaveApplied(true);
        m_error.setRequestId(m_requestId);
        qCInfo(lcApi) << m_verb << m_request.url().path() << "failed:"
                      << ApiError::kindName(m_error.kind()) << m_httpStatus << m_error.code()
                      << "request" << m_requestId;
        finish();
        return;
    }
    if (m_continuation) {
        m_followUp = false;
        m_continuation(this);
        if (m_done || m_followUp)
            return;
    }
    finish();
}

void ApiJob::dropReply()
{
    if (QNetworkReply* reply = m_reply.data()) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    m_timeout.stop();
}

void ApiJob::cancelFollowUp()
{
    dropReply();
    m_followUp = false;
}

void ApiJob::followUp(const QUrl& url)
{
    dropReply();
    m_followUp = true;
    m_attempt = 0;
    m_request.setUrl(url);
    send();
}

void ApiJob::fail(const ApiError& error)
{
    if (m_done)
        return;
    m_error = error;
    m_error.setRequestId(m_requestId);
    dropReply();
    finish();
}

void ApiJob::cancel()
{
    fail(ApiError(ApiError::Kind::Canceled));
}

QByteArray ApiJob::header(const QByteArray& name) const
{
    for (const auto& pair : m_headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

void ApiJob::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace TokenConsole
