// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AdminClient.h"

#include <QPointer>
#include <QThreadPool>

#include "Logging.h"
#include "api/ApiJob.h"
#include "model/TokenCodec.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimeZone>
#include <chrono>
#include <deque>
#include <future>
#include <memory>
#include <optional>

namespace TokenConsole {

namespace {

ApiError badResponse(const QString& why)
{
    ApiError error(ApiError::Kind::BadResponse);
    error.setDetails(why);
    return error;
}

// The body of a successful response as a JSON object, or a bad-response error.
bool parseObject(const QByteArray& body, QJsonObject* out, ApiError* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = badResponse(QStringLiteral("invalid JSON: %1").arg(parseError.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        *error = badResponse(QStringLiteral("expected a JSON object"));
        return false;
    }
    *out = doc.object();
    return true;
}

bool parseObject(ApiJob* job, QJsonObject* out, ApiError* error)
{
    return parseObject(job->body(), out, error);
}

template <typename T, typename Decode>
bool decodeItems(const QJsonObject& page, Decode decode, QVector<T>* out, ApiError* error)
{
    const QJsonValue items = page.value(QStringLiteral("items"));
    if (!items.isArray()) {
        *error = badResponse(QStringLiteral("field \"items\": expected an array"));
        return false;
    }
    const QJsonArray array = items.toArray();
    // Only the first page reserves: reserving exactly per page would defeat the vector's
    // geometric growth and copy every token already read, page after page.
    if (out->isEmpty())
        out->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        QString why;
        auto value = item.isObject() ? decode(item.toObject(), &why) : std::nullopt;
        if (!value) {
            *error = badResponse(QStringLiteral("item %1: %2").arg(i).arg(why.isEmpty() ? QStringLiteral("expected an object") : why));
            return false;
        }
        out->append(std::move(*value));
    }
    return true;
}

// nextCursor: a string to follow, null at the end; anything else is malformed.
bool readCursor(const QJsonObject& page, QString* cursor, ApiError* error)
{
    const QJsonValue next = page.value(QStringLiteral("nextCursor"));
    if (next.isNull() || next.isUndefined()) {
        cursor->clear();
        return true;
    }
    if (!next.isString() || next.toString().isEmpty()) {
        *error = badResponse(QStringLiteral("field \"nextCursor\": expected a string or null"));
        return false;
    }
    *cursor = next.toString();
    return true;
}

// A fast guess at a page's nextCursor from the raw bytes (the key sorts last in the object),
// so the next request can leave before this page is parsed. Only a plain answer counts: null
// or a string without escapes. The full parse confirms the guess.
std::optional<QString> guessCursor(const QByteArray& body)
{
    const QByteArray key = QByteArrayLiteral("\"nextCursor\"");
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0)
        return std::nullopt;
    qsizetype i = at + key.size();
    const auto skipSpace = [&] {
        while (i < body.size() && (body.at(i) == ' ' || body.at(i) == '\n' || body.at(i) == '\r' || body.at(i) == '\t'))
            ++i;
    };
    skipSpace();
    if (i >= body.size() || body.at(i) != ':')
        return std::nullopt;
    ++i;
    skipSpace();
    if (body.mid(i, 4) == "null")
        return QString();
    if (i >= body.size() || body.at(i) != '"')
        return std::nullopt;
    const qsizetype end = body.indexOf('"', i + 1);
    if (end < 0)
        return std::nullopt;
    const QByteArray value = body.mid(i + 1, end - i - 1);
    if (value.isEmpty() || value.contains('\\'))
        return std::nullopt;
    return QString::fromUtf8(value);
}

QDateTime parseHttpDate(const QByteArray& value)
{
    // IMF-fixdate, e.g. "Sat, 28 Nov 2026 16:04:04 GMT" (RFC 9110).
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime t = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::RFC2822Date);
    else
        t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

AdminClient::AdminClient(const QUrl& baseUrl, QObject* parent)
    : QObject(parent), m_baseUrl(baseUrl), m_network(new QNetworkAccessManager(this))
{
}

AdminClient::~AdminClient() = default;

ApiError AdminClient::checkUrl(const QUrl& url)
{
    ApiError refused(ApiError::Kind::InsecureUrl);
    refused.setDetails(url.toDisplayString());
    if (!url.isValid() || url.host().isEmpty())
        return refused;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return refused;
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return {};
    const QHostAddress address(host);
    if (!address.isNull() && address.isLoopback())
        return {};
    return refused;
}

QDateTime AdminClient::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockSkewMs);
}

QUrl AdminClient::endpoint(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query.isEmpty() ? QUrlQuery() : query);
    return url;
}

ApiJob* AdminClient::createJob(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                               const QByteArray& ifMatch)
{
    QNetworkRequest request(url);
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch);
    if (!m_session.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_session.token.toUtf8());
    auto* job = new ApiJob(m_network, request, verb, body, this);
    job->setTimeout(m_timeoutMs);
    return job;
}

void AdminClient::launch(ApiJob* job, QObject* context, std::function<void(ApiJob*)> handler)
{
    connect(job, &ApiJob::finished, context ? context : this,
            [this, handler = std::move(handler)](ApiJob* finished) {
                observe(finished);
                handler(finished);
            });
    const ApiError refused = checkUrl(job->url());
    if (refused) {
        // Refused before any connection; still reported asynchronously like every result.
        QMetaObject::invokeMethod(job, [job, refused] { job->fail(refused); }, Qt::QueuedConnection);
        return;
    }
    job->start();
}

void AdminClient::observe(ApiJob* job)
{
    const QByteArray date = job->header("Date");
    if (!date.isEmpty()) {
        const QDateTime server = parseHttpDate(date);
        // Date has whole seconds: add half a second to centre the estimate.
        const qint64 skew =
            server.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(server) + 500 : 0;
        // A Date years away is a broken header, not a clock: keep the last plausible skew.
        constexpr qint64 maxSkewMs = 10LL * 366 * 24 * 3600 * 1000;
        if (server.isValid() && qAbs(skew) > maxSkewMs) {
            qCWarning(lcApi) << "ignoring an implausible Date header:" << date;
        } else if (server.isValid()) {
            if (qAbs(skew - m_clockSkewMs) >= 2000) {
                m_clockSkewMs = skew;
                qCInfo(lcApi) << "server clock differs by" << skew << "ms";
                Q_EMIT clockSkewChanged(skew);
            }
        }
    }
    if (job->error().kind() == ApiError::Kind::SessionExpired)
        Q_EMIT sessionExpired();
}

ApiJob* AdminClient::signIn(const QString& login, const QString& password, QObject* context,
                            Callback<Session> done)
{
    QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    const QUrl url = endpoint(QStringLiteral("/api/v1/sessions"));
    // The sign-in request never carries an old session.
    QNetworkRequest request(url);
    auto* job = new ApiJob(m_network, request, "POST",
                           QJsonDocument(body).toJson(QJsonDocument::Compact), this);
    job->setTimeout(m_timeoutMs);
    launch(job, context, [this, done](ApiJob* j) {
        Result<Session> result;
        QJsonObject json;
        if (!(result.error = j->error()) && parseObject(j, &json, &result.error)) {
            QString why;
            if (const auto session = TokenCodec::decodeSession(json, &why)) {
                result.value = *session;
                m_session = *session;
            } else {
                result.error = badResponse(why);
            }
        }
        done(result);
    });
    return job;
}

ApiJob* AdminClient::signOut(QObject* context, Callback<bool> done)
{
    ApiJob* job = createJob("DELETE", endpoint(QStringLiteral("/api/v1/sessions/current")));
    launch(job, context, [this, done](ApiJob* j) {
        Result<bool> result;
        result.error = j->error();
        result.value = !result.error;
        if (result.value)
            m_session = {};
        done(result);
    });
    return job;
}

ApiJob* AdminClient::fetchAccount(QObject* context, Callback<Account> done)
{
    ApiJob* job = createJob("GET", endpoint(QStringLiteral("/api/v1/account")));
    launch(job, context, [this, done](ApiJob* j) {
        Result<Account> result;
        QJsonObject json;
        if (!(result.error = j->error()) && parseObject(j, &json, &result.error)) {
            QString why;
            if (const auto account = TokenCodec::decodeAccount(json, &why)) {
                result.value = *account;
                m_session.account = *account;
            } else {
                result.error = badResponse(why);
            }
        }
        done(result);
    });
    return job;
}

ApiJob* AdminClient::fetchUsers(QObject* context, Callback<QVector<AccountUser>> done)
{
    ApiJob* job = createJob("GET", endpoint(QStringLiteral("/api/v1/users")));
    launch(job, context, [done](ApiJob* j) {
        Result<QVector<AccountUser>> result;
        QJsonObject json;
        if (!(result.error = j->error()) && parseObject(j, &json, &result.error)) {
            if (!decodeItems(json, &TokenCodec::decodeUser, &result.value, &result.error))
                result.value.clear();
        }
        done(result);
    });
    return job;
}

namespace {

// One page of the token list, decoded away from the GUI thread.
struct DecodedPage
{
    TokenList tokens;
    QString cursor;
    ApiError error;
};

DecodedPage decodePage(const QByteArray& body)
{
    DecodedPage page;
    QJsonObject json;
    if (parseObject(body, &json, &page.error) && readCursor(json, &page.cursor, &page.error))
        decodeItems(json, &TokenCodec::decodeToken, &page.tokens, &page.error);
    return page;
}

// The pages of one fetch in flight: each is decoded on its own thread while the next one
// travels, and they are taken back in order on the GUI thread.
struct PageFetch
{
    struct Pending
    {
        std::future<DecodedPage> decoded;
        QString guessedCursor;
    };
    TokenList tokens;
    std::deque<Pending> pending;
    ApiError error;
    AdminClient::PageCallback page;
    QPointer<QObject> context;

    // Takes the decoded pages that are ready (all of them with `wait`); false on an error.
    bool collect(bool wait)
    {
        while (!error && !pending.empty()) {
            Pending& next = pending.front();
            if (!wait && next.decoded.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
                break;
            DecodedPage decoded = next.decoded.get();
            const QString guessed = next.guessedCursor;
            pending.pop_front();
            if (decoded.error) {
                error = decoded.error;
            } else if (decoded.cursor != guessed) {
                // The next request already left with the guessed cursor: it cannot be trusted.
                error = badResponse(QStringLiteral("field \"nextCursor\": not the value it seemed"));
            } else {
                if (tokens.isEmpty())
                    tokens.reserve(decoded.tokens.size());
                tokens.append(decoded.tokens);
                if (page && context && !decoded.tokens.isEmpty())
                    page(decoded.tokens);
            }
        }
        return !error;
    }
};

} // namespace

ApiJob* AdminClient::fetchAllTokens(QObject* context, Callback<TokenList> done, int pageSize,
                                    PageCallback page)
{
    pageSize = qBound(1, pageSize, 1000);
    const auto pageUrl = [this, pageSize](const QString& cursor) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        return endpoint(QStringLiteral("/api/v1/tokens"), query);
    };
    auto fetch = std::make_shared<PageFetch>();
    fetch->page = std::move(page);
    fetch->context = context;
    ApiJob* job = createJob("GET", pageUrl({}));
    job->setContinuation([this, fetch, pageUrl](ApiJob* j) {
        observe(j);
        const QByteArray body = j->body();  // shared: the next request clears the job's own
        // Ask for the next page first, then decode this one on another thread while it
        // travels. Without a plain nextCursor to read ahead, the page is decoded here.
        const std::optional<QString> guess = guessCursor(body);
        if (guess) {
            if (!guess->isEmpty())
                j->followUp(pageUrl(*guess));
            // On the shared pool: its few threads (and their malloc arenas) are reused from page
            // to page and refresh to refresh, where a thread per page would scatter the tokens
            // over many arenas and grow the process with every refresh.
            auto decoded = std::make_shared<std::promise<DecodedPage>>();
            fetch->pending.push_back({decoded->get_future(), *guess});
            QThreadPool::globalInstance()->start(
                [decoded, body] { decoded->set_value(decodePage(body)); });
            if (!fetch->collect(false))
                j->fail(fetch->error);
            return;
        }
        if (!fetch->collect(true)) {
            j->fail(fetch->error);
            return;
        }
        DecodedPage decoded = decodePage(body);
        if (decoded.error) {
            j->fail(decoded.error);
            return;
        }
        if (!decoded.cursor.isEmpty())
            j->followUp(pageUrl(decoded.cursor));
        fetch->pending.push_back({std::async(std::launch::deferred, [decoded] { return decoded; }),
                                  decoded.cursor});
        fetch->collect(true);
    });
    launch(job, context, [done, fetch](ApiJob* j) {
        Result<TokenList> result;
        result.error = j->error();
        if (!result.error && !fetch->collect(true))
            result.error = fetch->error;
        if (!result.error)
            result.value = std::move(fetch->tokens);
        done(result);
    });
    return job;
}

namespace {

// A response that is one Token object.
Result<Token> tokenResult(ApiJob* j)
{
    Result<Token> result;
    QJsonObject json;
    if (!(result.error = j->error()) && parseObject(j, &json, &result.error)) {
        QString why;
        if (const auto token = TokenCodec::decodeToken(json, &why))
            result.value = *token;
        else
            result.error = badResponse(why);
    }
    return result;
}

QString idPath(const QString& id, const QString& suffix = {})
{
    return QStringLiteral("/api/v1/tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) + suffix;
}

} // namespace

ApiJob* AdminClient::fetchToken(const QString& id, QObject* context, Callback<Token> done)
{
    ApiJob* job = createJob("GET", endpoint(idPath(id)));
    launch(job, context, [done](ApiJob* j) { done(tokenResult(j)); });
    return job;
}

ApiJob* AdminClient::provision(qint64 userId, const QString& name, const QStringList& access,
                               QObject* context, Callback<ProvisionedToken> done)
{
    QJsonObject body{{QStringLiteral("userId"), userId}, {QStringLiteral("name"), name}};
    body.insert(QStringLiteral("access"), access.isEmpty()
                    ? QJsonValue(QStringLiteral("all_endpoints"))
                    : QJsonValue(QJsonArray::fromStringList(access)));
    ApiJob* job = createJob("POST", endpoint(QStringLiteral("/api/v1/tokens")),
                            QJsonDocument(body).toJson(QJsonDocument::Compact));
    launch(job, context, [done](ApiJob* j) {
        Result<ProvisionedToken> result;
        QJsonObject json;
        if (!(result.error = j->error()) && parseObject(j, &json, &result.error)) {
            QString why;
            const QJsonValue token = json.value(QStringLiteral("token"));
            const QJsonValue secret = json.value(QStringLiteral("secret"));
            const auto decoded = token.isObject() ? TokenCodec::decodeToken(token.toObject(), &why)
                                                  : std::nullopt;
            if (!decoded)
                result.error = badResponse(why.isEmpty() ? QStringLiteral("field \"token\": expected an object") : why);
            else if (!secret.isString() || secret.toString().isEmpty())
                result.error = badResponse(QStringLiteral("field \"secret\": expected a string"));
            else
                result.value = ProvisionedToken{*decoded, secret.toString()};
        }
        done(result);
    });
    return job;
}

ApiJob* AdminClient::rename(const QString& id, const QString& name, int version,
                            QObject* context, Callback<Token> done)
{
    const QJsonObject body{{QStringLiteral("name"), name}};
    ApiJob* job = createJob("PATCH", endpoint(idPath(id)),
                            QJsonDocument(body).toJson(QJsonDocument::Compact),
                            '"' + QByteArray::number(version) + '"');
    launch(job, context, [done](ApiJob* j) { done(tokenResult(j)); });
    return job;
}

ApiJob* AdminClient::setOwnerAndNotes(const QString& id, const QString& owner,
                                      const QString& notes, int version, QObject* context,
                                      Callback<Token> done)
{
    const QJsonObject body{{QStringLiteral("owner"), owner}, {QStringLiteral("notes"), notes}};
    ApiJob* job = createJob("PATCH", endpoint(idPath(id)),
                            QJsonDocument(body).toJson(QJsonDocument::Compact),
                            '"' + QByteArray::number(version) + '"');
    launch(job, context, [done](ApiJob* j) { done(tokenResult(j)); });
    return job;
}

ApiJob* AdminClient::setAccess(const QString& id, const QStringList& access, int version,
                               QObject* context, Callback<Token> done)
{
    QJsonObject body;
    body.insert(QStringLiteral("access"), access.isEmpty()
                    ? QJsonValue(QStringLiteral("all_endpoints"))
                    : QJsonValue(QJsonArray::fromStringList(access)));
    ApiJob* job = createJob("PATCH", endpoint(idPath(id)),
                            QJsonDocument(body).toJson(QJsonDocument::Compact),
                            '"' + QByteArray::number(version) + '"');
    launch(job, context, [done](ApiJob* j) { done(tokenResult(j)); });
    return job;
}

ApiJob* AdminClient::rotate(const QString& id, int graceHours, QObject* context,
                            Callback<RotatedToken> done)
{
    const QJsonObject body{{QStringLiteral("graceHours"), graceHours}};
    ApiJob* job = createJob("POST", endpoint(idPath(id, QStringLiteral("/rotate"))),
                            QJsonDocument(body).toJson(QJsonDocument::Compact));
    launch(job, context, [done](ApiJob* j) {
        Result<RotatedToken> result;
        QJsonObject json;
        if (!(result.error = j->error()) && parseObject(j, &json, &result.error)) {
            QString why;
            if (const auto rotated = TokenCodec::decodeRotation(json, &why))
                result.value = *rotated;
            else
                result.error = badResponse(why);
        }
        done(result);
    });
    return job;
}

ApiJob* AdminClient::fetchUsage(const QString& id, int days, QObject* context,
                                Callback<TokenUsage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("days"), QString::number(days));
    ApiJob* job = createJob("GET", endpoint(idPath(id, QStringLiteral("/usage")), query));
    launch(job, context, [done](ApiJob* j) {
        Result<TokenUsage> result;
        QJsonObject json;
        if (!(result.error = j->error()) && parseObject(j, &json, &result.error)) {
            QString why;
            if (const auto usage = TokenCodec::decodeUsage(json, &why))
                result.value = *usage;
            else
                result.error = badResponse(why);
        }
        done(result);
    });
    return job;
}

ApiJob* AdminClient::disable(const QString& id, QObject* context, Callback<Token> done)
{
    ApiJob* job = createJob("POST", endpoint(idPath(id, QStringLiteral("/disable"))));
    launch(job, context, [done](ApiJob* j) { done(tokenResult(j)); });
    return job;
}

ApiJob* AdminClient::enable(const QString& id, QObject* context, Callback<Token> done)
{
    ApiJob* job = createJob("POST", endpoint(idPath(id, QStringLiteral("/enable"))));
    launch(job, context, [done](ApiJob* j) { done(tokenResult(j)); });
    return job;
}

ApiJob* AdminClient::fetchActivity(const QString& id, int limit, QObject* context,
                                   Callback<QVector<ActivityEntry>> done)
{
    QUrlQuery query;
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    ApiJob* job = createJob("GET", endpoint(idPath(id, QStringLiteral("/activity")), query));
    launch(job, context, [done](ApiJob* j) {
        Result<QVector<ActivityEntry>> result;
        QJsonObject json;
        if (!(result.error = j->error()) && parseObject(j, &json, &result.error)) {
            if (!decodeItems(json, &TokenCodec::decodeActivity, &result.value, &result.error))
                result.value.clear();
        }
        done(result);
    });
    return job;
}

ApiJob* AdminClient::fetchAudit(int limit, QObject* context, Callback<QVector<AuditEntry>> done)
{
    return fetchAuditAt(QStringLiteral("/api/v1/audit"), limit, context, std::move(done));
}

ApiJob* AdminClient::fetchTokenAudit(const QString& id, int limit, QObject* context,
                                     Callback<QVector<AuditEntry>> done)
{
    return fetchAuditAt(idPath(id, QStringLiteral("/audit")), limit, context, std::move(done));
}

ApiJob* AdminClient::fetchAuditAt(const QString& path, int limit, QObject* context,
                                  Callback<QVector<AuditEntry>> done)
{
    const int pageSize = limit > 0 ? qMin(limit, 1000) : 1000;
    const auto pageUrl = [this, path, pageSize](const QString& cursor) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        return endpoint(path, query);
    };
    auto entries = std::make_shared<QVector<AuditEntry>>();
    ApiJob* job = createJob("GET", pageUrl({}));
    job->setContinuation([this, entries, pageUrl, limit](ApiJob* j) {
        observe(j);
        QJsonObject page;
        ApiError error;
        QString cursor;
        if (!parseObject(j, &page, &error) || !readCursor(page, &cursor, &error)
            || !decodeItems(page, &TokenCodec::decodeAudit, entries.get(), &error)) {
            j->fail(error);
            return;
        }
        if (limit > 0 && entries->size() >= limit) {
            entries->resize(limit);
            return;
        }
        if (!cursor.isEmpty())
            j->followUp(pageUrl(cursor));
    });
    launch(job, context, [done, entries](ApiJob* j) {
        Result<QVector<AuditEntry>> result;
        result.error = j->error();
        if (!result.error)
            result.value = std::move(*entries);
        done(result);
    });
    return job;
}

} // namespace TokenConsole
