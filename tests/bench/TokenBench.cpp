// SPDX-License-Identifier: GPL-3.0-or-later
// token-console-bench: the figures behind "built for scale", each against its own baseline in
// the same run. Prints one line per figure (the README's performance section explains each):
//   bench <what> n=<rows> ours_ms=<x> baseline_ms=<y>
//   bench <what> n=<rows> p50_ms=… / p95_ms=… (latencies)
//   bench memory n=<rows> ours_mb=<x> baseline_mb=<y>
// --only model,memory,view,startup,sandbox,fetch runs some of them; --smoke a tiny run.
#include "BaselineModel.h"
#include "BenchSupport.h"
#include "SandboxBench.h"
#include "StartupBench.h"
#include "ViewBench.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <malloc.h>

using namespace TokenConsole;

namespace {

using Bench::BenchSupport;

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

void modelBenchmarks(int n)
{
    const TokenList tokens = BenchSupport::generate(n);
    const TokenList refreshed = touched(tokens);

    TokenTableModel ours;
    ours.setNow(QDateTime::currentDateTimeUtc());
    TokenFilterModel oursProxy;
    Bench::BaselineModel baseline;

    // Load: the model filled and its proxy ready to answer.
    const qint64 oursLoad = BenchSupport::timed([&] {
        ours.refresh(tokens);
        oursProxy.setSourceModel(&ours);
        (void)oursProxy.rowCount();
    });
    const qint64 baseLoad = BenchSupport::timed([&] {
        baseline.load(tokens);
        baseline.proxy().setSourceModel(&baseline.model());
        (void)baseline.proxy().rowCount();
    });
    BenchSupport::out() << "bench load n=" << n << " ours_ms=" << BenchSupport::ms(oursLoad) << " baseline_ms=" << BenchSupport::ms(baseLoad) << Qt::endl;

    const qint64 oursSort = BenchSupport::timed([&] { oursProxy.sort(TokenTableModel::LastActivityColumn, Qt::DescendingOrder); });
    const qint64 baseSort = BenchSupport::timed([&] { baseline.proxy().sort(TokenTableModel::LastActivityColumn, Qt::DescendingOrder); });
    BenchSupport::out() << "bench sort n=" << n << " ours_ms=" << BenchSupport::ms(oursSort) << " baseline_ms=" << BenchSupport::ms(baseSort) << Qt::endl;

    // One keystroke: the first letter typed into the search field of a sorted view.
    const qint64 oursFilter = BenchSupport::timed([&] { oursProxy.setFilterText(QStringLiteral("s")); });
    const qint64 baseFilter = BenchSupport::timed([&] { baseline.proxy().setFilterFixedString(QStringLiteral("s")); });
    BenchSupport::out() << "bench filter n=" << n << " ours_ms=" << BenchSupport::ms(oursFilter) << " baseline_ms=" << BenchSupport::ms(baseFilter) << Qt::endl;
    if (oursProxy.rowCount() != baseline.proxy().rowCount() && n <= 1000)
        qWarning("filter results differ: %d vs %d", oursProxy.rowCount(), baseline.proxy().rowCount());
    oursProxy.setFilterText(QString());
    baseline.proxy().setFilterFixedString(QString());

    // Update: merge a refresh in which 1% of the rows changed, into the sorted view.
    const qint64 oursUpdate = BenchSupport::timed([&] { ours.refresh(refreshed); });
    const qint64 baseUpdate = BenchSupport::timed([&] { baseline.update(refreshed); });
    BenchSupport::out() << "bench update n=" << n << " ours_ms=" << BenchSupport::ms(oursUpdate) << " baseline_ms=" << BenchSupport::ms(baseUpdate) << Qt::endl;
}

// In a fresh child process: the resident memory it takes to hold n tokens in a view-ready model.
int memoryChild(const QString& which, int n)
{
    malloc_trim(0);
    const qint64 before = BenchSupport::residentBytes();
    TokenTableModel ours;
    TokenFilterModel oursProxy;
    Bench::BaselineModel baseline;
    {
        TokenList tokens = BenchSupport::generate(n);
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
    const qint64 after = BenchSupport::residentBytes();
    BenchSupport::out() << QString::number(double(after - before) / (1024.0 * 1024.0), 'f', 1) << Qt::endl;
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

} // namespace

int main(int argc, char* argv[])
{
    // The windows are measured offscreen, the same on every machine; a temporary home keeps
    // the settings, profiles and demo data of the runs away from the user's own.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QTemporaryDir> home;
    if (!raw.contains(QStringLiteral("--memory-child")) && !raw.contains(QStringLiteral("--bare-window"))) {
        home = std::make_unique<QTemporaryDir>();
        for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(name, QFile::encodeName(home->filePath(QString::fromLatin1(name))));
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("token-console-bench"));
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--memory-child"))
        return memoryChild(args.at(2), args.at(3).toInt());
    if (args.size() == 4 && args.at(1) == QLatin1String("--bare-window"))
        return Bench::StartupBench::bareWindowChild(args.at(2).toInt(), args.at(3));

    // One-time locale set-up is nobody's cost: pay it before any clock runs.
    (void)QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    if (args.contains(QStringLiteral("--smoke"))) {
        modelBenchmarks(1000);
        BenchSupport::out() << "bench memory n=1000 ours_mb=" << runMemoryChild(QStringLiteral("ours"), 1000)
                            << " baseline_mb=" << runMemoryChild(QStringLiteral("baseline"), 1000) << Qt::endl;
        Bench::ViewBench::run(300);
        Bench::SandboxBench::pageLatency(300);
        return 0;
    }
    QStringList only;
    const int onlyAt = int(args.indexOf(QStringLiteral("--only")));
    if (onlyAt > 0 && onlyAt + 1 < args.size())
        only = args.at(onlyAt + 1).split(QLatin1Char(','));
    const auto wanted = [&only](const char* part) { return only.isEmpty() || only.contains(QLatin1String(part)); };

    if (wanted("model")) {
        for (int n : {1000, 10000, 100000})
            modelBenchmarks(n);
    }
    if (wanted("memory")) {
        for (int n : {1000, 10000, 100000}) {
            BenchSupport::out() << "bench memory n=" << n << " ours_mb=" << runMemoryChild(QStringLiteral("ours"), n)
                                << " baseline_mb=" << runMemoryChild(QStringLiteral("baseline"), n) << Qt::endl;
        }
    }
    // --n N: the view benchmarks at one size only (while working on one figure).
    const int sizeAt = int(args.indexOf(QStringLiteral("--n")));
    const int size = sizeAt > 0 && sizeAt + 1 < args.size() ? args.at(sizeAt + 1).toInt() : 0;
    if (wanted("view")) {
        for (int n : size > 0 ? QList<int>{size} : QList<int>{10000, 100000})
            Bench::ViewBench::run(n);
    }
    if (wanted("startup")) {
        for (int n : {3, 10000})
            Bench::StartupBench::run(n);
    }
    if (wanted("sandbox"))
        Bench::SandboxBench::pageLatency(100000);
    if (wanted("fetch"))
        Bench::SandboxBench::fetch(100000);
    return 0;
}
