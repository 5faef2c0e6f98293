// SPDX-License-Identifier: GPL-3.0-or-later
#include "FailingSecretStore.h"
#include "GuiFixture.h"
#include "commands/CommandController.h"
#include "dialogs/NewSecretDialog.h"
#include "dialogs/ProvisionDialog.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "secrets/LocalSecretIndex.h"
#include "view/TokenView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

class TestProvisionFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void provisionSelectsNewRow();
    void loginWithTokenIsNotSelectable();
    void nameIsValidatedAsTyped_data();
    void nameIsValidatedAsTyped();
    void serverErrorKeepsDialogOpen();
    void keychainUnavailableKeepsSecretOnScreen();

private:
    void open(MainWindow::Options options);
    ProvisionDialog* openDialog();
    bool chooseLogin(ProvisionDialog* dialog, const QString& login);

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestProvisionFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProvisionFlow::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<GuiFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestProvisionFlow::cleanup()
{
    m_proxyTester.reset();
    m_sourceTester.reset();
    m_window.reset();
    m_fixture.reset();
}

void TestProvisionFlow::open(MainWindow::Options options)
{
    QString error;
    m_window = m_fixture->openAdminWindow(std::move(options), &error);
    QVERIFY2(m_window, qPrintable(error));
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(m_window->tokenModel());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_window->filterModel());
}

ProvisionDialog* TestProvisionFlow::openDialog()
{
    QAction* provision = m_window->commands()->action(CommandController::Provision);
    if (!provision->isEnabled())
        return nullptr;
    provision->trigger();
    auto* dialog = m_window->findChild<ProvisionDialog*>(QStringLiteral("provisionDialog"));
    if (dialog) {
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("loginCombo"));
        if (!QTest::qWaitFor([combo] { return combo->count() > 0; }, 10000))
            return nullptr;
    }
    return dialog;
}

bool TestProvisionFlow::chooseLogin(ProvisionDialog* dialog, const QString& login)
{
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("loginCombo"));
    for (int row = 0; row < combo->count(); ++row) {
        if (combo->itemText(row).startsWith(login)) {
            combo->setCurrentIndex(row);
            return combo->currentIndex() == row;
        }
    }
    return false;
}

void TestProvisionFlow::provisionSelectsNewRow()
{
    open(m_fixture->embeddedOptions());
    if (QTest::currentTestFailed())
        return;
    ProvisionDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("provisionButton"));
    QVERIFY(chooseLogin(dialog, QStringLiteral("omar@acme.example")));
    QVERIFY2(!button->isEnabled(), "no name yet: the button must wait");
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("Zapier"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    // While the request is out, Escape does not close the dialog: the answer carries the
    // only copy of the secret.
    dialog->reject();
    QVERIFY(dialog->isVisible() || m_window->findChild<NewSecretDialog*>());

    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->findChild<NewSecretDialog*>(QStringLiteral("newSecretDialog")), 10000);
    auto* secretDialog = m_window->findChild<NewSecretDialog*>(QStringLiteral("newSecretDialog"));
    QCOMPARE(secretDialog->shownSecret().size(), 128);
    QTRY_VERIFY_WITH_TIMEOUT(secretDialog->storage() != NewSecretDialog::Storage::Pending, 20000);
    QCOMPARE(secretDialog->storage(), NewSecretDialog::Storage::Stored);

    const auto current = m_window->tokenView()->currentToken();
    QVERIFY2(current, "the new token's row must be selected");
    QCOMPARE(current->name, QStringLiteral("Zapier"));
    QCOMPARE(current->login, QStringLiteral("omar@acme.example"));
    QVERIFY(LocalSecretIndex(QStringLiteral("demo")).contains(current->key));
    // With the secret here, Verify and Copy Secret apply to it.
    QTRY_VERIFY(m_window->commands()->action(CommandController::CopySecret)->isEnabled());
    secretDialog->accept();
    QTRY_VERIFY(!m_window->findChild<NewSecretDialog*>(QStringLiteral("newSecretDialog")));
}

void TestProvisionFlow::loginWithTokenIsNotSelectable()
{
    open(m_fixture->embeddedOptions());
    if (QTest::currentTestFailed())
        return;
    ProvisionDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("loginCombo"));
    int janeRow = -1;
    for (int row = 0; row < combo->count(); ++row) {
        if (combo->itemText(row).startsWith(QLatin1String("jane@acme.example")))
            janeRow = row;
    }
    QVERIFY2(janeRow >= 0, "a login with a token is still listed");
    const QModelIndex jane = combo->model()->index(janeRow, 0);
    QVERIFY(!(jane.flags() & Qt::ItemIsEnabled));
    QVERIFY(!(jane.flags() & Qt::ItemIsSelectable));
    QVERIFY(combo->itemText(janeRow).contains(QLatin1String("already has a token")));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("loginHint"))
                ->text()
                .contains(QLatin1String("one token per login")));
    QVERIFY(dialog->selectedUserId() != 0);
    // Even forced to that row, the dialog does not offer it.
    combo->setCurrentIndex(janeRow);
    QCOMPARE(dialog->selectedUserId(), qint64(0));
    dialog->reject();
}

void TestProvisionFlow::nameIsValidatedAsTyped_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("one character") << QStringLiteral("S") << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('x')) << true;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('x')) << false;
    QTest::newRow("padded 64") << QStringLiteral("  %1  ").arg(QString(64, QLatin1Char('x')))
                               << true;
    QTest::newRow("tab") << QStringLiteral("Sales\tforce") << false;
    QTest::newRow("unicode") << QStringLiteral("Übersicht – 日本") << true;
}

void TestProvisionFlow::nameIsValidatedAsTyped()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    open(m_fixture->embeddedOptions());
    if (QTest::currentTestFailed())
        return;
    ProvisionDialog* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(chooseLogin(dialog, QStringLiteral("eva@acme.example")));
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    edit->setText(name);
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("provisionButton"));
    QCOMPARE(button->isEnabled(), valid);
    QCOMPARE(dialog->isValid(), valid);
    dialog->reject();
}

void TestProvisionFlow::serverErrorKeepsDialogOpen()
{
    open(m_fixture->embeddedOptions());
    if (QTest::currentTestFailed())
        return;
    ProvisionDialog* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(chooseLogin(dialog, QStringLiteral("eva@acme.example")));
    const qint64 evaId = dialog->selectedUserId();
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QTest::keyClicks(edit, QStringLiteral("Marketo EU"));

    // Someone provisions for eva while the dialog is open.
    QString error;
    AdminClient* other = m_fixture->otherClient(&error);
    QVERIFY2(other, qPrintable(error));
    const auto behind = GuiFixture::await<ProvisionedToken>(
        [other, evaId](AdminClient::Callback<ProvisionedToken> done) {
            other->provision(evaId, QStringLiteral("Elsewhere"), {}, other, done);
        });
    QVERIFY2(behind.ok(), qPrintable(behind.error.userMessage()));

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("provisionButton")),
                      Qt::LeftButton);
    auto* errorLabel = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), 10000);
    QVERIFY(!errorLabel->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(edit->text(), QStringLiteral("Marketo EU"));
    QVERIFY(!m_window->findChild<NewSecretDialog*>(QStringLiteral("newSecretDialog")));
    // The login list was refreshed: eva now has a token and cannot be chosen.
    QTRY_COMPARE(dialog->selectedUserId() == evaId, false);
    dialog->reject();
}

void TestProvisionFlow::keychainUnavailableKeepsSecretOnScreen()
{
    auto* failing = new FailingSecretStore;
    MainWindow::Options options = m_fixture->embeddedOptions();
    options.secretStoreFactory = [failing](QObject* parent) {
        failing->setParent(parent);
        return failing;
    };
    open(std::move(options));
    if (QTest::currentTestFailed())
        return;
    ProvisionDialog* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(chooseLogin(dialog, QStringLiteral("omar@acme.example")));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("Warehouse"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("provisionButton")),
                      Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->findChild<NewSecretDialog*>(QStringLiteral("newSecretDialog")), 10000);
    auto* secretDialog = m_window->findChild<NewSecretDialog*>(QStringLiteral("newSecretDialog"));
    QTRY_COMPARE(secretDialog->storage(), NewSecretDialog::Storage::NotStored);
    const QString secret = secretDialog->shownSecret();
    QCOMPARE(secret.size(), 128);
    auto* storage = secretDialog->findChild<QLabel*>(QStringLiteral("storageLabel"));
    QVERIFY2(storage->text().contains(QLatin1String("NOT stored")), qPrintable(storage->text()));

    // Nothing was written: not the index, not the settings.
    const auto current = m_window->tokenView()->currentToken();
    QVERIFY(current);
    QVERIFY(!LocalSecretIndex(QStringLiteral("demo")).contains(current->key));
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(secret), qPrintable(key));
    QCOMPARE(failing->calls(), 1);

    auto visibleBox = [secretDialog]() -> QMessageBox* {
        for (auto* box :
             secretDialog->findChildren<QMessageBox*>(QStringLiteral("confirmSecretStoredBox"))) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    };
    // Closing asks first; saying "keep showing" leaves the secret on screen.
    secretDialog->reject();
    QTRY_VERIFY(visibleBox());
    QMessageBox* box = visibleBox();
    QVERIFY(secretDialog->isVisible());
    QAbstractButton* keep = nullptr;
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::RejectRole)
            keep = button;
    }
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(secretDialog->isVisible());
    QCOMPARE(secretDialog->shownSecret(), secret);

    QTRY_VERIFY(!visibleBox());
    secretDialog->reject();
    QTRY_VERIFY(visibleBox());
    box = visibleBox();
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmStoredButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<NewSecretDialog*>(QStringLiteral("newSecretDialog")));
}

QTEST_MAIN(TestProvisionFlow)
#include "TestProvisionFlow.moc"
