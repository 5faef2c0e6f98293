// SPDX-License-Identifier: GPL-3.0-or-later
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
    emit accepted(socket);
    addPendingConnection(socket);
}

} // namespace TokenConsole::Sandbox
