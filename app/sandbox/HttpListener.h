#pragma once

#include <QTcpServer>

namespace TokenConsole::Sandbox {

// The TCP side of the HTTP server: accepts connections with Nagle's algorithm off. Every
// response is written in one piece, so holding back its last segment until the client's
// (delayed) ACK only adds latency.
class HttpListener : public QTcpServer
{
    Q_OBJECT

public:
    explicit HttpListener(QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace TokenConsole::Sandbox
