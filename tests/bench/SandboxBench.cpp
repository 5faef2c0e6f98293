// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxBench.h"

#include "BenchSandbox.h"
#include "BenchSupport.h"
#include "api/AdminClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QUrlQuery>
#include <limits>

namespace TokenConsole::Bench {

namespace {

using S = BenchSupport;

// A session on the bench sandbox, or an empty string.
QByteArray signIn(AdminClient* client)
{
    QEventLoop loop;
    bool signedIn = false;
    client->signIn(BenchSandbox::adminLogin(), BenchSandbox::adminPassword(), &loop,
                   [&](const Result<Session>& r) {
                       signedIn = r.ok();
                       loop.quit();
                   });
    loop.exec();
    return signedIn ? "Bearer " + client->session().token.toUtf8() : QByteArray();
}

// One curl process fetching `urls` in sequence over one kept-alive connection; the session
// travels on stdin, never on the command line. Returns curl's output and the elapsed time
// (negative when curl failed).
qint64 runCurl(const QByteArray& bearer, const QStringList& urls, const QByteArray& writeOut,
               QByteArray* output)
{
    QByteArray config = "silent\nheader = \"Authorization: " + bearer
        + "\"\nheader = \"Accept: application/json\"\n";
    if (!writeOut.isEmpty())
        config += "write-out = \"" + writeOut + "\"\n";
    for (const QString& url : urls)
        config += "url = \"" + url.toLatin1() + "\"\noutput = \"/dev/null\"\n";
    QProcess curl;
    const qint64 ns = S::timed([&] {
        curl.start(QStringLiteral("curl"), {QStringLiteral("-K"), QStringLiteral("-")});
        if (!curl.waitForStarted(10000))
            return;
        curl.write(config);
        curl.closeWriteChannel();
        curl.waitForFinished(600000);
    });
    if (output)
        *output = curl.readAllStandardOutput();
    return curl.exitStatus() == QProcess::NormalExit && curl.exitCode() == 0 ? ns : -1;
}

} // namespace

void SandboxBench::fetch(int n)
{
    BenchSandbox sandbox(n);
    const QUrl url = sandbox.url();
    AdminClient client(url);
    client.setTimeout(120000);
    const QByteArray bearer = url.isEmpty() ? QByteArray() : signIn(&client);
    if (bearer.isEmpty()) {
        S::out() << "bench fetch n=" << n << " ours_ms=n/a baseline_ms=n/a (no sandbox session)"
                 << Qt::endl;
        return;
    }

    // First pass: learn the page URLs (the cursors) for curl.
    QStringList pages;
    QEventLoop loop;
    {
        QNetworkAccessManager network;
        QString cursor;
        do {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
            QUrl page = url;
            page.setPath(QStringLiteral("/api/v1/tokens"));
            page.setQuery(query);
            pages << page.toString(QUrl::FullyEncoded);
            QNetworkRequest request(page);
            request.setRawHeader("Authorization", bearer);
            QNetworkReply* reply = network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            cursor = QJsonDocument::fromJson(reply->readAll())
                         .object()
                         .value(QStringLiteral("nextCursor"))
                         .toString();
            reply->deleteLater();
        } while (!cursor.isEmpty() && pages.size() < 10000);
    }

    const auto runOurs = [&] {
        int count = 0;
        const qint64 ns = S::timed([&] {
            client.fetchAllTokens(&loop, [&](const Result<TokenList>& r) {
                count = r.ok() ? int(r.value.size()) : -1;
                loop.quit();
            });
            loop.exec();
        });
        return count == n ? ns : -1;
    };

    runOurs();  // warm-up: the sandbox's caches, the connection
    constexpr qint64 none = std::numeric_limits<qint64>::max();
    qint64 bestOurs = none, bestCurl = none;
    for (int round = 0; round < 3; ++round) {
        const qint64 o = runOurs();
        const qint64 c = runCurl(bearer, pages, {}, nullptr);
        if (o > 0)
            bestOurs = qMin(bestOurs, o);
        if (c > 0)
            bestCurl = qMin(bestCurl, c);
    }
    const auto show = [](qint64 v) { return v == none ? QStringLiteral("n/a") : S::ms(v); };
    S::out() << "bench fetch n=" << n << " ours_ms=" << show(bestOurs)
             << " baseline_ms=" << show(bestCurl) << Qt::endl;
}

void SandboxBench::pageLatency(int n)
{
    BenchSandbox sandbox(n);
    AdminClient client(sandbox.url());
    const QByteArray bearer = sandbox.url().isEmpty() ? QByteArray() : signIn(&client);
    if (bearer.isEmpty()) {
        S::out() << "bench sandbox-page n=" << n << " p50_ms=n/a p95_ms=n/a (no sandbox session)"
                 << Qt::endl;
        return;
    }
    // The default page (no limit given), as a script or a first screen asks for it, measured
    // by curl per transfer over its one connection: the server's time, not a client's.
    QUrl page = sandbox.url();
    page.setPath(QStringLiteral("/api/v1/tokens"));
    constexpr int warmUp = 20, samples = 400;
    const QStringList urls(warmUp + samples, page.toString(QUrl::FullyEncoded));
    QByteArray output;
    if (runCurl(bearer, urls, "%{time_total} %{size_download}\\n", &output) < 0) {
        S::out() << "bench sandbox-page n=" << n << " p50_ms=n/a p95_ms=n/a (curl failed)"
                 << Qt::endl;
        return;
    }
    QVector<qint64> times;
    qint64 bytes = 0;
    const QList<QByteArray> lines = output.split('\n');
    for (int i = warmUp; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split(' ');
        if (fields.size() != 2)
            continue;
        times.append(qint64(fields.at(0).toDouble() * 1e9));
        bytes = fields.at(1).toLongLong();
    }
    S::out() << "bench sandbox-page n=" << n << " p50_ms=" << S::ms(S::percentile(times, 50))
             << " p95_ms=" << S::ms(S::percentile(times, 95)) << " page_kib=" << bytes / 1024
             << Qt::endl;
}

} // namespace TokenConsole::Bench
