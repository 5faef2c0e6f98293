// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

namespace TokenConsole::Testing {

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpResult::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString HttpResult::on24Message() const
{
    return json.value(QStringLiteral("message")).toString();
}

ApiClient::ApiClient(const QUrl& base) : m_base(base) {}

QUrl ApiClient::url(const QString& pathAndQuery) const
{
    QUrl url = m_base;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? pathAndQuery : pathAndQuery.left(question), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1), QUrl::TolerantMode);
    return url;
}

HttpResult ApiClient::send(const QByteArray& method, const QString& pathAndQuery,
                           const QByteArray& body, const HeaderList& headers)
{
    QNetworkRequest request(url(pathAndQuery));
    request.setTransferTimeout(timeoutMs);
    if (!m_session.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_session.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply* reply = m_manager.sendCustomRequest(request, method, body);
    HttpResult result;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.finished = true;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

HttpResult ApiClient::post(const QString& path, const QJsonObject& body, const HeaderList& headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QString ApiClient::signIn(const QString& login, const QString& password)
{
    m_session.clear();
    const HttpResult r =
        post(QStringLiteral("/api/v1/sessions"),
             {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    if (r.status == 201)
        m_session = r.json.value(QStringLiteral("session")).toString();
    return m_session;
}

QJsonObject ApiClient::provision(qint64 userId, const QString& name, const QJsonValue& access)
{
    const HttpResult r =
        post(QStringLiteral("/api/v1/tokens"), {{QStringLiteral("userId"), userId},
                                                {QStringLiteral("name"), name},
                                                {QStringLiteral("access"), access}});
    return r.status == 201 ? r.json : QJsonObject();
}

HttpResult ApiClient::on24(const QString& path, const QString& key, const QString& secret)
{
    // ON24 auth is by headers only: the admin session must not leak into these calls.
    const QString session = m_session;
    m_session.clear();
    HttpResult r =
        get(path, {{"accessTokenKey", key.toLatin1()}, {"accessTokenSecret", secret.toLatin1()}});
    m_session = session;
    return r;
}

} // namespace TokenConsole::Testing
