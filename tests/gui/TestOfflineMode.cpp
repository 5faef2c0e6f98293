// SPDX-License-Identifier: GPL-3.0-or-later
#include "Banner.h"
#include "GuiFixture.h"
#include "commands/CommandController.h"
#include "model/TokenTableModel.h"
#include "secrets/InMemorySecretStore.h"
#include "session/ConsoleSession.h"
#include "session/SessionController.h"
#include "session/TokenListCache.h"
#include "view/TokenView.h"

#include <QAction>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

// After one successful session, a start with the platform unreachable opens the saved list
// read-only under a banner, every remote action disabled with the reason, and switches to live
// data once the platform answers again.
class TestOfflineMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsOfflineThenGoesLive();
    void noSavedListNoOfflineMode();

private:
    std::unique_ptr<MainWindow> startWindow(bool* ready);

    std::unique_ptr<GuiFixture> m_fixture;
};

void TestOfflineMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOfflineMode::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<GuiFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestOfflineMode::cleanup()
{
    m_fixture.reset();
}

std::unique_ptr<MainWindow> TestOfflineMode::startWindow(bool* ready)
{
    MainWindow::Options options = m_fixture->embeddedOptions();
    options.secretStoreFactory = [](QObject* parent) { return new InMemorySecretStore(parent); };
    auto window = std::make_unique<MainWindow>(std::move(options));
    window->sessions()->setOfflineRetryDelay(300);
    window->resize(1200, 700);
    window->show();
    QSignalSpy readySpy(window.get(), &MainWindow::sessionReady);
    window->openEmbedded();
    *ready = readySpy.wait(20000);
    return window;
}

void TestOfflineMode::startsOfflineThenGoesLive()
{
    QString error;
    const QString cacheFolder = m_fixture->embeddedOptions().offlineCacheFolder;
    {
        auto first = m_fixture->openAdminWindow(m_fixture->embeddedOptions(), &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->tokenModel()->rowCount(), 3);
        // The list is saved, privately.
        QTRY_VERIFY(!QDir(cacheFolder).entryList(QDir::Files).isEmpty());
        const QString file =
            QDir(cacheFolder).absoluteFilePath(QDir(cacheFolder).entryList(QDir::Files).first());
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(!first->findChild<Banner*>(QStringLiteral("offlineBanner"))->isVisible());
    }
    m_fixture->stopServer();

    bool ready = false;
    auto window = startWindow(&ready);
    QVERIFY2(ready, "the saved list did not open");
    QCOMPARE(window->sessions()->state(), SessionController::State::Offline);
    QVERIFY(window->sessions()->isOfflineCopy());
    QCOMPARE(window->tokenModel()->rowCount(), 3);
    auto* banner = window->findChild<Banner*>(QStringLiteral("offlineBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QLatin1String("Offline: showing the list from ")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().endsWith(QStringLiteral("Retrying…")), qPrintable(banner->text()));

    // Read-only: the remote actions say why not.
    QVERIFY(
        window->tokenView()->selectToken(GuiFixture::idOf(*window, QStringLiteral("Salesforce"))));
    QAction* disable = window->commands()->action(CommandController::Disable);
    QTRY_VERIFY(!disable->isEnabled());
    QVERIFY2(disable->toolTip().contains(QLatin1String("Offline")), qPrintable(disable->toolTip()));
    QVERIFY(!window->commands()->action(CommandController::Provision)->isEnabled());
    QVERIFY(!window->commands()->action(CommandController::Rename)->isEnabled());
    QVERIFY(window->commands()->action(CommandController::CopyKey)->isEnabled());

    // The platform comes back: the window switches to live data and the banner goes.
    QVERIFY2(m_fixture->restartServer(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!window->sessions()->isOfflineCopy(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window->sessions()->state(), SessionController::State::SignedIn,
                              15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->tokenModel()->rowCount(), 3, 15000);
    QVERIFY(!banner->isVisible());
    QVERIFY(
        window->tokenView()->selectToken(GuiFixture::idOf(*window, QStringLiteral("Salesforce"))));
    QTRY_VERIFY(disable->isEnabled());
}

void TestOfflineMode::noSavedListNoOfflineMode()
{
    // Never loaded with this cache folder: an unreachable platform is an error, as before.
    m_fixture->stopServer();
    MainWindow::Options options = m_fixture->embeddedOptions();
    options.offlineCacheFolder = QDir::temp().filePath(QStringLiteral("no-such-token-lists"));
    auto window = std::make_unique<MainWindow>(std::move(options));
    QSignalSpy failed(window.get(), &MainWindow::openFailed);
    window->openEmbedded();
    QVERIFY(failed.wait(40000));
    QVERIFY(!window->sessions()->isOfflineCopy());
    QVERIFY(!window->findChild<Banner*>(QStringLiteral("offlineBanner"))->isVisible());
    QCOMPARE(window->tokenModel()->rowCount(), 0);
}

QTEST_MAIN(TestOfflineMode)
#include "TestOfflineMode.moc"
