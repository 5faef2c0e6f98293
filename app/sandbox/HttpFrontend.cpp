// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpFrontend.h"

#include "SandboxLog.h"
#include "TimeFormat.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <exception>

namespace TokenConsole::Sandbox {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}
} // namespace

HttpFrontend::HttpFrontend(Handler handler, Now now, Refusal refusal,
                           const HttpConnectionGuard::Limits& limits, QObject* parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler)), m_now(std::move(now)),
      m_refusal(std::move(refusal)), m_limits(limits)
{
}

void HttpFrontend::attach(QTcpSocket* socket)
{
    auto* guard = new HttpConnectionGuard(socket, m_limits);
    connect(guard, &HttpConnectionGuard::refused, this, &HttpFrontend::refuse);
}

void HttpFrontend::refuse(QTcpSocket* socket, int status, const QString& path)
{
    Reply reply = m_refusal(status, path);
    reply.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    qCDebug(lcSandbox).noquote() << "Refused" << path << status;
    write(socket, reply);
}

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpConnectionGuard* guard = HttpConnectionGuard::of(socket);
    if (guard && guard->isClosing())
        return true; // already answered (refused); the connection is closing
    Request r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    Reply reply;
    try {
        reply = m_handler(r);
    } catch (const std::exception& e) {
        qCWarning(lcSandbox) << "Request failed:" << e.what();
        reply = Reply::error(500, QStringLiteral("internal_error"),
                             tr("The sandbox failed on this request. Try again; if it keeps "
                                "failing, check the sandbox log."));
    }
    qCDebug(lcSandbox).noquote() << r.method << r.path << reply.status;
    write(socket, reply);
    if (guard)
        guard->requestAnswered();
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this is only a safety net.
    Q_UNUSED(request);
    HttpConnectionGuard* guard = HttpConnectionGuard::of(socket);
    if (guard && guard->isClosing())
        return;
    write(socket, Reply::error(404, QStringLiteral("not_found"),
                               tr("There is no such resource. Check the URL against the API "
                                  "documentation.")));
    if (guard)
        guard->requestAnswered();
}

void HttpFrontend::write(QTcpSocket* socket, const Reply& reply)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(encode(reply, m_now()));
}

QByteArray HttpFrontend::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    default:
        return {};
    }
}

QByteArray HttpFrontend::encode(const Reply& reply, qint64 now)
{
    // One buffer, written with one write(): a small head written apart from a large body
    // left the body's last segment waiting for the client's delayed ACK (Nagle), ~40 ms per
    // response on a reused connection.
    QByteArray out;
    out.reserve(reply.body.size() + 256);
    out.append("HTTP/1.1 ")
        .append(QByteArray::number(reply.status))
        .append(' ')
        .append(reasonPhrase(reply.status))
        .append("\r\nDate: ")
        .append(TimeFormat::httpDate(now))
        .append("\r\n");
    // 204 has no body, so neither Content-Type nor Content-Length (RFC 9110 8.6).
    if (!reply.body.isEmpty())
        out.append("Content-Type: application/json\r\n");
    if (reply.status != 204)
        out.append("Content-Length: ").append(QByteArray::number(reply.body.size())).append("\r\n");
    for (const auto& header : reply.headers)
        out.append(header.first).append(": ").append(header.second).append("\r\n");
    out.append("\r\n").append(reply.body);
    return out;
}

} // namespace TokenConsole::Sandbox
