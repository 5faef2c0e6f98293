// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

namespace TokenConsole::Testing {

// A fake HTTP server for what the real sandbox cannot be made to do: it answers every request
// with one canned response (malformed JSON, odd ON24 wordings), or - with silent mode - accepts
// the connection and never answers, to provoke timeouts. It counts the requests it saw.
class CannedHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit CannedHttpServer(QObject* parent = nullptr);

    bool start();  // 127.0.0.1, ephemeral port
    QUrl url() const;
    void setResponse(int status, const QByteArray& body,
                     const QByteArray& contentType = "application/json");
    void setSilent(bool silent) { m_silent = silent; }
    int requestCount() const { return m_requests; }
    QByteArray lastRequest() const { return m_lastRequest; }

private:
    void onNewConnection();

    int m_status = 200;
    QByteArray m_body;
    QByteArray m_contentType;
    bool m_silent = false;
    int m_requests = 0;
    QByteArray m_lastRequest;
};

} // namespace TokenConsole::Testing
