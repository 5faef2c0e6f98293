// SPDX-License-Identifier: GPL-3.0-or-later
#include "Banner.h"
#include "GuiFixture.h"
#include "commands/CommandController.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "view/TokenView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

// D2 and D3: who may change tokens, and whether the contract allows provisioning. The actions
// are disabled and the window says why (tooltip, status tip and a line above the table).
class TestActionRestrictions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writeActionsFollowPermissionAndContract_data();
    void writeActionsFollowPermissionAndContract();

private:
    std::unique_ptr<GuiFixture> m_fixture;
};

void TestActionRestrictions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestActionRestrictions::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<GuiFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestActionRestrictions::cleanup()
{
    m_fixture.reset();
}

void TestActionRestrictions::writeActionsFollowPermissionAndContract_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("canProvision");
    QTest::addColumn<bool>("canChange");
    QTest::addColumn<QString>("reason"); // a phrase the visible reason must contain

    QTest::newRow("admin") << QStringLiteral("admin@acme.example")
                           << QStringLiteral("sandbox-admin") << true << true << QString();
    QTest::newRow("viewer without Manage Users")
        << QStringLiteral("viewer@acme.example") << QStringLiteral("sandbox-viewer") << false
        << false << QStringLiteral("Manage Users");
    QTest::newRow("Globex without Connect")
        << QStringLiteral("admin@globex.example") << QStringLiteral("sandbox-admin") << false
        << true << QStringLiteral("Connect");
}

void TestActionRestrictions::writeActionsFollowPermissionAndContract()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(bool, canProvision);
    QFETCH(bool, canChange);
    QFETCH(QString, reason);

    QString error;
    auto window = m_fixture->openWindow(login, password, m_fixture->embeddedOptions(), &error);
    QVERIFY2(window, qPrintable(error));
    QAbstractItemModelTester sourceTester(window->tokenModel());
    QAbstractItemModelTester proxyTester(window->filterModel());

    CommandController* commands = window->commands();
    QAction* provision = commands->action(CommandController::Provision);
    QCOMPARE(provision->isEnabled(), canProvision);
    auto* line = window->findChild<Banner*>(QStringLiteral("restrictionBanner"));
    QVERIFY(line);
    if (reason.isEmpty()) {
        QVERIFY(!line->isVisible());
    } else {
        QVERIFY2(provision->toolTip().contains(reason), qPrintable(provision->toolTip()));
        QVERIFY(provision->statusTip().contains(reason));
        QVERIFY(line->isVisible());
        QVERIFY2(line->text().contains(reason), qPrintable(line->text()));
    }

    // With a token selected, the write actions follow the permission.
    if (window->tokenModel()->rowCount() > 0) {
        QVERIFY(window->tokenView()->selectToken(window->tokenModel()->token(0).id));
        QCOMPARE(commands->action(CommandController::Rename)->isEnabled(), canChange);
        const bool active = window->tokenModel()->token(0).isActive();
        QCOMPARE(commands->action(CommandController::Disable)->isEnabled(), canChange && active);
        QCOMPARE(commands->action(CommandController::Enable)->isEnabled(), canChange && !active);
        // Looking is always allowed.
        QVERIFY(commands->action(CommandController::CopyKey)->isEnabled());
        if (!canChange)
            QVERIFY(commands->action(CommandController::Rename)
                        ->toolTip()
                        .contains(QLatin1String("Manage Users")));
    }
    QVERIFY(commands->action(CommandController::Refresh)->isEnabled());
}

QTEST_MAIN(TestActionRestrictions)
#include "TestActionRestrictions.moc"
