// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewBench.h"

#include "BareWindow.h"
#include "BenchSandbox.h"
#include "BenchSupport.h"
#include "MainWindow.h"
#include "PaintProbe.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "secrets/InMemorySecretStore.h"
#include "session/ConsoleSession.h"
#include "view/TokenView.h"

#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <malloc.h>

namespace TokenConsole::Bench {

namespace {

using S = BenchSupport;

// Runs the event loop until the probe reports a paint, or `timeoutMs` passed.
bool awaitPaint(PaintProbe* probe, int timeoutMs)
{
    QEventLoop loop;
    bool painted = false;
    const auto c = QObject::connect(probe, &PaintProbe::painted, &loop, [&] {
        painted = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return painted;
}

// The typing script: the narrowing "a" → "ab", back to empty, four digits, back to empty.
QVector<int> script()
{
    return {Qt::Key_A, Qt::Key_B, Qt::Key_Backspace, Qt::Key_Backspace,
            Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4,
            Qt::Key_Backspace, Qt::Key_Backspace, Qt::Key_Backspace, Qt::Key_Backspace};
}

// Keystroke-to-painted-table latencies of the script, typed three times.
QVector<qint64> typeScript(QLineEdit* search, QWidget* table, PaintProbe* probe,
                           const QElapsedTimer& clock)
{
    QVector<qint64> latencies;
    search->setFocus();
    for (int round = 0; round < 3; ++round) {
        for (int key : script()) {
            const qint64 start = clock.nsecsElapsed();
            QTest::keyClick(search, Qt::Key(key));
            // A keystroke that changes no visible row still ends in a painted frame.
            table->update();
            if (!awaitPaint(probe, 5000))
                return {};
            latencies.append(probe->lastPaintNs() - start);
            QTest::qWait(30);  // a fast typist's pause: whatever runs after the paint is done
        }
    }
    return latencies;
}

// A click on a column's header, to the sorted table painted.
qint64 clickHeader(QTableView* view, int column, PaintProbe* probe, const QElapsedTimer& clock)
{
    QHeaderView* header = view->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    const qint64 start = clock.nsecsElapsed();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    if (!awaitPaint(probe, 10000))
        return -1;
    const qint64 took = probe->lastPaintNs() - start;
    QTest::qWait(30);
    return took;
}

QString p(const QVector<qint64>& samples, double percentile)
{
    return samples.isEmpty() ? QStringLiteral("n/a")
                             : S::ms(S::percentile(samples, percentile));
}

} // namespace

void ViewBench::run(int n)
{
    BenchSandbox sandbox(n);
    const QUrl url = sandbox.url();
    if (url.isEmpty()) {
        S::out() << "bench window-load n=" << n << " first_rows_ms=n/a (sandbox did not start)"
                 << Qt::endl;
        return;
    }
    QElapsedTimer clock;
    clock.start();

    MainWindow::Options options;
    options.embeddedPlatform = [url](PlatformEndpoint* endpoint, QString*) {
        endpoint->url = url;
        endpoint->login = BenchSandbox::adminLogin();
        endpoint->password = BenchSandbox::adminPassword();
        endpoint->clientId = BenchSandbox::clientId();
        return true;
    };
    options.secretStoreFactory = [](QObject* parent) { return new InMemorySecretStore(parent); };
    options.useSystemTray = false;
    auto window = std::make_unique<MainWindow>(options);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return;
    TokenView* view = window->tokenView();
    TokenFilterModel* proxy = window->filterModel();
    PaintProbe probe(view->viewport(), [proxy] { return proxy->rowCount(); }, &clock);

    // Sign-in to first rows and to all rows painted; the longest the event loop was busy.
    qint64 firstRows = -1, allRows = -1, lastTick = -1, stall = 0;
    QEventLoop loading;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick >= 0)
            stall = qMax(stall, now - lastTick);
        lastTick = now;
    });
    const auto c = QObject::connect(&probe, &PaintProbe::painted, [&](int rows, qint64 at) {
        if (rows > 0 && firstRows < 0)
            firstRows = at;
        if (rows == n && allRows < 0) {
            allRows = at;
            loading.quit();
        }
    });
    QTimer::singleShot(300000, &loading, &QEventLoop::quit);
    const qint64 start = clock.nsecsElapsed();
    ticker.start();
    window->openEmbedded();
    loading.exec();
    ticker.stop();
    QObject::disconnect(c);
    const auto since = [start](qint64 at) { return at < 0 ? QStringLiteral("n/a") : S::ms(at - start); };
    S::out() << "bench window-load n=" << n << " first_rows_ms=" << since(firstRows)
             << " all_rows_ms=" << since(allRows) << " stall_max_ms=" << S::ms(stall) << Qt::endl;
    // TOKENCONSOLE_BENCH_LOAD_ONLY: stop after the load, for a profiler's view of it alone.
    if (allRows < 0 || qEnvironmentVariableIsSet("TOKENCONSOLE_BENCH_LOAD_ONLY"))
        return;

    // Memory as the user's process holds it: after the load, and after five refreshes.
    QTest::qWait(200);
    const qint64 afterLoad = S::residentBytes();
    for (int i = 0; i < 5; ++i) {
        QSignalSpy refreshed(window->session(), &ConsoleSession::refreshed);
        window->session()->refresh();
        if (!refreshed.wait(120000))
            break;
    }
    QTest::qWait(200);
    S::out() << "bench window-rss n=" << n << " after_load_mb=" << S::megabytes(afterLoad)
             << " after_5_refreshes_mb=" << S::megabytes(S::residentBytes()) << Qt::endl;

    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    const QVector<qint64> ours = typeScript(search, view->viewport(), &probe, clock);
    const qint64 oursName = clickHeader(view, TokenTableModel::NameColumn, &probe, clock);
    const qint64 oursDate = clickHeader(view, TokenTableModel::LastActivityColumn, &probe, clock);

    // The same rows in the usual Qt window.
    const TokenList rows = window->tokenModel()->tokens();
    window.reset();
    malloc_trim(0);
    BareWindow bare;
    bare.load(rows);
    bare.resize(1280, 800);
    bare.show();
    if (!QTest::qWaitForWindowExposed(&bare))
        return;
    QSortFilterProxyModel* bareProxy = &bare.proxy();
    PaintProbe bareProbe(bare.view()->viewport(), [bareProxy] { return bareProxy->rowCount(); },
                         &clock);
    awaitPaint(&bareProbe, 2000);
    const QVector<qint64> baseline = typeScript(bare.search(), bare.view()->viewport(), &bareProbe, clock);
    const qint64 baseName = clickHeader(bare.view(), TokenTableModel::NameColumn, &bareProbe, clock);
    const qint64 baseDate =
        clickHeader(bare.view(), TokenTableModel::LastActivityColumn, &bareProbe, clock);

    S::out() << "bench search-keystroke n=" << n << " p95_ms=" << p(ours, 95)
             << " max_ms=" << p(ours, 100) << " baseline_p95_ms=" << p(baseline, 95)
             << " baseline_max_ms=" << p(baseline, 100) << Qt::endl;
    const auto show = [](qint64 v) { return v < 0 ? QStringLiteral("n/a") : S::ms(v); };
    S::out() << "bench sort-click-name n=" << n << " ours_ms=" << show(oursName)
             << " baseline_ms=" << show(baseName) << Qt::endl;
    S::out() << "bench sort-click-date n=" << n << " ours_ms=" << show(oursDate)
             << " baseline_ms=" << show(baseDate) << Qt::endl;
}

} // namespace TokenConsole::Bench
