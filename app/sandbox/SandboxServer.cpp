// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include "AdminApi.h"
#include "Clock.h"
#include "Database.h"
#include "HttpFrontend.h"
#include "HttpListener.h"
#include "InactivitySweeper.h"
#include "On24Api.h"
#include "RateLimiter.h"
#include "RouteTable.h"
#include "SandboxLog.h"
#include "Seeder.h"
#include "TimeFormat.h"
#include "TokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <cmath>

namespace TokenConsole::Sandbox {

class SandboxServer::Private
{
public:
    Private() : tokens(db), admin(db, tokens, clock, limiter), sweeper(tokens, clock) {}

    Reply dispatch(const Request& request);
    static Reply refusal(int status, const QString& path);
    Reply advanceClock(const Request& request);

    Options options;
    Clock clock;
    Database db;
    TokenStore tokens;
    RateLimiter limiter;
    AdminApi admin;
    std::unique_ptr<On24Api> on24;
    InactivitySweeper sweeper;
    std::unique_ptr<HttpFrontend> http;
    QUrl url;
};

Reply SandboxServer::Private::dispatch(const Request& request)
{
    const bool on24Path = request.path.startsWith(QLatin1String("/v2/"));
    if (request.body.size() > AdminApi::maxBodyBytes) {
        return on24Path ? Reply::on24Error(413, QStringLiteral("Request body too large."))
                        : AdminApi::bodyTooLarge();
    }
    const auto match = RouteTable::match(request.method, request.path, options.clockControl);
    if (match.result == RouteTable::Match::Result::NotFound) {
        return on24Path ? On24Api::notFound(request.path)
                        : Reply::error(404, QStringLiteral("not_found"),
                                       SandboxServer::tr("There is no such resource. Check the "
                                                         "URL against the API documentation."));
    }
    if (match.result == RouteTable::Match::Result::MethodNotAllowed) {
        Reply reply =
            on24Path ? Reply::on24Error(405, QStringLiteral("Method not allowed."))
                     : Reply::error(405, QStringLiteral("method_not_allowed"),
                                    SandboxServer::tr("This resource does not support "
                                                      "%1. Allowed: %2.")
                                        .arg(QString::fromLatin1(request.method),
                                             QString::fromLatin1(match.allowedMethods.join(", "))));
        reply.headers.append({QByteArrayLiteral("Allow"), match.allowedMethods.join(", ")});
        return reply;
    }
    Request routed = request;
    routed.params = match.params;
    switch (match.id) {
    case RouteId::On24Client:
    case RouteId::On24Events:
    case RouteId::On24EventRegistrants:
    case RouteId::On24EventAttendees:
    case RouteId::On24Users:
        return on24->handle(match.id, routed);
    case RouteId::SandboxClock:
        return advanceClock(routed);
    default:
        return admin.handle(match.id, routed);
    }
}

Reply SandboxServer::Private::refusal(int status, const QString& path)
{
    // v2 answers in ON24's shape; ON24 documents no such errors, so the texts are plain.
    const bool on24Path = path.startsWith(QLatin1String("/v2/"));
    switch (status) {
    case 408:
        return on24Path ? Reply::on24Error(408, QStringLiteral("Request timeout."))
                        : AdminApi::requestTimeout();
    case 431:
        return on24Path ? Reply::on24Error(431, QStringLiteral("Request headers too large."))
                        : AdminApi::headersTooLarge();
    default:
        return on24Path ? Reply::on24Error(413, QStringLiteral("Request body too large."))
                        : AdminApi::bodyTooLarge();
    }
}

Reply SandboxServer::Private::advanceClock(const Request& request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return AdminApi::invalidJson();
    const QJsonValue days = doc.object().value(QStringLiteral("advanceDays"));
    const double d = days.toDouble(-1);
    if (!doc.isObject() || !days.isDouble() || d < 0 || d > 36500 || std::floor(d) != d) {
        return Reply::error(422, QStringLiteral("invalid_request"),
                            SandboxServer::tr("Send {\"advanceDays\": N} with N a whole number "
                                              "from 0 to 36500."));
    }
    clock.advanceDays(int(d)); // the sweeper runs synchronously on advanced()
    qCInfo(lcSandbox) << "Clock advanced by" << int(d) << "day(s)";
    return Reply::json(200,
                       QJsonObject{{QStringLiteral("now"), TimeFormat::rfc3339(clock.nowSecs())},
                                   {QStringLiteral("offsetSeconds"), clock.offsetSecs()}});
}

SandboxServer::SandboxServer(QObject* parent) : QObject(parent), d(std::make_unique<Private>()) {}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(const Options& options, QString* error)
{
    QString why;
    auto fail = [&](const QString& message) {
        qCWarning(lcSandbox).noquote() << message;
        if (error)
            *error = message;
        return false;
    };
    if (d->http)
        return fail(tr("The sandbox is already running."));
    if (options.dataDirectory.isEmpty())
        return fail(tr("No data folder given for the sandbox. Pass one (--data DIR)."));
    if (!Seeder::isValid(options.seed, &why))
        return fail(why);
    d->options = options;
    if (!d->db.open(options.dataDirectory, &why))
        return fail(why);
    bool seeded = false;
    if (!Seeder::apply(d->db, options.seed, d->clock.nowSecs(), &why, &seeded))
        return fail(why);
    if (!seeded && d->db.hasData())
        qCInfo(lcSandbox) << "Using the existing data in" << options.dataDirectory;
    d->on24 = std::make_unique<On24Api>(d->db, d->tokens, d->clock,
                                        qMax<qint64>(0, options.dailyCallQuota));
    HttpConnectionGuard::Limits limits;
    limits.requestTimeoutMs = qMax(1, options.requestTimeoutMs);
    limits.maxBodyBytes = AdminApi::maxBodyBytes;
    d->http = std::make_unique<HttpFrontend>(
        [this](const Request& request) { return d->dispatch(request); },
        [this] { return d->clock.nowSecs(); }, &Private::refusal, limits);
    auto* tcp = new HttpListener(d->http.get());
    QObject::connect(tcp, &HttpListener::accepted, d->http.get(), &HttpFrontend::attach,
                     Qt::DirectConnection);
    if (!tcp->listen(options.address, options.port)) {
        const QString reason = tcp->errorString();
        d->http.reset();
        d->on24.reset();
        d->db.close(); // so a later start() can open it again
        return fail(tr("Cannot listen on %1:%2 (%3). Pick another address or port.")
                        .arg(options.address.toString())
                        .arg(options.port)
                        .arg(reason));
    }
    d->http->bind(tcp);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(options.address.toString());
    url.setPort(tcp->serverPort());
    d->url = url;
    d->sweeper.start();
    qCInfo(lcSandbox).noquote() << "Sandbox listening on" << url.toString();
    return true;
}

QUrl SandboxServer::url() const
{
    return d->url;
}

QString SandboxServer::embeddedDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/sandbox");
}

} // namespace TokenConsole::Sandbox
