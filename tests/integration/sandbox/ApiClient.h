// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace TokenConsole::Testing {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One finished HTTP exchange with the sandbox, as the tests inspect it.
struct HttpResult
{
    bool finished = false; // false: timed out or never connected
    int status = 0;
    QByteArray body;
    QJsonObject json;
    HeaderList headers;

    QByteArray header(const QByteArray& name) const;
    QString errorCode() const;   // v1: error.code
    QString on24Message() const; // v2: message
};

// Test-side HTTP client for the sandbox's two APIs. Waits on the reply's finished signal
// with a bound; nothing sleeps.
class ApiClient
{
public:
    static constexpr int timeoutMs = 10000;

    explicit ApiClient(const QUrl& base);

    HttpResult send(const QByteArray& method, const QString& pathAndQuery,
                    const QByteArray& body = {}, const HeaderList& headers = {});
    HttpResult get(const QString& pathAndQuery, const HeaderList& headers = {})
    {
        return send("GET", pathAndQuery, {}, headers);
    }
    HttpResult post(const QString& path, const QJsonObject& body, const HeaderList& headers = {});

    // Signs in and keeps the session for later requests; empty on failure.
    QString signIn(const QString& login, const QString& password);
    void setSession(const QString& session) { m_session = session; }
    QString session() const { return m_session; }

    // Provisions a token and returns {token, secret}; empty object on failure.
    QJsonObject provision(qint64 userId, const QString& name,
                          const QJsonValue& access = QStringLiteral("all_endpoints"));
    // ON24 v2 call with a token pair.
    HttpResult on24(const QString& path, const QString& key, const QString& secret);

    QNetworkAccessManager* manager() { return &m_manager; }
    QUrl url(const QString& pathAndQuery) const;

private:
    QNetworkAccessManager m_manager;
    QUrl m_base;
    QString m_session;
};

} // namespace TokenConsole::Testing
