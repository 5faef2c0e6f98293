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

// Reads one response (head, then Content-Length bytes of body) within a deadline.
RawResponse readResponse(QTcpSocket& socket, int timeoutMs)
{
    RawResponse r;
    QByteArray data;
    QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (!deadline.hasExpired()) {
        data += socket.readAll();
        if (headEnd < 0 && (headEnd = data.indexOf("\r\n\r\n")) >= 0) {
            r.head = data.left(headEnd);
            r.status = r.head.mid(9, 3).toInt();
            length = r.header("Content-Length").toLongLong();
        }
        if (headEnd >= 0 && data.size() - headEnd - 4 >= length) {
            r.body = data.mid(headEnd + 4, length);
            r.complete = true;
            return r;
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return r;
}
} // namespace

class TestSandboxConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
};

QTEST_GUILESS_MAIN(TestSandboxConnections)
#include "TestSandboxConnections.moc"
