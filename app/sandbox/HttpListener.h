// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace TokenConsole::Sandbox {

// The TCP side of the HTTP server: accepts connections with Nagle's algorithm off (every
// response is written in one piece, so holding back its last segment until the client's
// delayed ACK only adds latency), and lets the server attach its per-connection guard before
// QAbstractHttpServer starts reading from the socket.
class HttpListener : public QTcpServer
{
    Q_OBJECT

public:
    explicit HttpListener(QObject* parent = nullptr);

signals:
    // Emitted for each new socket before it is queued for QAbstractHttpServer, so readyRead
    // connections made by a (direct) receiver run before the request parser's.
    void accepted(QTcpSocket* socket);

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace TokenConsole::Sandbox
