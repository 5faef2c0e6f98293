// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/On24Client.h"

#include "Logging.h"
#include "api/AdminClient.h"
#include "api/ApiJob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>

namespace TokenConsole {

namespace {

using Verification = On24Client::Verification;
using Outcome = Verification::Outcome;

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
    if (error.kind() == ApiError::Kind::BadResponse)
        return tr("The ON24 address sent an answer this console cannot read (%1): perhaps a "
                  "proxy or a sign-in page answered instead of ON24's API. Check the region or "
                  "base URL.")
            .arg(error.details());
    return error.userMessage();
}

On24Client::On24Client(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
}

Verification On24Client::classify(const ApiError& error, int status, const QByteArray& body)
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
            v.error.setDetails(body.trimmed().isEmpty()
                                   ? QStringLiteral("an empty answer")
                                   : QStringLiteral("field \"clientname\": expected a string"));
        }
    } else if (status >= 400 && status < 500) {
        v.outcome = outcomeFor(status, v.serverMessage);
        v.error = error;
    } else {
        v.error = error;
    }
    return v;
}

QVector<On24Client::User> On24Client::parseUsers(const QByteArray& body, bool* ok)
{
    QVector<User> users;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue list = doc.object().value(QStringLiteral("users"));
    *ok = parseError.error == QJsonParseError::NoError && list.isArray();
    if (!*ok)
        return users;
    for (const QJsonValue& item : list.toArray()) {
        const QJsonObject o = item.toObject();
        User u;
        u.name = o.value(QStringLiteral("name")).toString();
        u.userName = o.value(QStringLiteral("userName")).toString();
        u.email = o.value(QStringLiteral("email")).toString();
        u.type = o.value(QStringLiteral("type")).toString();
        u.manageUsers = o.value(QStringLiteral("permissions"))
                            .toObject()
                            .value(QStringLiteral("Manage Users"))
                            .toBool();
        u.lastLogin = QDate::fromString(o.value(QStringLiteral("lastLoginDate")).toString(),
                                        Qt::ISODate);
        if (u.userName.isEmpty() && u.email.isEmpty())
            continue;  // nothing to pick it by
        users.append(u);
    }
    return users;
}

ApiJob* On24Client::send(const QUrl& base, qint64 clientId, const QString& suffix,
                         const QString& key, const QString& secret, QObject* context,
                         std::function<void(ApiJob*)> handler)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/client/") + QString::number(clientId) + suffix);

    QNetworkRequest request(url);
    // Both headers on every call: ON24 refuses a call that carries only one.
    request.setRawHeader("accessTokenKey", key.toUtf8());
    request.setRawHeader("accessTokenSecret", secret.toUtf8());
    request.setRawHeader("Accept", "application/json");
    auto* job = new ApiJob(m_network, request, "GET", {}, this);
    job->setTimeout(m_timeoutMs);
    connect(job, &ApiJob::finished, context ? context : this, std::move(handler));
    const ApiError refused = AdminClient::checkUrl(url);
    if (refused) {
        QMetaObject::invokeMethod(job, [job, refused] { job->fail(refused); }, Qt::QueuedConnection);
        return job;
    }
    job->start();
    return job;
}

namespace {

QDateTime dateHeader(ApiJob* job)
{
    const QByteArray date = job->header("Date");
    if (date.isEmpty())
        return {};
    return QLocale::c().toDateTime(QString::fromLatin1(date.left(25)),
                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
        .toUTC();
}

} // namespace

ApiJob* On24Client::verify(const QUrl& base, qint64 clientId, const QString& key,
                           const QString& secret, QObject* context,
                           std::function<void(const Verification&)> done)
{
    return send(base, clientId, QString(), key, secret, context, [done](ApiJob* j) {
        Verification v = classify(j->error(), j->httpStatus(), j->body());
        v.serverDate = dateHeader(j);
        qCInfo(lcApi) << "ON24 verify: HTTP" << j->httpStatus() << "outcome" << int(v.outcome);
        done(v);
    });
}

ApiJob* On24Client::probeClock(const QUrl& base, qint64 clientId, QObject* context,
                               std::function<void(const QDateTime&)> done)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/client/") + QString::number(clientId));
    auto* job = new ApiJob(m_network, QNetworkRequest(url), "GET", {}, this);
    job->setTimeout(qMin(m_timeoutMs, 5000));
    connect(job, &ApiJob::finished, context ? context : this,
            [done](ApiJob* j) { done(dateHeader(j)); });
    if (const ApiError refused = AdminClient::checkUrl(url); refused) {
        QMetaObject::invokeMethod(job, [job, refused] { job->fail(refused); }, Qt::QueuedConnection);
        return job;
    }
    job->start();
    return job;
}

ApiJob* On24Client::fetchUsers(const QUrl& base, qint64 clientId, const QString& key,
                               const QString& secret, QObject* context,
                               std::function<void(const Verification&, const QVector<User>&)> done)
{
    return send(base, clientId, QStringLiteral("/users"), key, secret, context,
                [done](ApiJob* j) {
                    Verification v;
                    QVector<User> users;
                    if (j->error()) {
                        v = classify(j->error(), j->httpStatus(), j->body());
                    } else {
                        bool ok = false;
                        users = parseUsers(j->body(), &ok);
                        v.outcome = ok ? Outcome::Works : Outcome::Failed;
                        if (!ok) {
                            v.error = ApiError(ApiError::Kind::BadResponse, j->httpStatus());
                            v.error.setDetails(QStringLiteral("field \"users\": expected an array"));
                        }
                    }
                    v.serverDate = dateHeader(j);
                    done(v, users);
                });
}

} // namespace TokenConsole
