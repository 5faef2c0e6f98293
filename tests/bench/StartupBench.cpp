// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupBench.h"

#include "BareWindow.h"
#include "BenchSandbox.h"
#include "BenchSupport.h"
#include "Await.h"
#include "profiles/ProfileStore.h"
#include "profiles/SettingsFile.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

namespace TokenConsole::Bench {

namespace {

using S = BenchSupport;

QString appPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/token-console");
}

// Wall time of one process run to its exit; negative when it failed.
qint64 runOnce(const QString& program, const QStringList& arguments, const QString& png)
{
    QFile::remove(png);
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 ns = S::timed([&] {
        process.start(program, arguments);
        process.waitForFinished(120000);
    });
    const bool ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
        && QFile::exists(png);
    return ok ? ns : -1;
}

qint64 medianOfSeven(const QString& program, const QStringList& arguments, const QString& png)
{
    if (runOnce(program, arguments, png) < 0)  // warm-up: first-run data, the disk cache
        return -1;
    QVector<qint64> runs;
    for (int i = 0; i < 7; ++i) {
        const qint64 ns = runOnce(program, arguments, png);
        if (ns < 0)
            return -1;
        runs.append(ns);
    }
    return S::percentile(runs, 50);
}

// A profile for the bench sandbox, its password remembered in the keychain (as a returning
// user has it). The settings go where the app reads them: this process's XDG folders.
bool writeProfile(const QUrl& url, const QString& name, QString* why)
{
    const QString benchName = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("tokenconsole"));
    QCoreApplication::setApplicationName(QStringLiteral("token-console"));
    SettingsFile::restrictAccess();
    Profile profile;
    profile.name = name;
    profile.kind = Profile::Kind::AdminApi;
    profile.serverUrl = url;
    profile.login = BenchSandbox::adminLogin();
    profile.region = Profile::On24Region::Custom;
    profile.on24BaseUrl = Profile::on24UnderServer(url);
    profile.rememberPassword = true;
    ProfileStore().save(profile);
    KeychainSecretStore keychain;
    const SecretStore::Result stored = awaitSecret(
        [&](SecretStore::Callback done) {
            keychain.store(SecretStore::passwordAccountName(name), BenchSandbox::adminPassword(),
                           &keychain, done);
        },
        10000);
    QCoreApplication::setApplicationName(benchName);
    if (!stored.ok())
        *why = QStringLiteral("no keychain: run it through ./dev bench");
    return stored.ok();
}

} // namespace

void StartupBench::run(int n)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("start.png"));
    const QStringList common = {QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                                QStringLiteral("1280x800")};
    std::unique_ptr<BenchSandbox> sandbox;
    QStringList ours = common;
    if (n > 3) {
        sandbox = std::make_unique<BenchSandbox>(n);
        QString why;
        const QString profile = QStringLiteral("bench-%1").arg(n);
        if (sandbox->url().isEmpty() || !writeProfile(sandbox->url(), profile, &why)) {
            S::out() << "bench startup n=" << n << " ours_ms=n/a baseline_ms=n/a (" << why << ")"
                     << Qt::endl;
            return;
        }
        ours << QStringLiteral("--profile") << profile;
    }
    const qint64 oursNs = medianOfSeven(appPath(), ours, png);
    const qint64 bareNs = medianOfSeven(QCoreApplication::applicationFilePath(),
                                        {QStringLiteral("--bare-window"), QString::number(n), png},
                                        png);
    const auto show = [](qint64 v) { return v < 0 ? QStringLiteral("n/a") : S::ms(v); };
    S::out() << "bench startup n=" << n << " ours_ms=" << show(oursNs)
             << " baseline_ms=" << show(bareNs) << Qt::endl;
}

int StartupBench::bareWindowChild(int n, const QString& png)
{
    BareWindow window;
    window.load(S::generate(n));
    window.resize(1280, 800);
    window.show();
    // Saved once the first paint is through, as --screenshot does once the list is in.
    QTimer::singleShot(0, &window, [&window, png] {
        QCoreApplication::exit(window.grab().save(png) ? 0 : 1);
    });
    return QApplication::exec();
}

} // namespace TokenConsole::Bench
