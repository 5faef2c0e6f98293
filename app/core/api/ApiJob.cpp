#include "api/ApiJob.h"

#include "AppInfo.h"
#include "Logging.h"

#include <QNetworkAccessManager>
#include <QUuid>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

namespace TokenConsole {

namespace {

constexpr int kMaxRetries = 3;
constexpr int kFirstBackoffMs = 200;

bool isRetryableStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ApiJob::ApiJob(QNetworkAccessManager* network, QNetworkRequest request, QByteArray verb,
               QByteArray body, QObject* parent)
    : QObject(parent), m_network(network), m_request(std::move(request)), m_verb(std::move(verb)),
      m_requestBody(std::move(body))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
}

void ApiJob::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
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
    m_timedOut = false;
    m_sslDetails.clear();

    qCDebug(lcApi) << m_verb << m_request.url().path() << "request" << m_requestId << "attempt"
                   << m_attempt + 1;
    QNetworkReply* reply = m_verb == "GET"
        ? m_network->get(m_request)
        : m_network->sendCustomRequest(m_request, m_verb, m_requestBody);
    m_reply = reply;
    // Progress in either direction proves the server is alive: restart the clock.
    const auto restart = [this] { m_timeout.start(m_timeoutMs); };
    connect(reply, &QNetworkReply::downloadProgress, this, restart);
    connect(reply, &QNetworkReply::uploadProgress, this, restart);
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
}

void ApiJob::onTimeout()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply)
        return;
    qCInfo(lcApi) << "request" << m_requestId << "timed out after" << m_timeoutMs << "ms";
    m_timedOut = true;
    reply->abort();
}

void ApiJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_done)
        return;
    m_reply = nullptr;
    m_timeout.stop();
    reply->deleteLater();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError netError = reply->error();
    const bool idempotent = m_verb == "GET" || m_verb == "HEAD";

    if (m_timedOut) {
        m_error = ApiError(ApiError::Kind::Timeout);
    } else if (status.isValid() && status.toInt() > 0) {
        m_httpStatus = status.toInt();
        m_body = reply->readAll();
        m_headers = reply->rawHeaderPairs();
        if (idempotent && isRetryableStatus(m_httpStatus) && m_attempt < kMaxRetries) {
            const int delay = kFirstBackoffMs << m_attempt;
            ++m_attempt;
            qCInfo(lcApi) << "HTTP" << m_httpStatus << "for request" << m_requestId
                          << "- retrying in" << delay << "ms";
            QTimer::singleShot(delay, this, &ApiJob::send);
            return;
        }
        if (m_httpStatus < 200 || m_httpStatus >= 300)
            m_error = ApiError::fromHttp(m_httpStatus, m_body);
    } else if (netError == QNetworkReply::OperationCanceledError) {
        m_error = ApiError(ApiError::Kind::Canceled);
    } else if (netError == QNetworkReply::SslHandshakeFailedError) {
        m_error = ApiError(ApiError::Kind::Tls);
        m_error.setDetails(m_sslDetails.isEmpty() ? reply->errorString() : m_sslDetails);
    } else if (netError == QNetworkReply::TimeoutError) {
        m_error = ApiError(ApiError::Kind::Timeout);
    } else {
        if (idempotent && netError == QNetworkReply::RemoteHostClosedError && m_attempt < kMaxRetries) {
            const int delay = kFirstBackoffMs << m_attempt;
            ++m_attempt;
            qCInfo(lcApi) << "connection reset for request" << m_requestId << "- retrying in"
                          << delay << "ms";
            QTimer::singleShot(delay, this, &ApiJob::send);
            return;
        }
        m_error = ApiError(ApiError::Kind::Network);
        m_error.setDetails(reply->errorString());
    }

    if (m_error.isError()) {
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
