// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpConnectionGuard.h"
#include "Reply.h"
#include "Request.h"

#include <QAbstractHttpServer>
#include <functional>

namespace TokenConsole::Sandbox {

// The HTTP edge: turns every QHttpServerRequest into a Request, asks the handler for a Reply
// and writes it with Date, Content-Type and Content-Length, in one piece. Routing is ours
// (RouteTable), so unknown paths and wrong methods get JSON answers instead of Qt's defaults.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<Reply(const Request&)>;
    using Now = std::function<qint64()>;
    // The error answer for a request the connection guard refuses (408, 413, 431), in the
    // format of the API its path belongs to (the path may be empty).
    using Refusal = std::function<Reply(int status, const QString& path)>;

    HttpFrontend(Handler handler, Now now, Refusal refusal,
                 const HttpConnectionGuard::Limits& limits, QObject* parent = nullptr);

    // Puts a new connection under a guard; call before QAbstractHttpServer gets the socket.
    void attach(QTcpSocket* socket);

    // The whole response (status line, Date, Content-Type, Content-Length, the reply's own
    // headers, body) as the bytes that go on the wire.
    static QByteArray encode(const Reply& reply, qint64 now);
    static QByteArray reasonPhrase(int status);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void write(QTcpSocket* socket, const Reply& reply);
    void refuse(QTcpSocket* socket, int status, const QString& path);

    Handler m_handler;
    Now m_now;
    Refusal m_refusal;
    HttpConnectionGuard::Limits m_limits;
};

} // namespace TokenConsole::Sandbox
