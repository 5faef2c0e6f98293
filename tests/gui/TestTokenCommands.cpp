// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ConsoleSession.h"
#include "GuiFixture.h"
#include "commands/CommandController.h"
#include "dialogs/RenameDialog.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "secrets/InMemorySecretStore.h"
#include "view/DetailsPanel.h"
#include "view/TokenView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

// Rename (with its version conflict), disable and enable, verify, refresh: each through the
// window's actions and dialogs on a real sandbox.
class TestTokenCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rename();
    void renameVersionConflict();
    void disableAndEnable();
    void verifyUpdatesLastActivity();
    void refreshKeepsSelection();
    void actionsFollowSelection_data();
    void actionsFollowSelection();
    void headerLayoutIsKept();
    void headerMenuHidesAndShowsColumns();

private:
    bool select(const QString& name);
    Token tokenNamed(const QString& name) const;
    QMessageBox* visibleBox(const QString& objectName) const;

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    InMemorySecretStore* m_secrets = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestTokenCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTokenCommands::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<GuiFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    MainWindow::Options options = m_fixture->embeddedOptions();
    // Verify needs a secret this computer holds; an in-memory store keeps the test hermetic.
    options.secretStoreFactory = [this](QObject* parent) {
        m_secrets = new InMemorySecretStore(parent);
        return m_secrets;
    };
    m_window = m_fixture->openAdminWindow(std::move(options), &error);
    QVERIFY2(m_window, qPrintable(error));
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(m_window->tokenModel());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_window->filterModel());
}

void TestTokenCommands::cleanup()
{
    m_proxyTester.reset();
    m_sourceTester.reset();
    m_window.reset();
    m_fixture.reset();
}

bool TestTokenCommands::select(const QString& name)
{
    return m_window->tokenView()->selectToken(GuiFixture::idOf(*m_window, name));
}

Token TestTokenCommands::tokenNamed(const QString& name) const
{
    const QString id = GuiFixture::idOf(*m_window, name);
    const QModelIndex index = m_window->tokenModel()->indexOf(id);
    return index.isValid() ? m_window->tokenModel()->token(index) : Token{};
}

QMessageBox* TestTokenCommands::visibleBox(const QString& objectName) const
{
    for (auto* box : m_window->findChildren<QMessageBox*>(objectName)) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

void TestTokenCommands::rename()
{
    QVERIFY(select(QStringLiteral("Salesforce")));
    const QString id = m_window->tokenView()->currentTokenId();
    m_window->commands()->action(CommandController::Rename)->trigger();
    auto* dialog = m_window->findChild<RenameDialog*>(QStringLiteral("renameDialog"));
    QVERIFY(dialog);
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QCOMPARE(edit->text(), QStringLiteral("Salesforce"));
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("renameButton"));
    QVERIFY2(!button->isEnabled(), "an unchanged name is nothing to send");
    edit->setText(QStringLiteral("Salesforce CRM"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->tokenModel()->token(m_window->tokenModel()->indexOf(id)).name,
        QStringLiteral("Salesforce CRM"), 10000);
    QTRY_VERIFY(!m_window->findChild<RenameDialog*>(QStringLiteral("renameDialog")));
    QCOMPARE(m_window->tokenView()->currentTokenId(), id);
}

void TestTokenCommands::renameVersionConflict()
{
    QVERIFY(select(QStringLiteral("Salesforce")));
    const Token before = *m_window->tokenView()->currentToken();
    m_window->commands()->action(CommandController::Rename)->trigger();
    auto* dialog = m_window->findChild<RenameDialog*>(QStringLiteral("renameDialog"));
    QVERIFY(dialog);

    // Someone renames it while the dialog is open.
    QString error;
    AdminClient* other = m_fixture->otherClient(&error);
    QVERIFY2(other, qPrintable(error));
    const auto behind =
        GuiFixture::await<Token>([other, before](AdminClient::Callback<Token> done) {
            other->rename(before.id, QStringLiteral("Salesforce EU"), before.version, other, done);
        });
    QVERIFY2(behind.ok(), qPrintable(behind.error.userMessage()));

    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    edit->setText(QStringLiteral("Salesforce CRM"));
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("renameButton"));
    QTest::mouseClick(button, Qt::LeftButton);

    auto* errorLabel = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), 10000);
    QVERIFY2(errorLabel->text().contains(QLatin1String("Salesforce EU")),
             qPrintable(errorLabel->text()));
    QCOMPARE(edit->text(), QStringLiteral("Salesforce CRM"));
    // The table already shows the newer name.
    QTRY_COMPARE(m_window->tokenModel()->token(m_window->tokenModel()->indexOf(before.id)).name,
                 QStringLiteral("Salesforce EU"));

    // Retrying goes out on the newer version and wins.
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->tokenModel()->token(m_window->tokenModel()->indexOf(before.id)).name,
        QStringLiteral("Salesforce CRM"), 10000);
    QTRY_VERIFY(!m_window->findChild<RenameDialog*>(QStringLiteral("renameDialog")));
}

void TestTokenCommands::disableAndEnable()
{
    QVERIFY(select(QStringLiteral("Salesforce")));
    const QString id = m_window->tokenView()->currentTokenId();
    CommandController* commands = m_window->commands();
    QVERIFY(commands->action(CommandController::Disable)->isEnabled());
    QVERIFY(!commands->action(CommandController::Enable)->isEnabled());

    commands->action(CommandController::Disable)->trigger();
    QTRY_VERIFY(visibleBox(QStringLiteral("disableConfirmation")));
    QMessageBox* box = visibleBox(QStringLiteral("disableConfirmation"));
    QVERIFY(box->text().contains(QLatin1String("Salesforce")));
    QVERIFY(box->text().contains(QLatin1String("jane@acme.example")));
    QVERIFY(box->informativeText().contains(QLatin1String("stop")));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tokenNamed(QStringLiteral("Salesforce")).isActive(), 10000);
    QCOMPARE(tokenNamed(QStringLiteral("Salesforce")).disabledReason,
             Token::DisabledReason::Manual);
    QCOMPARE(m_window->tokenView()->currentTokenId(), id);
    QTRY_VERIFY(commands->action(CommandController::Enable)->isEnabled());
    QVERIFY(!commands->action(CommandController::Disable)->isEnabled());

    commands->action(CommandController::Enable)->trigger();
    QTRY_VERIFY(visibleBox(QStringLiteral("enableConfirmation")));
    box = visibleBox(QStringLiteral("enableConfirmation"));
    QVERIFY2(box->informativeText().contains(QLatin1String("manually")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QLatin1String("restarts")));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tokenNamed(QStringLiteral("Salesforce")).isActive(), 10000);
    QCOMPARE(m_window->tokenView()->currentTokenId(), id);

    // Canceling changes nothing.
    commands->action(CommandController::Disable)->trigger();
    QTRY_VERIFY(visibleBox(QStringLiteral("disableConfirmation")));
    box = visibleBox(QStringLiteral("disableConfirmation"));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!visibleBox(QStringLiteral("disableConfirmation")));
    QVERIFY(tokenNamed(QStringLiteral("Salesforce")).isActive());
}

void TestTokenCommands::verifyUpdatesLastActivity()
{
    // A token this computer holds the secret of: provisioned here, secret in the store.
    QString error;
    AdminClient* other = m_fixture->otherClient(&error);
    QVERIFY2(other, qPrintable(error));
    const auto users = GuiFixture::await<QVector<AccountUser>>(
        [other](AdminClient::Callback<QVector<AccountUser>> done) {
            other->fetchUsers(other, done);
        });
    QVERIFY(users.ok());
    qint64 omar = 0;
    for (const AccountUser& user : users.value) {
        if (user.login == QLatin1String("omar@acme.example"))
            omar = user.id;
    }
    QVERIFY(omar);
    const auto provisioned = GuiFixture::await<ProvisionedToken>(
        [other, omar](AdminClient::Callback<ProvisionedToken> done) {
            other->provision(omar, QStringLiteral("Webhook"), {}, other, done);
        });
    QVERIFY2(provisioned.ok(), qPrintable(provisioned.error.userMessage()));
    ConsoleSession* session = m_window->session();
    bool stored = false;
    m_secrets->store(session->platform()->secretAccount(provisioned.value.token.key), provisioned.value.secret,
                     this, [&stored](const SecretStore::Result& result) { stored = result.ok(); });
    QTRY_VERIFY(stored);
    session->platform()->noteSecretStored(provisioned.value.token.key);

    m_window->commands()->action(CommandController::Refresh)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(select(QStringLiteral("Webhook")), 10000);
    QVERIFY(!tokenNamed(QStringLiteral("Webhook")).lastActivityAt.isValid());
    QAction* verify = m_window->commands()->action(CommandController::Verify);
    QTRY_VERIFY(verify->isEnabled());
    verify->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(tokenNamed(QStringLiteral("Webhook")).lastActivityAt.isValid(), 10000);
    // The details panel follows, including the activity list.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->detailsPanel()->findChild<QLabel*>(QStringLiteral("lastActivityValue"))->text() !=
            DetailsPanel::tr("never"),
        10000);
}

void TestTokenCommands::refreshKeepsSelection()
{
    m_window->tokenView()->sortByColumn(TokenTableModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(select(QStringLiteral("Marketo")));
    const QString id = m_window->tokenView()->currentTokenId();

    // Change another token behind the window's back, then refresh.
    QString error;
    AdminClient* other = m_fixture->otherClient(&error);
    QVERIFY2(other, qPrintable(error));
    const Token tableau = tokenNamed(QStringLiteral("Tableau"));
    const auto renamed =
        GuiFixture::await<Token>([other, tableau](AdminClient::Callback<Token> done) {
            other->rename(tableau.id, QStringLiteral("Analytics"), tableau.version, other, done);
        });
    QVERIFY(renamed.ok());
    QSignalSpy refreshed(m_window->session(), &ConsoleSession::refreshed);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!GuiFixture::idOf(*m_window, QStringLiteral("Analytics")).isEmpty());
    QCOMPARE(m_window->tokenView()->currentTokenId(), id);
    QCOMPARE(m_window->tokenView()->horizontalHeader()->sortIndicatorSection(),
             int(TokenTableModel::NameColumn));
    QCOMPARE(m_window->tokenView()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestTokenCommands::actionsFollowSelection_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("disable");
    QTest::addColumn<bool>("enable");
    QTest::addColumn<bool>("copySecret");
    QTest::newRow("active, secret elsewhere")
        << QStringLiteral("Salesforce") << true << false << false;
    QTest::newRow("disabled for inactivity") << QStringLiteral("Tableau") << false << true << false;
    QTest::newRow("nothing selected") << QString() << false << false << false;
}

void TestTokenCommands::actionsFollowSelection()
{
    QFETCH(QString, name);
    QFETCH(bool, disable);
    QFETCH(bool, enable);
    QFETCH(bool, copySecret);
    if (name.isEmpty())
        m_window->tokenView()->clearSelection();
    else
        QVERIFY(select(name));
    CommandController* commands = m_window->commands();
    QCOMPARE(commands->action(CommandController::Disable)->isEnabled(), disable);
    QCOMPARE(commands->action(CommandController::Enable)->isEnabled(), enable);
    QCOMPARE(commands->action(CommandController::CopySecret)->isEnabled(), copySecret);
    QCOMPARE(commands->action(CommandController::Rename)->isEnabled(), !name.isEmpty());
    QCOMPARE(commands->action(CommandController::Provision)->isEnabled(), true);
    if (!copySecret) {
        QVERIFY(!commands->blockedReason(CommandController::CopySecret).isEmpty());
        QVERIFY(commands->action(CommandController::CopySecret)
                    ->toolTip()
                    .contains(commands->blockedReason(CommandController::CopySecret)));
    }
}

void TestTokenCommands::headerLayoutIsKept()
{
    QHeaderView* header = m_window->tokenView()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(TokenTableModel::LoginColumn));
    header->setSectionHidden(TokenTableModel::LoginColumn, true);
    header->resizeSection(TokenTableModel::NameColumn, 222);
    m_window->tokenView()->sortByColumn(TokenTableModel::NameColumn, Qt::DescendingOrder);
    m_window->close(); // saves the window's and the table's layout

    QString error;
    auto second = m_fixture->openAdminWindow(m_fixture->embeddedOptions(), &error);
    QVERIFY2(second, qPrintable(error));
    QHeaderView* restored = second->tokenView()->horizontalHeader();
    QVERIFY(restored->isSectionHidden(TokenTableModel::LoginColumn));
    QCOMPARE(restored->sectionSize(TokenTableModel::NameColumn), 222);
    QCOMPARE(restored->sortIndicatorSection(), int(TokenTableModel::NameColumn));
    QCOMPARE(restored->sortIndicatorOrder(), Qt::DescendingOrder);
    // And the rows follow that sort.
    const QAbstractItemModel* rows = second->tokenView()->model();
    QVERIFY(rows->rowCount() >= 2);
    QVERIFY(rows->index(0, TokenTableModel::NameColumn).data().toString() >
            rows->index(1, TokenTableModel::NameColumn).data().toString());
}

void TestTokenCommands::headerMenuHidesAndShowsColumns()
{
    QHeaderView* header = m_window->tokenView()->horizontalHeader();
    const QString login =
        m_window->tokenModel()->headerData(TokenTableModel::LoginColumn, Qt::Horizontal).toString();
    // The menu runs its own event loop: answer it from inside, as a user would.
    auto toggle = [&login] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return false;
        for (QAction* action : menu->actions()) {
            if (action->text() == login)
                action->trigger();
        }
        menu->close();
        return true;
    };
    bool answered = false;
    QTimer::singleShot(0, this, [&] { answered = toggle(); });
    Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
    QVERIFY(answered);
    QVERIFY(header->isSectionHidden(TokenTableModel::LoginColumn));
    QTimer::singleShot(0, this, [&] { answered = toggle(); });
    Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
    QVERIFY(!header->isSectionHidden(TokenTableModel::LoginColumn));
}

QTEST_MAIN(TestTokenCommands)
#include "TestTokenCommands.moc"
