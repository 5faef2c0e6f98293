// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiFixture.h"
#include "commands/BulkCommand.h"
#include "commands/CommandController.h"
#include "dialogs/BulkResultDialog.h"
#include "model/TokenTableModel.h"
#include "secrets/InMemorySecretStore.h"
#include "session/BulkRun.h"
#include "session/ConsoleSession.h"
#include "view/TokenView.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

// Disable, Enable and Verify on several selected tokens: one confirmation, a result per token,
// a failure that does not stop the others, and Retry Failed that repeats only the failures.
class TestBulkActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void bulkDisableWithOneFailure();
    void actionsFollowTheSelection();
    void confirmationListsAtMostTenNames();
    void cancelChangesNothing();

private:
    bool refreshWindow();
    QMessageBox* visibleBox(const QString& objectName) const;
    BulkResultDialog* resultDialog() const;
    static int indexOf(const BulkRun& run, const QString& id);

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestBulkActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBulkActions::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<GuiFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    MainWindow::Options options = m_fixture->embeddedOptions();
    options.secretStoreFactory = [](QObject* parent) { return new InMemorySecretStore(parent); };
    m_window = m_fixture->openAdminWindow(std::move(options), &error);
    QVERIFY2(m_window, qPrintable(error));
}

void TestBulkActions::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

bool TestBulkActions::refreshWindow()
{
    QSignalSpy refreshed(m_window->session(), &ConsoleSession::refreshed);
    m_window->session()->refresh();
    return refreshed.wait(15000);
}

QMessageBox* TestBulkActions::visibleBox(const QString& objectName) const
{
    for (auto* box : m_window->findChildren<QMessageBox*>(objectName)) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

BulkResultDialog* TestBulkActions::resultDialog() const
{
    for (auto* dialog : m_window->findChildren<BulkResultDialog*>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

int TestBulkActions::indexOf(const BulkRun& run, const QString& id)
{
    for (int i = 0; i < run.items().size(); ++i) {
        if (run.items().at(i).token.id == id)
            return i;
    }
    return -1;
}

void TestBulkActions::bulkDisableWithOneFailure()
{
    const GuiFixture::Pair a =
        m_fixture->provision(QStringLiteral("eva@acme.example"), QStringLiteral("Bulk A"));
    const GuiFixture::Pair b =
        m_fixture->provision(QStringLiteral("omar@acme.example"), QStringLiteral("Bulk B"));
    QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
    QVERIFY(refreshWindow());
    const QString salesforce = GuiFixture::idOf(*m_window, QStringLiteral("Salesforce"));
    const QString tableau = GuiFixture::idOf(*m_window, QStringLiteral("Tableau"));
    QCOMPARE(m_window->tokenView()->selectTokens({salesforce, a.id, b.id, tableau}), 4);
    QTRY_COMPARE(m_window->commands()->selectedTokens().size(), 4);
    QAction* disable = m_window->commands()->action(CommandController::Disable);
    QVERIFY2(disable->isEnabled(), qPrintable(disable->toolTip()));

    // A second admin disables Bulk A behind the window's back: that one will fail.
    QVERIFY(m_fixture->disable(a.id));

    disable->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleBox(QStringLiteral("bulkConfirmation"))));
    QVERIFY2(box->text().contains(QLatin1String("3")), qPrintable(box->text()));
    for (const char* name : {"Salesforce", "Bulk A", "Bulk B"})
        QVERIFY2(box->text().contains(QLatin1String(name)), qPrintable(box->text()));
    QVERIFY2(!box->text().contains(QLatin1String("Tableau")), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QLatin1String("Tableau")),
             qPrintable(box->informativeText()));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                      Qt::LeftButton);

    BulkResultDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = resultDialog()));
    BulkRun* run = dialog->run();
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 20000);
    using State = BulkRun::Item::State;
    QCOMPARE(run->items().size(), 4);
    QCOMPARE(run->items().at(indexOf(*run, salesforce)).state, State::Done);
    QCOMPARE(run->items().at(indexOf(*run, b.id)).state, State::Done);
    QCOMPARE(run->items().at(indexOf(*run, tableau)).state, State::Skipped);
    const BulkRun::Item failed = run->items().at(indexOf(*run, a.id));
    QCOMPARE(failed.state, State::Failed);
    QVERIFY2(failed.message.contains(QLatin1String("already disabled")),
             qPrintable(failed.message));
    QVERIFY(!m_fixture->isActive(salesforce));
    QVERIFY(!m_fixture->isActive(b.id));
    // The table shows one row per token, the failure with its reason.
    QTableWidget* table = dialog->table();
    QCOMPARE(table->rowCount(), 4);
    const int failedRow = indexOf(*run, a.id);
    QCOMPARE(table->item(failedRow, 0)->text(), QStringLiteral("Bulk A"));
    QVERIFY(table->item(failedRow, 1)->text().contains(failed.message));
    QVERIFY(table->item(indexOf(*run, tableau), 1)->text().contains(QLatin1String("disabled")));
    QVERIFY(dialog->retryButton()->isEnabled());

    // Someone enables Bulk A again; Retry Failed repeats that one call and nothing else.
    QString error;
    AdminClient* other = m_fixture->otherClient(&error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(GuiFixture::await<Token>([other, id = a.id](AdminClient::Callback<Token> done) {
                other->enable(id, other, done);
            }).ok());
    QSignalSpy changed(run, &BulkRun::itemChanged);
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 20000);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant>& emitted : std::as_const(changed))
        QCOMPARE(emitted.first().toInt(), failedRow);
    QCOMPARE(run->items().at(failedRow).state, State::Done);
    QCOMPARE(run->items().at(indexOf(*run, tableau)).state, State::Skipped);
    QVERIFY(!m_fixture->isActive(a.id));
    QVERIFY(!dialog->retryButton()->isEnabled());
    // The window's table follows every change.
    QTRY_VERIFY(!m_window->tokenModel()->token(m_window->tokenModel()->indexOf(a.id)).isActive());
    dialog->close();
}

void TestBulkActions::actionsFollowTheSelection()
{
    const QString salesforce = GuiFixture::idOf(*m_window, QStringLiteral("Salesforce"));
    const QString marketo = GuiFixture::idOf(*m_window, QStringLiteral("Marketo"));
    const QString tableau = GuiFixture::idOf(*m_window, QStringLiteral("Tableau"));
    CommandController* commands = m_window->commands();
    QAction* disable = commands->action(CommandController::Disable);
    QAction* enable = commands->action(CommandController::Enable);
    QAction* verify = commands->action(CommandController::Verify);
    QAction* rename = commands->action(CommandController::Rename);

    // Two active tokens: Disable applies, Enable does not (both are active), Rename needs one.
    QCOMPARE(m_window->tokenView()->selectTokens({salesforce, marketo}), 2);
    QTRY_VERIFY(disable->isEnabled());
    QVERIFY(!enable->isEnabled());
    QVERIFY2(enable->toolTip().contains(QLatin1String("already active")),
             qPrintable(enable->toolTip()));
    QVERIFY(!rename->isEnabled());
    // No secret of the demo's tokens is on this computer: verify says so.
    QVERIFY(!verify->isEnabled());
    QVERIFY2(verify->toolTip().contains(QLatin1String("secret")), qPrintable(verify->toolTip()));

    // One disabled among them: both apply, each skipping what it cannot do.
    QCOMPARE(m_window->tokenView()->selectTokens({salesforce, tableau}), 2);
    QTRY_VERIFY(enable->isEnabled());
    QVERIFY(disable->isEnabled());
    QVERIFY(!m_window->tokenView()->currentToken());
}

void TestBulkActions::confirmationListsAtMostTenNames()
{
    TokenList tokens;
    for (int i = 1; i <= 13; ++i) {
        Token t;
        t.id = QStringLiteral("tok_%1").arg(i);
        t.name = QStringLiteral("Name %1").arg(i);
        tokens.append(t);
    }
    const QString list = BulkCommand::nameList(tokens);
    QCOMPARE(list.count(QLatin1Char('\n')), 10);
    QVERIFY(list.contains(QLatin1String("Name 10")));
    QVERIFY(!list.contains(QLatin1String("Name 11")));
    QVERIFY2(list.endsWith(QLatin1String("and 3 more")), qPrintable(list));
    tokens.resize(2);
    QCOMPARE(BulkCommand::nameList(tokens).count(QLatin1Char('\n')), 1);
}

void TestBulkActions::cancelChangesNothing()
{
    const QString salesforce = GuiFixture::idOf(*m_window, QStringLiteral("Salesforce"));
    const QString marketo = GuiFixture::idOf(*m_window, QStringLiteral("Marketo"));
    QCOMPARE(m_window->tokenView()->selectTokens({salesforce, marketo}), 2);
    QTRY_VERIFY(m_window->commands()->action(CommandController::Disable)->isEnabled());
    m_window->commands()->action(CommandController::Disable)->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleBox(QStringLiteral("bulkConfirmation"))));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!visibleBox(QStringLiteral("bulkConfirmation")));
    QVERIFY(!resultDialog());
    QVERIFY(m_fixture->isActive(salesforce));
    QVERIFY(m_fixture->isActive(marketo));
}

QTEST_MAIN(TestBulkActions)
#include "TestBulkActions.moc"
