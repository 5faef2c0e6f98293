#include "HttpListener.h"

#include <QTcpSocket>

namespace TokenConsole::Sandbox {

HttpListener::HttpListener(QObject* parent) : QTcpServer(parent) {}

void HttpListener::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    addPendingConnection(socket);
}

} // namespace TokenConsole::Sandbox
