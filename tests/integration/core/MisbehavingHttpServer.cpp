// SPDX-License-Identifier: GPL-3.0-or-later
#include "MisbehavingHttpServer.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace TokenConsole::Testing {

namespace {

constexpr qint64 kStreamChunk = 64 * 1024;
constexpr qint64 kStreamQueue = 4 * kStreamChunk; // what may wait in the socket at once

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 401:
        return "Unauthorized";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Misbehaving";
    }
}

} // namespace

MisbehavingHttpServer::MisbehavingHttpServer(QObject* parent) : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &MisbehavingHttpServer::onNewConnection);
    setReply(Reply{});
}

bool MisbehavingHttpServer::start(const QHostAddress& address)
{
    return address.isLoopback() && listen(address, 0);
}

QUrl MisbehavingHttpServer::url() const
{
    return QUrl(QStringLiteral("http://%1:%2").arg(serverAddress().toString()).arg(serverPort()));
}

void MisbehavingHttpServer::setReply(const Reply& reply)
{
    m_script = [reply](int, const QByteArray&) { return reply; };
}

MisbehavingHttpServer::Reply MisbehavingHttpServer::answer(int status,
                                                           const QByteArray& contentType,
                                                           const QByteArray& body,
                                                           const HeaderList& headers)
{
    Reply reply;
    reply.status = status;
    reply.contentType = contentType;
    reply.body = body;
    reply.headers = headers;
    return reply;
}

MisbehavingHttpServer::Reply MisbehavingHttpServer::act(Act act, const QByteArray& body,
                                                        qsizetype cutAt)
{
    Reply reply;
    reply.act = act;
    reply.body = body;
    reply.cutAt = cutAt;
    return reply;
}

QByteArray MisbehavingHttpServer::httpDate(const QDateTime& time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

void MisbehavingHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Answer once a request's header block (and declared body) has arrived.
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray seen = socket->property("seen").toByteArray() + socket->readAll();
            for (;;) {
                const qsizetype end = seen.indexOf("\r\n\r\n");
                if (end < 0)
                    break;
                const QByteArray head = seen.left(end);
                qsizetype length = 0;
                for (const QByteArray& line : head.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (seen.size() < end + 4 + length)
                    break;
                seen = seen.mid(end + 4 + length);
                onRequest(socket, head);
                if (socket->state() != QAbstractSocket::ConnectedState)
                    return;
            }
            socket->setProperty("seen", seen);
        });
    }
}

QByteArray MisbehavingHttpServer::head(const Reply& reply, const QByteArray& framing) const
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    bool hasDate = false;
    for (const auto& h : reply.headers)
        hasDate = hasDate || h.first.compare("Date", Qt::CaseInsensitive) == 0;
    if (reply.sendDate && !hasDate)
        out += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto& h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += framing;
    out += "\r\n";
    return out;
}

void MisbehavingHttpServer::onRequest(QTcpSocket* socket, const QByteArray& requestHead)
{
    const Reply reply = m_script(m_requests, requestHead);
    ++m_requests;
    m_lastRequest = requestHead;
    const QByteArray length = "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    switch (reply.act) {
    case Act::Answer:
        socket->write(head(reply, length) + reply.body);
        return;
    case Act::Silent:
        return;
    case Act::Reset:
        resetConnection(socket);
        return;
    case Act::StallMidBody:
        socket->write(head(reply, length) + reply.body.left(reply.cutAt));
        return;
    case Act::CloseMidBody:
        socket->write(head(reply, length) + reply.body.left(reply.cutAt));
        socket->disconnectFromHost(); // after the bytes are written
        return;
    case Act::ResetMidBody: {
        socket->write(head(reply, length) + reply.body.left(reply.cutAt));
        socket->flush();
        // A reset discards what still waits in the send buffer: give the bytes time to travel.
        QTimer::singleShot(100, socket, [socket] { resetConnection(socket); });
        return;
    }
    case Act::Trickle: {
        socket->write(head(reply, length));
        auto* timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body = reply.body] {
            if (*sent >= body.size()) {
                timer->stop();
                return;
            }
            socket->write(body.mid((*sent)++, 1));
        });
        timer->start(reply.intervalMs);
        return;
    }
    case Act::Stream:
        stream(socket, reply);
        return;
    }
}

void MisbehavingHttpServer::stream(QTcpSocket* socket, const Reply& reply)
{
    QByteArray framing;
    switch (reply.framing) {
    case Framing::ContentLength:
        framing = "Content-Length: " + QByteArray::number(reply.streamBytes) + "\r\n";
        break;
    case Framing::Chunked:
        framing = "Transfer-Encoding: chunked\r\n";
        break;
    case Framing::CloseDelimited:
        framing = "Connection: close\r\n";
        break;
    }
    socket->write(head(reply, framing));
    // Filler written as the socket drains: the fake never holds more than a few chunks.
    static const QByteArray chunk(kStreamChunk, ' ');
    auto left = std::make_shared<qint64>(reply.streamBytes);
    const Framing kind = reply.framing;
    const auto topUp = [this, socket, left, kind] {
        while (*left > 0 && socket->bytesToWrite() < kStreamQueue) {
            const qint64 n = qMin(*left, kStreamChunk);
            const QByteArray data = chunk.left(n);
            if (kind == Framing::Chunked)
                socket->write(QByteArray::number(n, 16) + "\r\n" + data + "\r\n");
            else
                socket->write(data);
            *left -= n;
            m_streamed += n;
        }
        if (*left == 0) {
            *left = -1;
            if (kind == Framing::Chunked)
                socket->write("0\r\n\r\n");
            else if (kind == Framing::CloseDelimited)
                socket->disconnectFromHost();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, topUp);
    topUp();
}

void MisbehavingHttpServer::resetConnection(QTcpSocket* socket)
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
}

} // namespace TokenConsole::Testing
