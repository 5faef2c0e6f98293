// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QTcpSocket;

namespace TokenConsole::Sandbox {

// Watches one connection's incoming bytes alongside QAbstractHttpServer's parser (which has
// no limits of its own) and stops clients that would hold the server:
// - a request must arrive whole within the request timeout of its first byte (or of the
//   connection opening): otherwise 408 and close (a connection that sent nothing is closed
//   silently); an idle keep-alive connection between requests is left alone;
// - a declared Content-Length over the body limit gets 413 as soon as the headers are in,
//   and a chunked body that grows past it likewise; request headers over the header limit
//   get 431. After such an answer the connection drops what the client still sends and
//   closes.
// It reads nothing itself: it peeks at bytes before the parser consumes them (its readyRead
// connection runs first) and resynchronises on every answered request.
class HttpConnectionGuard : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int requestTimeoutMs = 10000;
        qint64 maxHeaderBytes = 64 * 1024;
        qint64 maxBodyBytes = 64 * 1024;
    };

    HttpConnectionGuard(QTcpSocket* socket, const Limits& limits);

    static HttpConnectionGuard* of(QTcpSocket* socket);

    // The frontend answered a complete request: the next bytes start a new one.
    void requestAnswered();
    // True once the guard has answered (408, 413, 431) and is closing: the parser's view of
    // the connection is stale then, and nothing more may be written.
    bool isClosing() const { return m_state == State::Closing; }

signals:
    // The guard refuses the current request: the receiver writes this status's error answer
    // (with Connection: close); path is the request's, when known, to pick the API's format.
    void refused(QTcpSocket* socket, int status, const QString& path);

private:
    enum class State { Idle, Head, Body, Closing };

    void onReadyRead();
    void onTimeout();
    void feed(const QByteArray& bytes);
    void headComplete();
    void refuse(int status);
    void discardInput();

    QTcpSocket* m_socket;
    Limits m_limits;
    QTimer m_timer;
    State m_state = State::Idle;
    QByteArray m_head;       // the current request's head, as far as it has arrived
    QString m_path;          // its path, once the request line is in
    bool m_chunked = false;  // Transfer-Encoding: chunked (no declared length)
    qint64 m_bodyBytes = 0;  // bytes since the end of the head
    qint64 m_seenUnread = 0; // unread bytes at the front of the socket already fed
};

} // namespace TokenConsole::Sandbox
