// SPDX-License-Identifier: GPL-3.0-or-later
#include "Banner.h"
#include "session/ConsoleSession.h"
#include "GuiFixture.h"
#include "commands/CommandController.h"
#include "dialogs/ConnectDialog.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "view/TokenView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

// What the window does when the connection goes wrong: the network is down (the list stays,
// marked stale, with a retry) and the session expired (it asks for the password again).
class TestSessionStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void networkDownMarksListStale();
    void expiredSessionAsksForPassword();
    void expiredEmbeddedSessionSignsInAgain();
    void clockSkewIsShown_data();
    void clockSkewIsShown();
    void autoRefreshKeepsSelection();

private:
    std::unique_ptr<GuiFixture> m_fixture;
};

void TestSessionStates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSessionStates::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<GuiFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestSessionStates::cleanup()
{
    m_fixture.reset();
}

void TestSessionStates::networkDownMarksListStale()
{
    QString error;
    auto window = m_fixture->openAdminWindow(m_fixture->embeddedOptions(), &error);
    QVERIFY2(window, qPrintable(error));
    QAbstractItemModelTester tester(window->tokenModel());
    const int rows = window->tokenModel()->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(window->tokenView()->selectToken(window->tokenModel()->token(0).id));
    const QString selected = window->tokenView()->currentTokenId();

    m_fixture->stopServer();
    QSignalSpy failed(window->session(), &ConsoleSession::refreshFailed);
    window->commands()->action(CommandController::Refresh)->trigger();
    QVERIFY(failed.wait(40000));

    auto* stale = window->findChild<Banner*>(QStringLiteral("staleBanner"));
    QVERIFY(stale->isVisible());
    QVERIFY2(stale->text().contains(QLatin1String("out of date")), qPrintable(stale->text()));
    QVERIFY(window->findChild<QPushButton*>(QStringLiteral("retryButton"))->isVisible());
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("refreshLabel"))
                ->text()
                .contains(QLatin1String("stale")));
    // The last list stays, with the selection.
    QCOMPARE(window->tokenModel()->rowCount(), rows);
    QCOMPARE(window->tokenView()->currentTokenId(), selected);

    // Retry tries again (and, with the server still gone, stays stale).
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("retryButton")),
                      Qt::LeftButton);
    QVERIFY(failed.wait(40000));
    QVERIFY(stale->isVisible());
}

void TestSessionStates::expiredSessionAsksForPassword()
{
    QString error;
    auto window = m_fixture->openWindow(QStringLiteral("viewer@acme.example"),
                                        QStringLiteral("sandbox-viewer"),
                                        m_fixture->embeddedOptions(), &error);
    QVERIFY2(window, qPrintable(error));
    QVERIFY(m_fixture->advanceDays(1)); // sessions expire after 8 idle hours

    window->commands()->action(CommandController::Refresh)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        window->findChild<ConnectDialog*>(QStringLiteral("reauthenticateDialog")), 10000);
    auto* dialog = window->findChild<ConnectDialog*>(QStringLiteral("reauthenticateDialog"));
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->isEnabled());
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("connectButton"));

    // A wrong password is said inline; the dialog stays.
    password->setText(QStringLiteral("not-the-password"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto* errorLabel = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), 10000);
    QVERIFY(dialog->isVisible());

    QSignalSpy refreshed(window->session(), &ConsoleSession::refreshed);
    password->setText(QStringLiteral("sandbox-viewer"));
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(refreshed.wait(8000));
    QTRY_VERIFY(!window->findChild<ConnectDialog*>(QStringLiteral("reauthenticateDialog")));
    QVERIFY(!window->findChild<Banner*>(QStringLiteral("staleBanner"))->isVisible());
}

void TestSessionStates::expiredEmbeddedSessionSignsInAgain()
{
    QString error;
    auto window = m_fixture->openAdminWindow(m_fixture->embeddedOptions(), &error);
    QVERIFY2(window, qPrintable(error));
    QVERIFY(m_fixture->advanceDays(1));
    QSignalSpy refreshed(window->session(), &ConsoleSession::refreshed);
    window->commands()->action(CommandController::Refresh)->trigger();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!window->findChild<ConnectDialog*>(QStringLiteral("reauthenticateDialog")));
}

void TestSessionStates::clockSkewIsShown_data()
{
    QTest::addColumn<qint64>("skewMs");
    QTest::addColumn<bool>("shown");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("in sync") << qint64(2000) << false << QString();
    QTest::newRow("one minute exactly") << qint64(60000) << false << QString();
    QTest::newRow("5 minutes behind") << qint64(5 * 60000) << true << QStringLiteral("behind");
    QTest::newRow("2 minutes ahead") << qint64(-2 * 60000) << true << QStringLiteral("ahead");
}

void TestSessionStates::clockSkewIsShown()
{
    QFETCH(qint64, skewMs);
    QFETCH(bool, shown);
    QFETCH(QString, phrase);
    QString error;
    auto window = m_fixture->openAdminWindow(m_fixture->embeddedOptions(), &error);
    QVERIFY2(window, qPrintable(error));
    // What the client reports after reading a response's Date header.
    Q_EMIT window->session()->platform()->clockSkewChanged(skewMs);
    auto* label = window->findChild<QLabel*>(QStringLiteral("skewLabel"));
    QCOMPARE(label->isVisible(), shown);
    if (shown)
        QVERIFY2(label->text().contains(phrase), qPrintable(label->text()));
}

void TestSessionStates::autoRefreshKeepsSelection()
{
    QString error;
    auto window = m_fixture->openAdminWindow(m_fixture->embeddedOptions(), &error);
    QVERIFY2(window, qPrintable(error));
    QVERIFY(window->tokenView()->selectToken(window->tokenModel()->token(1).id));
    const QString selected = window->tokenView()->currentTokenId();
    QSignalSpy refreshed(window->session(), &ConsoleSession::refreshed);
    window->setAutoRefreshInterval(1);
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(window->tokenView()->currentTokenId(), selected);
    QCOMPARE(QSettings().value(QStringLiteral("ui/autoRefreshSeconds")).toInt(), 1);
    window->setAutoRefreshInterval(0);
}

QTEST_MAIN(TestSessionStates)
#include "TestSessionStates.moc"
