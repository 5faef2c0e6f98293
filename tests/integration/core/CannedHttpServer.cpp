// SPDX-License-Identifier: GPL-3.0-or-later
#include "CannedHttpServer.h"

#include <QTcpSocket>

namespace TokenConsole::Testing {

CannedHttpServer::CannedHttpServer(QObject* parent) : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &CannedHttpServer::onNewConnection);
}

bool CannedHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl CannedHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

void CannedHttpServer::setResponse(int status, const QByteArray& body, const QByteArray& contentType)
{
    m_status = status;
    m_body = body;
    m_contentType = contentType;
}

void CannedHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Requests here are small; answer once the header block has arrived.
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray seen = socket->property("seen").toByteArray() + socket->readAll();
            socket->setProperty("seen", seen);
            const qsizetype end = seen.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = seen.left(end);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (seen.size() < end + 4 + length)
                return;
            socket->setProperty("seen", seen.mid(end + 4 + length));
            ++m_requests;
            m_lastRequest = seen.left(end + 4 + length);
            if (m_silent)
                return;
            QByteArray response = "HTTP/1.1 " + QByteArray::number(m_status) + " Canned\r\n";
            response += "Content-Type: " + m_contentType + "\r\n";
            response += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
            response += "Connection: keep-alive\r\n\r\n";
            response += m_body;
            socket->write(response);
        });
    }
}

} // namespace TokenConsole::Testing
