// SPDX-License-Identifier: GPL-3.0-or-later
// token-console-bench: the figures behind "built for scale". Prints one line per figure:
//   bench <what> n=<rows> ours_ms=<x> baseline_ms=<y>
//   bench memory n=<rows> ours_mb=<x> baseline_mb=<y>
//   bench fetch n=<rows> ours_ms=<x> baseline_ms=<y>
#include "BaselineModel.h"
#include "api/AdminClient.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>
#include <algorithm>
#include <malloc.h>
#include <unistd.h>

using namespace TokenConsole;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString ms(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 2);
}

// Tokens as a refresh would decode them: every string its own allocation.
TokenList generate(int n)
{
    QRandomGenerator random(20261128);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    static const char* const purposes[] = {"Salesforce", "Marketo", "Tableau", "BI warehouse",
                                           "HubSpot", "Eloqua", "Snowflake", "Zapier"};
    const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    TokenList tokens;
    tokens.reserve(n);
    for (int i = 0; i < n; ++i) {
        Token t;
        t.id = QStringLiteral("tok_%1").arg(i, 20, 36, QLatin1Char('0'));
        t.name = QStringLiteral("%1 %2").arg(QLatin1String(purposes[i % 8])).arg(i);
        QString key(32, Qt::Uninitialized);
        for (QChar& c : key)
            c = alphabet.at(random.bounded(int(alphabet.size())));
        t.key = key;
        t.userId = 100000 + i;
        t.login = QStringLiteral("user%1@bulk.example").arg(i, 7, 10, QLatin1Char('0'));
        t.createdAt = now.addSecs(-qint64(random.bounded(400 * 86400)));
        t.createdBy = QString::fromLatin1("admin@bulk.example");
        const bool disabled = i % 10 == 0;
        t.lastActivityAt = i % 7 == 0 ? QDateTime() : now.addSecs(-qint64(random.bounded(59 * 86400)));
        t.inactiveSince = t.lastActivityAt.isValid() ? t.lastActivityAt : t.createdAt;
        if (disabled) {
            t.status = Token::Status::Disabled;
            t.disabledReason = i % 20 == 0 ? Token::DisabledReason::Inactivity : Token::DisabledReason::Manual;
            t.disabledAt = now.addSecs(-3600);
        } else {
            t.autoDisableAt = t.inactiveSince.addDays(60);
        }
        t.version = 1 + i % 5;
        tokens.append(t);
    }
    return tokens;
}

// A refresh in which 1% of the tokens were used just now.
TokenList touched(TokenList tokens)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < int(tokens.size()); i += 100) {
        Token& t = tokens[i];
        t.lastActivityAt = now;
        if (t.isActive()) {
            t.inactiveSince = now;
            t.autoDisableAt = now.addDays(60);
        }
        ++t.version;
    }
    return tokens;
}

template <typename F>
qint64 timed(F&& f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed();
}

void modelBenchmarks(int n)
{
    const TokenList tokens = generate(n);
    const TokenList refreshed = touched(tokens);

    TokenTableModel ours;
    ours.setNow(QDateTime::currentDateTimeUtc());
    TokenFilterModel oursProxy;
    Bench::BaselineModel baseline;

    // Load: the model filled and its proxy ready to answer.
    const qint64 oursLoad = timed([&] {
        ours.refresh(tokens);
        oursProxy.setSourceModel(&ours);
        (void)oursProxy.rowCount();
    });
    const qint64 baseLoad = timed([&] {
        baseline.load(tokens);
        baseline.proxy().setSourceModel(&baseline.model());
        (void)baseline.proxy().rowCount();
    });
    out() << "bench load n=" << n << " ours_ms=" << ms(oursLoad) << " baseline_ms=" << ms(baseLoad) << Qt::endl;

    const qint64 oursSort = timed([&] { oursProxy.sort(TokenTableModel::LastActivityColumn, Qt::DescendingOrder); });
    const qint64 baseSort = timed([&] { baseline.proxy().sort(TokenTableModel::LastActivityColumn, Qt::DescendingOrder); });
    out() << "bench sort n=" << n << " ours_ms=" << ms(oursSort) << " baseline_ms=" << ms(baseSort) << Qt::endl;

    // One keystroke: the first letter typed into the search field of a sorted view.
    const qint64 oursFilter = timed([&] { oursProxy.setFilterText(QStringLiteral("s")); });
    const qint64 baseFilter = timed([&] { baseline.proxy().setFilterFixedString(QStringLiteral("s")); });
    out() << "bench filter n=" << n << " ours_ms=" << ms(oursFilter) << " baseline_ms=" << ms(baseFilter) << Qt::endl;
    if (oursProxy.rowCount() != baseline.proxy().rowCount() && n <= 1000)
        qWarning("filter results differ: %d vs %d", oursProxy.rowCount(), baseline.proxy().rowCount());
    oursProxy.setFilterText(QString());
    baseline.proxy().setFilterFixedString(QString());

    // Update: merge a refresh in which 1% of the rows changed, into the sorted view.
    const qint64 oursUpdate = timed([&] { ours.refresh(refreshed); });
    const qint64 baseUpdate = timed([&] { baseline.update(refreshed); });
    out() << "bench update n=" << n << " ours_ms=" << ms(oursUpdate) << " baseline_ms=" << ms(baseUpdate) << Qt::endl;
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

// In a fresh child process: the resident memory it takes to hold n tokens in a view-ready model.
int memoryChild(const QString& which, int n)
{
    malloc_trim(0);
    const qint64 before = residentBytes();
    TokenTableModel ours;
    TokenFilterModel oursProxy;
    Bench::BaselineModel baseline;
    {
        TokenList tokens = generate(n);
        if (which == QLatin1String("ours")) {
            ours.refresh(tokens);
            oursProxy.setSourceModel(&ours);
            oursProxy.sort(TokenTableModel::LastActivityColumn);
        } else {
            baseline.load(tokens);
            baseline.proxy().setSourceModel(&baseline.model());
            baseline.proxy().sort(TokenTableModel::LastActivityColumn);
        }
    }  // the decoded list is gone: only what the model keeps remains
    malloc_trim(0);
    const qint64 after = residentBytes();
    out() << QString::number(double(after - before) / (1024.0 * 1024.0), 'f', 1) << Qt::endl;
    return 0;
}

QString runMemoryChild(const QString& which, int n)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--memory-child"), which, QString::number(n)});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        return QStringLiteral("n/a");
    return QString::fromLatin1(child.readAllStandardOutput()).trimmed();
}

QString sandboxPath()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/token-console-sandbox");
    if (QFile::exists(beside))
        return beside;
    if (qEnvironmentVariableIsSet("TOKENCONSOLE_SANDBOX_EXE"))
        return qEnvironmentVariable("TOKENCONSOLE_SANDBOX_EXE");
    return QStringLiteral(TOKENCONSOLE_SANDBOX_PATH);
}

// AdminClient fetching every page against one curl process fetching the same page URLs in
// sequence over one kept-alive connection.
void fetchBenchmark(int n)
{
    QTemporaryDir dir;
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::SeparateChannels);
    sandbox.setStandardErrorFile(QProcess::nullDevice());
    sandbox.start(sandboxPath(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                  QStringLiteral("--data"), dir.path(), QStringLiteral("--seed"),
                                  QStringLiteral("bulk:%1").arg(n)});
    QElapsedTimer seeding;
    seeding.start();
    QByteArray line;
    while (!line.contains('\n') && seeding.elapsed() < 600000 && sandbox.state() != QProcess::NotRunning) {
        sandbox.waitForReadyRead(1000);
        line += sandbox.readAllStandardOutput();
    }
    const QUrl url(QString::fromLatin1(line.trimmed()));
    if (!url.isValid() || url.port() <= 0) {
        out() << "bench fetch n=" << n << " ours_ms=n/a baseline_ms=n/a (sandbox did not start)" << Qt::endl;
        return;
    }

    AdminClient client(url);
    client.setTimeout(120000);
    QEventLoop loop;
    bool signedIn = false;
    client.signIn(QStringLiteral("admin@bulk.example"), QStringLiteral("sandbox-admin"), &loop,
                  [&](const Result<Session>& r) {
                      signedIn = r.ok();
                      loop.quit();
                  });
    loop.exec();
    if (!signedIn) {
        out() << "bench fetch n=" << n << " ours_ms=n/a baseline_ms=n/a (sign-in failed)" << Qt::endl;
        return;
    }
    const QByteArray bearer = "Bearer " + client.session().token.toUtf8();

    // First pass: learn the page URLs (the cursors) for curl.
    QStringList pages;
    {
        QNetworkAccessManager network;
        QString cursor;
        do {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
            QUrl page = url;
            page.setPath(QStringLiteral("/api/v1/tokens"));
            page.setQuery(query);
            pages << page.toString(QUrl::FullyEncoded);
            QNetworkRequest request(page);
            request.setRawHeader("Authorization", bearer);
            QNetworkReply* reply = network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            cursor = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("nextCursor")).toString();
            reply->deleteLater();
        } while (!cursor.isEmpty() && pages.size() < 10000);
    }

    const auto runOurs = [&] {
        int count = 0;
        const qint64 ns = timed([&] {
            client.fetchAllTokens(&loop, [&](const Result<TokenList>& r) {
                count = r.ok() ? int(r.value.size()) : -1;
                loop.quit();
            });
            loop.exec();
        });
        return count == n ? ns : -1;
    };
    QByteArray config = "silent\nheader = \"Authorization: " + bearer + "\"\nheader = \"Accept: application/json\"\n";
    for (const QString& page : pages)
        config += "url = \"" + page.toLatin1() + "\"\noutput = \"/dev/null\"\n";
    const auto runCurl = [&] {
        QProcess curl;
        return timed([&] {
            // The session travels on stdin, never on the command line.
            curl.start(QStringLiteral("curl"), {QStringLiteral("-K"), QStringLiteral("-")});
            if (!curl.waitForStarted(10000))
                return;
            curl.write(config);
            curl.closeWriteChannel();
            curl.waitForFinished(600000);
        }) * (curl.exitStatus() == QProcess::NormalExit && curl.exitCode() == 0 ? 1 : -1);
    };

    runOurs();  // warm-up: the sandbox's caches, the connection
    qint64 bestOurs = std::numeric_limits<qint64>::max(), bestCurl = std::numeric_limits<qint64>::max();
    for (int round = 0; round < 3; ++round) {
        const qint64 o = runOurs();
        const qint64 c = runCurl();
        if (o > 0)
            bestOurs = qMin(bestOurs, o);
        if (c > 0)
            bestCurl = qMin(bestCurl, c);
    }
    const auto show = [](qint64 v) {
        return v == std::numeric_limits<qint64>::max() ? QStringLiteral("n/a") : ms(v);
    };
    out() << "bench fetch n=" << n << " ours_ms=" << show(bestOurs) << " baseline_ms=" << show(bestCurl)
          << Qt::endl;
    sandbox.terminate();
    sandbox.waitForFinished(10000);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("token-console-bench"));
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--memory-child"))
        return memoryChild(args.at(2), args.at(3).toInt());

    if (args.contains(QStringLiteral("--smoke"))) {
        (void)QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
        modelBenchmarks(1000);
        out() << "bench memory n=1000 ours_mb=" << runMemoryChild(QStringLiteral("ours"), 1000)
              << " baseline_mb=" << runMemoryChild(QStringLiteral("baseline"), 1000) << Qt::endl;
        return 0;
    }
    // One-time locale set-up is nobody's cost: pay it before any clock runs.
    (void)QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    const bool skipFetch = args.contains(QStringLiteral("--no-fetch"));
    if (args.contains(QStringLiteral("--fetch-only"))) {
        fetchBenchmark(100000);
        return 0;
    }
    for (int n : {1000, 10000, 100000})
        modelBenchmarks(n);
    for (int n : {1000, 10000, 100000}) {
        out() << "bench memory n=" << n << " ours_mb=" << runMemoryChild(QStringLiteral("ours"), n)
              << " baseline_mb=" << runMemoryChild(QStringLiteral("baseline"), n) << Qt::endl;
    }
    if (!skipFetch)
        fetchBenchmark(100000);
    return 0;
}
