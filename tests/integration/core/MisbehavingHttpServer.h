// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

namespace TokenConsole::Testing {

// A fake HTTP/1.1 server that misbehaves on purpose, written with raw bytes on a QTcpServer so
// that it can do what no real server library would: trickle a body byte by byte, stall or
// reset mid-body, stream a 100 MB body it never holds in memory, redirect elsewhere, send any
// Date. Loopback only. A script picks the reply for each request by its index and request line.
class MisbehavingHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    enum class Act {
        Answer,       // a complete, well-framed response
        Trickle,      // headers, then one body byte every intervalMs
        StallMidBody, // headers and cutAt body bytes, then silence with the connection open
        CloseMidBody, // headers and cutAt body bytes, then an orderly close (FIN)
        ResetMidBody, // headers and cutAt body bytes, then a reset (RST)
        Reset,        // a reset as soon as the request has arrived
        Stream,       // a body of streamBytes filler bytes, written as the socket drains
        Silent,       // never answers
    };
    enum class Framing { ContentLength, Chunked, CloseDelimited };

    struct Reply
    {
        Act act = Act::Answer;
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        HeaderList headers; // extra headers; a "Date" here replaces the current one
        bool sendDate = true;
        qsizetype cutAt = 0;    // the *MidBody acts: body bytes sent before misbehaving
        int intervalMs = 40;    // Trickle
        qint64 streamBytes = 0; // Stream
        Framing framing = Framing::ContentLength; // Stream
    };
    // A complete answer, for scripts.
    static Reply answer(int status, const QByteArray& contentType, const QByteArray& body,
                        const HeaderList& headers = {});
    static Reply act(Act act, const QByteArray& body = {}, qsizetype cutAt = 0);

    // index: 0 for the first request this server saw; head: the request line and headers.
    using Script = std::function<Reply(int index, const QByteArray& head)>;

    explicit MisbehavingHttpServer(QObject* parent = nullptr);

    bool start(const QHostAddress& address = QHostAddress::LocalHost); // ephemeral port
    QUrl url() const;
    void setReply(const Reply& reply); // the same reply to every request
    void setScript(Script script) { m_script = std::move(script); }

    int requestCount() const { return m_requests; }
    QByteArray lastRequest() const { return m_lastRequest; }
    qint64 streamedBytes() const { return m_streamed; } // body bytes Stream replies wrote

    static QByteArray httpDate(const QDateTime& time);

private:
    void onNewConnection();
    void onRequest(QTcpSocket* socket, const QByteArray& head);
    QByteArray head(const Reply& reply, const QByteArray& framing) const;
    void stream(QTcpSocket* socket, const Reply& reply);
    static void resetConnection(QTcpSocket* socket);

    Script m_script;
    int m_requests = 0;
    QByteArray m_lastRequest;
    qint64 m_streamed = 0;
};

} // namespace TokenConsole::Testing
