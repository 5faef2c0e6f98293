#include "HttpFrontend.h"

#include "SandboxLog.h"
#include "TimeFormat.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
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

HttpFrontend::HttpFrontend(Handler handler, Now now, QObject* parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler)), m_now(std::move(now))
{
}

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
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
    write(request, socket, reply);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this is only a safety net.
    write(request, socket,
          Reply::error(404, QStringLiteral("not_found"),
                       tr("There is no such resource. Check the URL against the API "
                          "documentation.")));
}

void HttpFrontend::write(const QHttpServerRequest& request, QTcpSocket* socket, const Reply& reply)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    QHttpServerResponse response =
        reply.body.isEmpty()
            ? QHttpServerResponse(status)
            : QHttpServerResponse(QByteArrayLiteral("application/json"), reply.body, status);
    response.addHeader(QByteArrayLiteral("Date"), TimeFormat::httpDate(m_now()));
    for (const auto& header : reply.headers)
        response.addHeader(header.first, header.second);
    response.write(makeResponder(request, socket));
}

} // namespace TokenConsole::Sandbox
