// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QDate>
#include <QDateTime>
#include <QUrl>
#include <QVector>
#include <functional>

class QNetworkAccessManager;

namespace TokenConsole {

class ApiJob;

// Proves a token pair works with a real ON24 REST API v2 call: GET {base}/client/{clientId}
// with both accessTokenKey and accessTokenSecret headers. A success counts as activity.
class On24Client : public QObject
{
    Q_OBJECT

public:
    struct Verification
    {
        enum class Outcome {
            Works,
            WrongPair,        // 401 "wrong or invalid" / "not found"
            Deactivated,      // "deactivated"
            QuotaExhausted,   // 403 "maximum number of calls"
            NoAccessToClient, // 403 "don't have access to this client"
            NoPermission,     // 403 "do not have permission" (restricted access)
            ClientInactive,   // 403 "client id ... is inactive"
            ClientUnknown,    // 404 "doesn't exist"
            Failed,           // network, timeout, TLS, bad response: see error
        };
        Outcome outcome = Outcome::Failed;
        QString clientName;     // when Works
        QString serverMessage;  // ON24's {"message"} text
        ApiError error;         // when Failed
        QDateTime serverDate;   // the response's Date header, for clock skew

        bool works() const { return outcome == Outcome::Works; }
        QString userMessage() const;  // translated, actionable
    };

    explicit On24Client(QObject* parent = nullptr);

    // A user of the account as GET /client/{clientId}/users lists it.
    struct User
    {
        QString name;
        QString userName;
        QString email;
        QString type;
        bool manageUsers = false;
        QDate lastLogin;
    };

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    ApiJob* verify(const QUrl& base, qint64 clientId, const QString& key, const QString& secret,
                   QObject* context, std::function<void(const Verification&)> done);
    // GET {base}/client/{clientId}/users with a pair (when the pair may read it). A failure
    // carries the same outcome as a verification would.
    ApiJob* fetchUsers(const QUrl& base, qint64 clientId, const QString& key,
                       const QString& secret, QObject* context,
                       std::function<void(const Verification&, const QVector<User>&)> done);
    // The server's clock, from the Date header of a call made without a pair (ON24 answers it
    // with 401, which is no token's activity). Invalid when nothing answered.
    ApiJob* probeClock(const QUrl& base, qint64 clientId, QObject* context,
                       std::function<void(const QDateTime& serverDate)> done);
    // What ON24's answer to the verify call means: the job's error (none for a 2xx), its HTTP
    // status and body. Pure, so it can be tested on any bytes without a network.
    static Verification classify(const ApiError& error, int httpStatus, const QByteArray& body);
    static QVector<User> parseUsers(const QByteArray& body, bool* ok);

private:
    ApiJob* send(const QUrl& base, qint64 clientId, const QString& suffix, const QString& key,
                 const QString& secret, QObject* context, std::function<void(ApiJob*)> handler);

    QNetworkAccessManager* m_network;
    int m_timeoutMs = 30000;
};

} // namespace TokenConsole
