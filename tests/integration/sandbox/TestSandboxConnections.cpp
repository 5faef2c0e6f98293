// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's HTTP connections on raw sockets: response latency on a reused keep-alive
// connection, and clients that are slow or announce too much.
#include "ApiClient.h"
#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <algorithm>
#include <utility>

using namespace TokenConsole::Testing;

namespace {
struct RawResponse
{
    bool complete = false;
    int status = 0;
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QString errorCode() const
    {
        return QJsonDocument::fromJson(body)
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

// Reads one response (head, then Content-Length bytes of body) within a deadline. Bytes
// after it (the next pipelined response) stay in pending for the next call.
RawResponse readResponse(QTcpSocket& socket, int timeoutMs, QByteArray* pending = nullptr)
{
    RawResponse r;
    QByteArray data = pending ? std::exchange(*pending, QByteArray()) : QByteArray();
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        data += socket.readAll();
        const qsizetype headEnd = data.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            r.head = data.left(headEnd);
            r.status = r.head.mid(9, 3).toInt();
            const qint64 length = r.header("Content-Length").toLongLong();
            if (data.size() - headEnd - 4 >= length) {
                r.body = data.mid(headEnd + 4, length);
                r.complete = true;
                if (pending)
                    *pending = data.mid(headEnd + 4 + length);
                return r;
            }
        }
        if (deadline.hasExpired() ||
            (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0))
            return r;
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

// Waits until the server closes the connection; returns false if it has not within timeoutMs.
bool waitForServerClose(QTcpSocket& socket, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        socket.readAll();
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}
} // namespace

class TestSandboxConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // One sandbox with a short request timeout (read from the environment at its start).
        qputenv("TOKENCONSOLE_SANDBOX_REQUEST_TIMEOUT_MS", QByteArray::number(requestTimeoutMs));
        QString error;
        const bool started = m_sandbox.start(&error);
        qunsetenv("TOKENCONSOLE_SANDBOX_REQUEST_TIMEOUT_MS");
        QVERIFY2(started, qPrintable(error));
    }

    void partialRequestsAreClosedAfterTheRequestTimeout_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<int>("status"); // 0: closed without an answer
        QTest::newRow("nothing sent") << QByteArray() << 0;
        QTest::newRow("half a request line") << QByteArray("GET /api/v1/acc") << 408;
        QTest::newRow("headers without their end")
            << QByteArray("GET /api/v1/account HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n")
            << 408;
        QTest::newRow("body shorter than announced")
            << QByteArray("POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Content-Length: 40\r\n\r\n{\"login\":")
            << 408;
    }
    void partialRequestsAreClosedAfterTheRequestTimeout()
    {
        QFETCH(QByteArray, sent);
        QFETCH(int, status);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_sandbox.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        QElapsedTimer timer;
        timer.start();
        if (!sent.isEmpty()) {
            socket.write(sent);
            QVERIFY(socket.waitForBytesWritten(5000));
        }
        const RawResponse r = readResponse(socket, 5 * requestTimeoutMs);
        QVERIFY(waitForServerClose(socket, 5 * requestTimeoutMs));
        const qint64 closedAfter = timer.elapsed();
        qInfo("closed %lld ms after the last byte (request timeout %d ms)", closedAfter,
              requestTimeoutMs);
        QVERIFY2(closedAfter >= requestTimeoutMs - 100 && closedAfter < 3 * requestTimeoutMs,
                 qPrintable(QString::number(closedAfter)));
        QCOMPARE(r.status, status);
        if (status != 0) {
            QCOMPARE(r.errorCode(), "request_timeout");
            QCOMPARE(r.header("Connection"), "close");
        }
    }

    // The timeout covers a request on its way in, not a keep-alive connection between requests.
    void idleKeepAliveConnectionsStayOpen()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_sandbox.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray request = "GET /api/v1/account HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        socket.write(request);
        QCOMPARE(readResponse(socket, 5000).status, 401);
        // Nothing happens on the connection for longer than the request timeout.
        QVERIFY(!socket.waitForDisconnected(requestTimeoutMs * 3 / 2));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write(request);
        QCOMPARE(readResponse(socket, 5000).status, 401);
    }

    // A declared Content-Length over 64 KiB gets 413 as soon as the headers are in: the
    // server does not wait for (or buffer) the body.
    void oversizedBodiesAreRefusedBeforeTheyArrive_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("message"); // v2: ON24-style message; empty: v1 error code
        QTest::newRow("1 MB sign-in") << QByteArray("POST /api/v1/sessions HTTP/1.1\r\n"
                                                    "Content-Length: 1000000\r\n")
                                      << QString();
        QTest::newRow("64 KiB + 1") << QByteArray("POST /api/v1/tokens HTTP/1.1\r\n"
                                                  "Content-Length: 65537\r\n")
                                    << QString();
        QTest::newRow("overflowing length")
            << QByteArray("PATCH /api/v1/tokens/x HTTP/1.1\r\n"
                          "Content-Length: 99999999999999999999999999\r\n")
            << QString();
        QTest::newRow("second length header")
            << QByteArray("POST /api/v1/sessions HTTP/1.1\r\nContent-Length: 2\r\n"
                          "Content-Length: 900000\r\n")
            << QString();
        QTest::newRow("v2 path") << QByteArray("GET /v2/client/10001 HTTP/1.1\r\n"
                                               "Content-Length: 500000\r\n")
                                 << QStringLiteral("Request body too large.");
    }
    void oversizedBodiesAreRefusedBeforeTheyArrive()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, message);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_sandbox.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        QElapsedTimer timer;
        timer.start();
        socket.write(head + "Host: 127.0.0.1\r\nContent-Type: application/json\r\n\r\n{");
        // Well before the request timeout: the answer does not wait for the body.
        const RawResponse r = readResponse(socket, requestTimeoutMs / 2);
        QVERIFY2(r.complete, r.head.constData());
        qInfo("413 after %lld ms", timer.elapsed());
        QCOMPARE(r.status, 413);
        QCOMPARE(r.header("Connection"), "close");
        if (message.isEmpty())
            QCOMPARE(r.errorCode(), "body_too_large");
        else
            QCOMPARE(QJsonDocument::fromJson(r.body).object().value("message").toString(), message);
        // The client may keep sending; the server reads and drops it, then closes.
        socket.write(QByteArray(200 * 1024, 'x'));
        QVERIFY(waitForServerClose(socket, 5 * requestTimeoutMs));
    }

    void oversizedHeadersAreRefused()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_sandbox.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/v1/account HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < 70; ++i)
            socket.write("X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'f') +
                         "\r\n");
        const RawResponse r = readResponse(socket, requestTimeoutMs / 2);
        QVERIFY2(r.complete, r.head.constData());
        QCOMPARE(r.status, 431);
        QCOMPARE(r.errorCode(), "headers_too_large");
        QVERIFY(waitForServerClose(socket, 5 * requestTimeoutMs));
    }

    // Requests sent back to back on one connection are all answered, in order; one that
    // announces too much is refused after the ones before it were answered.
    void pipelinedRequestsAreAnsweredInOrder()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_sandbox.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray signIn = R"({"login":"admin@acme.example","password":"wrong"})";
        socket.write("GET /api/v1/account HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                     "POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                     QByteArray::number(signIn.size()) + "\r\n\r\n" + signIn +
                     "GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                     "POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Length: 5000000\r\n\r\n");
        QByteArray pending;
        QCOMPARE(readResponse(socket, 5000, &pending).status, 401);
        QCOMPARE(readResponse(socket, 5000, &pending).errorCode(), "invalid_credentials");
        QCOMPARE(readResponse(socket, 5000, &pending).status, 404);
        const RawResponse refused = readResponse(socket, 5000, &pending);
        QCOMPARE(refused.status, 413);
        QVERIFY(waitForServerClose(socket, 5 * requestTimeoutMs));
    }

    // A 100-token page is about 40 KB. On a reused connection such a response used to wait
    // ~40 ms for the client's delayed ACK (Nagle's algorithm holding back the body's last
    // segment), so one connection got about 22 pages a second.
    void pagesOnAKeepAliveConnectionDoNotStall()
    {
        SandboxProcess sandbox;
        SandboxProcess::Options options;
        options.seed = QStringLiteral("bulk:200");
        QString error;
        QVERIFY2(sandbox.start(options, &error), qPrintable(error));
        ApiClient admin(sandbox.url());
        const QString session =
            admin.signIn(QStringLiteral("admin@bulk.example"), QStringLiteral("sandbox-admin"));
        QVERIFY(!session.isEmpty());

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(sandbox.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray request = "GET /api/v1/tokens?limit=100 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Authorization: Bearer " +
                                   session.toLatin1() + "\r\n\r\n";
        QVector<double> millis;
        qsizetype bodySize = 0;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer timer;
            timer.start();
            socket.write(request);
            const RawResponse r = readResponse(socket, 5000);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            QVERIFY2(r.complete && r.status == 200, r.head.constData());
            bodySize = r.body.size();
            if (i > 0) // the first one opens the connection's caches; the rest reuse it
                millis.append(ms);
        }
        QVERIFY2(bodySize > 31 * 1024 && bodySize < 56 * 1024,
                 qPrintable(QString::number(bodySize)));
        std::sort(millis.begin(), millis.end());
        const double median = (millis.at(9) + millis.at(10)) / 2;
        qInfo("%d requests of %lld bytes on one connection: median %.2f ms, max %.2f ms",
              int(millis.size()), qlonglong(bodySize), median, millis.constLast());
        QVERIFY2(median < 20, qPrintable(QStringLiteral("median %1 ms").arg(median)));
    }

private:
    static constexpr int requestTimeoutMs = 1000;
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxConnections)
#include "TestSandboxConnections.moc"
