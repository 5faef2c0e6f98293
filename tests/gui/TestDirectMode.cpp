// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiFixture.h"
#include "commands/CommandController.h"
#include "dialogs/AddPairDialog.h"
#include "direct/On24Inventory.h"
#include "model/TokenTableModel.h"
#include "platform/Platform.h"
#include "profiles/ProfileStore.h"
#include "secrets/InMemorySecretStore.h"
#include "session/ConsoleSession.h"
#include "view/TokenView.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

// Direct mode in the window: the demo ON24 account (two pairs provisioned on the sandbox and
// added to a local inventory), the Add Existing Token dialog's refusals, what stays disabled
// and why, keep-alive and forgetting. The keychain is an in-memory fake so the test is about
// the window; the CLI's direct-mode test uses the real keychain.
class TestDirectMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void demoShowsPairsAndDirectColumns();
    void unavailableActionsSayWhy_data();
    void unavailableActionsSayWhy();
    void addDialogRefusesBeforeAnyCall_data();
    void addDialogRefusesBeforeAnyCall();
    void addDialogRefusesWrongPairAndKeepsInput();
    void addDialogRefusesDuplicate();
    void addDeactivatedPairStoresItDisabled();
    void keepAliveSwitchAsksAndRecordsWho();
    void forgetSaysOn24IsNotTouched();

private:
    AddPairDialog* openAddDialog();
    GuiFixture::Pair provisionOnSandbox(const QString& login, const QString& name);
    QMessageBox* visibleBox(const QString& objectName) const;
    bool select(const QString& name);

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    InMemorySecretStore* m_secrets = nullptr;
};

void TestDirectMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDirectMode::init()
{
    QSettings().clear();
    QString error;
    QVERIFY(On24Inventory::removeProfile(ProfileStore::directDemoName(), &error));
    m_fixture = std::make_unique<GuiFixture>();
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    MainWindow::Options options = m_fixture->embeddedOptions();
    options.secretStoreFactory = [this](QObject* parent) {
        m_secrets = new InMemorySecretStore(parent);
        return m_secrets;
    };
    m_window = std::make_unique<MainWindow>(std::move(options));
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy ready(m_window.get(), &MainWindow::sessionReady);
    m_window->openProfile(ProfileStore::directDemoName());
    QVERIFY(ready.wait(20000));
}

void TestDirectMode::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

bool TestDirectMode::select(const QString& name)
{
    return m_window->tokenView()->selectToken(GuiFixture::idOf(*m_window, name));
}

QMessageBox* TestDirectMode::visibleBox(const QString& objectName) const
{
    for (auto* box : m_window->findChildren<QMessageBox*>(objectName)) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

AddPairDialog* TestDirectMode::openAddDialog()
{
    m_window->commands()->action(CommandController::AddExisting)->trigger();
    AddPairDialog* dialog = nullptr;
    QTest::qWaitFor([&] {
        dialog = m_window->findChild<AddPairDialog*>(QStringLiteral("addPairDialog"));
        return dialog && dialog->isVisible();
    });
    return dialog;
}

GuiFixture::Pair TestDirectMode::provisionOnSandbox(const QString& login, const QString& name)
{
    return m_fixture->provision(login, name);
}

void TestDirectMode::demoShowsPairsAndDirectColumns()
{
    QCOMPARE(m_window->tokenModel()->rowCount(), 2);
    const Token kept = m_window->tokenModel()->token(
        m_window->tokenModel()->indexOf(GuiFixture::idOf(*m_window, QStringLiteral("Quarterly board report"))));
    QVERIFY(kept.keepAlive);
    QCOMPARE(kept.pairState, Token::PairState::Works);
    QHeaderView* header = m_window->tokenView()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(TokenTableModel::OwnerColumn));
    QVERIFY(!header->isSectionHidden(TokenTableModel::KeepAliveColumn));
    QVERIFY(header->isSectionHidden(TokenTableModel::AccessColumn));
    QVERIFY(header->isSectionHidden(TokenTableModel::LocalSecretColumn));
    // The countdown is a worst case, and says so.
    const QModelIndex countdown = m_window->tokenModel()->index(
        m_window->tokenModel()->indexOf(kept.id).row(), TokenTableModel::AutoDisableColumn);
    QVERIFY2(countdown.data().toString().contains(QLatin1String("at most")),
             qPrintable(countdown.data().toString()));
    auto* notice = m_window->findChild<QWidget*>(QStringLiteral("restrictionBanner"));
    QVERIFY(notice->isVisible());
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("demoBanner"))->isVisible());
}

void TestDirectMode::unavailableActionsSayWhy_data()
{
    QTest::addColumn<int>("action");
    QTest::newRow("provision") << int(CommandController::Provision);
    QTest::newRow("disable") << int(CommandController::Disable);
    QTest::newRow("enable") << int(CommandController::Enable);
}

void TestDirectMode::unavailableActionsSayWhy()
{
    QFETCH(int, action);
    QVERIFY(select(QStringLiteral("Data warehouse sync")));
    const auto id = static_cast<CommandController::ActionId>(action);
    QAction* a = m_window->commands()->action(id);
    QVERIFY(a->isVisible());
    QVERIFY(!a->isEnabled());
    QVERIFY2(m_window->commands()->blockedReason(id).contains(QLatin1String("Platform Tools")),
             qPrintable(m_window->commands()->blockedReason(id)));
    QVERIFY2(a->toolTip().contains(QLatin1String("ON24's site")), qPrintable(a->toolTip()));
    // What direct mode offers is there and enabled.
    QVERIFY(m_window->commands()->action(CommandController::AddExisting)->isEnabled());
    QVERIFY(m_window->commands()->action(CommandController::Rename)->isEnabled());
    QVERIFY(m_window->commands()->action(CommandController::Verify)->isEnabled());
}

void TestDirectMode::addDialogRefusesBeforeAnyCall_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("says");
    const QString key(32, QLatin1Char('B'));
    const QString secret(128, QLatin1Char('c'));
    QTest::newRow("key too short") << key.left(20) << secret << "key";
    QTest::newRow("key lower-case") << key.toLower() << secret << "lower-case";
    QTest::newRow("secret not hex") << key << QString(128, QLatin1Char('z')) << "secret";
    QTest::newRow("fields swapped") << secret << key << "key";
}

void TestDirectMode::addDialogRefusesBeforeAnyCall()
{
    QFETCH(QString, key);
    QFETCH(QString, secret);
    QFETCH(QString, says);
    AddPairDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("keyEdit"))->setText(key);
    dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"))->setText(secret);
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Zapier"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(says, Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(!error->text().contains(secret));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("addButton"))->isEnabled());
    dialog->reject();
}

void TestDirectMode::addDialogRefusesWrongPairAndKeepsInput()
{
    AddPairDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("keyEdit"))->setText(QString(32, QLatin1Char('Q')));
    dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"))->setText(QString(128, QLatin1Char('e')));
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Zapier"));
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addButton"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(QLatin1String("nothing was stored")), 10000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Zapier"));
    QCOMPARE(m_window->tokenModel()->rowCount(), 2);
    QCOMPARE(m_secrets->count(), 2);
    dialog->reject();
}

void TestDirectMode::addDialogRefusesDuplicate()
{
    const Token existing = m_window->tokenModel()->token(0);
    AddPairDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("keyEdit"))->setText(existing.key);
    dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"))->setText(QString(128, QLatin1Char('e')));
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Again"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(QLatin1String("already")), qPrintable(error->text()));
    QCOMPARE(m_window->tokenModel()->rowCount(), 2);
    dialog->reject();
}

void TestDirectMode::addDeactivatedPairStoresItDisabled()
{
    const GuiFixture::Pair pair = provisionOnSandbox(QStringLiteral("viewer@acme.example"),
                                                     QStringLiteral("Old export"));
    QVERIFY2(!pair.key.isEmpty(), "provisioning on the sandbox");
    QVERIFY(m_fixture->disable(pair.id));
    AddPairDialog* dialog = openAddDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("keyEdit"))->setText(pair.key);
    dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"))->setText(pair.secret + QLatin1Char('\n'));
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Old export"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tokenModel()->rowCount(), 3, 10000);
    const Token added = m_window->tokenModel()->token(m_window->tokenModel()->indexOf(pair.key));
    QCOMPARE(added.pairState, Token::PairState::Deactivated);
    QVERIFY(!added.isActive());
    QVERIFY2(added.lastVerifyMessage.contains(QLatin1String("deactivated")), qPrintable(added.lastVerifyMessage));
    QCOMPARE(m_window->tokenView()->currentTokenId(), pair.key);
}

void TestDirectMode::keepAliveSwitchAsksAndRecordsWho()
{
    QVERIFY(select(QStringLiteral("Data warehouse sync")));
    QAction* keepAlive = m_window->commands()->action(CommandController::KeepAlive);
    QVERIFY(keepAlive->isEnabled());
    QVERIFY(!keepAlive->isChecked());
    keepAlive->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleBox(QStringLiteral("keepAliveConfirmation"))));
    // It says why the rule exists before anyone overrides it.
    QVERIFY2(box->informativeText().contains(QLatin1String("on purpose")), qPrintable(box->informativeText()));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
    const QString id = GuiFixture::idOf(*m_window, QStringLiteral("Data warehouse sync"));
    QTRY_VERIFY(m_window->tokenModel()->token(m_window->tokenModel()->indexOf(id)).keepAlive);
    const Token t = m_window->tokenModel()->token(m_window->tokenModel()->indexOf(id));
    QVERIFY(!t.keepAliveBy.isEmpty());
    QVERIFY(t.keepAliveChangedAt.isValid());
    QTRY_VERIFY(keepAlive->isChecked());

    // Off again needs no confirmation.
    keepAlive->trigger();
    QTRY_VERIFY(!m_window->tokenModel()->token(m_window->tokenModel()->indexOf(id)).keepAlive);
}

void TestDirectMode::forgetSaysOn24IsNotTouched()
{
    QVERIFY(select(QStringLiteral("Data warehouse sync")));
    const QString id = m_window->tokenView()->currentTokenId();
    m_window->commands()->action(CommandController::Forget)->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleBox(QStringLiteral("forgetConfirmation"))));
    QVERIFY2(box->informativeText().contains(QLatin1String("ON24 is not touched")), qPrintable(box->informativeText()));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_COMPARE(m_window->tokenModel()->rowCount(), 1);
    QVERIFY(!m_window->tokenModel()->indexOf(id).isValid());
    QCOMPARE(m_secrets->count(), 1);
    // The sandbox (ON24) still has the token, active.
    QVERIFY(m_fixture->isActive(id));
}

QTEST_MAIN(TestDirectMode)
#include "TestDirectMode.moc"
