#include "api/On24Client.h"

#include "Logging.h"
#include "api/AdminClient.h"
#include "api/ApiJob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace TokenConsole {

namespace {

using Outcome = On24Client::Verification::Outcome;

// ON24's wording varies between endpoints (with or without a period, "don't" or "do not"),
// so outcomes are told apart by case-insensitive substrings of {"message"}.
Outcome outcomeFor(int status, const QString& message)
{
    const auto has = [&message](const char* text) {
        return message.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (has("maximum number of calls"))
        return Outcome::QuotaExhausted;
    if (has("deactivated"))
        return Outcome::Deactivated;
    if (has("wrong or invalid") || has("was not found") || has("must contain both"))
        return Outcome::WrongPair;
    if (has("access to this client"))
        return Outcome::NoAccessToClient;
    if (has("do not have permission") || has("don't have permission"))
        return Outcome::NoPermission;
    if (has("is inactive"))
        return Outcome::ClientInactive;
    if (has("doesn't exist") || has("does not exist"))
        return Outcome::ClientUnknown;
    switch (status) {
    case 401:
        return Outcome::WrongPair;
    case 403:
        return Outcome::NoPermission;
    case 404:
        return Outcome::ClientUnknown;
    default:
        return Outcome::Failed;
    }
}

} // namespace

QString On24Client::Verification::userMessage() const
{
    switch (outcome) {
    case Outcome::Works:
        return tr("The token works: ON24 answered for client \u201c%1\u201d. This call counts as "
                  "activity.")
            .arg(clientName);
    case Outcome::WrongPair:
        return tr("ON24 rejected the key and secret as wrong. Check that the secret on this "
                  "computer belongs to this token; if not, store the right one.");
    case Outcome::Deactivated:
        return tr("ON24 says this token is deactivated. Enable it, then verify again.");
    case Outcome::QuotaExhausted:
        return tr("The token works, but ON24's call quota is used up for now. Try again later.");
    case Outcome::NoAccessToClient:
        return tr("The token is valid but has no access to this client id. Check the client id "
                  "in the connection profile.");
    case Outcome::NoPermission:
        return tr("The token is valid but not allowed to call this API area. Provision it with "
                  "access to all endpoints, or verify with an allowed area.");
    case Outcome::ClientInactive:
        return tr("ON24 says the client (account) is inactive. Contact your ON24 account manager.");
    case Outcome::ClientUnknown:
        return tr("ON24 does not know this client id. Check the client id in the connection "
                  "profile.");
    case Outcome::Failed:
        break;
    }
    return error.userMessage();
}

On24Client::On24Client(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
}

QUrl On24Client::baseUrl(Region region)
{
    switch (region) {
    case Region::Europe:
        return QUrl(QStringLiteral("https://api.eu.on24.com/v2"));
    case Region::NorthAmerica:
    case Region::Custom:
        break;
    }
    return QUrl(QStringLiteral("https://api.on24.com/v2"));
}

On24Client::Verification On24Client::classify(const ApiError& error, int status,
                                              const QByteArray& body)
{
    Verification v;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    v.serverMessage = json.value(QStringLiteral("message")).toString();
    if (!error) {
        const QJsonValue name = json.value(QStringLiteral("clientname"));
        if (name.isString()) {
            v.outcome = Outcome::Works;
            v.clientName = name.toString();
        } else {
            v.error = ApiError(ApiError::Kind::BadResponse, status);
            v.error.setDetails(QStringLiteral("field \"clientname\": expected a string"));
        }
    } else if (status >= 400 && status < 500) {
        v.outcome = outcomeFor(status, v.serverMessage);
        v.error = error;
    } else {
        v.error = error;
    }
    return v;
}

ApiJob* On24Client::verify(const QUrl& base, qint64 clientId, const QString& key,
                           const QString& secret, QObject* context,
                           std::function<void(const Verification&)> done)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/client/") + QString::number(clientId));

    QNetworkRequest request(url);
    request.setRawHeader("accessTokenKey", key.toUtf8());
    request.setRawHeader("accessTokenSecret", secret.toUtf8());
    auto* job = new ApiJob(m_network, request, "GET", {}, this);
    job->setTimeout(m_timeoutMs);
    connect(job, &ApiJob::finished, context ? context : this, [done](ApiJob* j) {
        const Verification v = classify(j->error(), j->httpStatus(), j->body());
        qCInfo(lcApi) << "ON24 verify: HTTP" << j->httpStatus() << "outcome" << int(v.outcome);
        done(v);
    });
    const ApiError refused = AdminClient::checkUrl(url);
    if (refused) {
        QMetaObject::invokeMethod(job, [job, refused] { job->fail(refused); }, Qt::QueuedConnection);
        return job;
    }
    job->start();
    return job;
}

} // namespace TokenConsole
