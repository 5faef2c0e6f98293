// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiFixture.h"
#include "api/On24Client.h"
#include "commands/CommandController.h"
#include "dialogs/EditOwnerDialog.h"
#include "dialogs/NewSecretDialog.h"
#include "dialogs/RotateDialog.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "platform/Platform.h"
#include "secrets/InMemorySecretStore.h"
#include "session/ConsoleSession.h"
#include "view/DetailsPanel.h"
#include "view/TokenView.h"
#include "view/UsageSection.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

// Token Admin API v1.1 in the window: Rotate Secret… (the secret shown once, the keychain entry
// replaced, the grace counted down), Edit Owner and Notes… with a version conflict, and the
// details panel's usage with Narrow Access… and its confirmation.
class TestRotateOwnerUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rotateShowsTheSecretOnceAndReplacesTheKeychainEntry();
    void rotateIsRefusedForADisabledToken();
    void editOwnerAndNotesKeepsTypedTextThroughAConflict();
    void ownerIsSearchable();
    void narrowAccessListsWhatIsLost();

private:
    bool select(const QString& name);
    Token tokenNamed(const QString& name) const;
    QMessageBox* visibleBox(const QString& objectName) const;
    Platform* platform() const { return m_window->session()->platform(); }
    QString readSecret(const QString& key);
    // Makes the window list a token provisioned behind its back.
    bool refreshUntilListed(const QString& name);

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    InMemorySecretStore* m_secrets = nullptr;
};

void TestRotateOwnerUsage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRotateOwnerUsage::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<GuiFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    MainWindow::Options options = m_fixture->embeddedOptions();
    options.secretStoreFactory = [this](QObject* parent) {
        m_secrets = new InMemorySecretStore(parent);
        return m_secrets;
    };
    m_window = m_fixture->openAdminWindow(std::move(options), &error);
    QVERIFY2(m_window, qPrintable(error));
}

void TestRotateOwnerUsage::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

bool TestRotateOwnerUsage::select(const QString& name)
{
    return m_window->tokenView()->selectToken(GuiFixture::idOf(*m_window, name));
}

Token TestRotateOwnerUsage::tokenNamed(const QString& name) const
{
    const QString id = GuiFixture::idOf(*m_window, name);
    const QModelIndex index = m_window->tokenModel()->indexOf(id);
    return index.isValid() ? m_window->tokenModel()->token(index) : Token{};
}

QMessageBox* TestRotateOwnerUsage::visibleBox(const QString& objectName) const
{
    for (auto* box : m_window->findChildren<QMessageBox*>(objectName)) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

QString TestRotateOwnerUsage::readSecret(const QString& key)
{
    std::optional<SecretStore::Result> result;
    m_secrets->read(platform()->secretAccount(key), this,
                    [&result](const SecretStore::Result& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000) || !result->ok())
        return {};
    return result->secret;
}

bool TestRotateOwnerUsage::refreshUntilListed(const QString& name)
{
    m_window->commands()->action(CommandController::Refresh)->trigger();
    return QTest::qWaitFor([&] { return !GuiFixture::idOf(*m_window, name).isEmpty(); }, 10000);
}

void TestRotateOwnerUsage::rotateShowsTheSecretOnceAndReplacesTheKeychainEntry()
{
    const GuiFixture::Pair old =
        m_fixture->provision(QStringLiteral("eva@acme.example"), QStringLiteral("Marketo sync"));
    QVERIFY(!old.secret.isEmpty());
    QVERIFY(refreshUntilListed(QStringLiteral("Marketo sync")));
    // This computer holds the old secret, as if it had been provisioned here.
    std::optional<bool> stored;
    m_secrets->store(platform()->secretAccount(old.key), old.secret, this,
                     [&stored](const SecretStore::Result& r) { stored = r.ok(); });
    QTRY_VERIFY(stored.has_value() && *stored);
    platform()->noteSecretStored(old.key);
    QCOMPARE(readSecret(old.key), old.secret);

    QVERIFY(select(QStringLiteral("Marketo sync")));
    QAction* rotate = m_window->commands()->action(CommandController::Rotate);
    QVERIFY(rotate->isVisible());
    QTRY_VERIFY(rotate->isEnabled());
    rotate->trigger();
    auto* dialog = m_window->findChild<RotateDialog*>(QStringLiteral("rotateDialog"));
    QVERIFY(dialog);
    auto* grace = dialog->findChild<QSpinBox*>(QStringLiteral("graceSpin"));
    QCOMPARE(grace->value(), 24);
    QCOMPARE(grace->minimum(), 0);
    QCOMPARE(grace->maximum(), 168);
    auto* hint = dialog->findChild<QLabel*>(QStringLiteral("graceHint"));
    QVERIFY2(hint->text().contains(QLatin1String("24 hours")), qPrintable(hint->text()));
    grace->setValue(0);
    QVERIFY2(hint->text().contains(QLatin1String("at once")), qPrintable(hint->text()));
    grace->setValue(6);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("rotateButton")),
                      Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->findChild<NewSecretDialog*>(QStringLiteral("newSecretDialog")), 10000);
    QCOMPARE(m_window->findChildren<NewSecretDialog*>().size(), 1);
    auto* secretDialog = m_window->findChild<NewSecretDialog*>(QStringLiteral("newSecretDialog"));
    const QString secret = secretDialog->shownSecret();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{128}$")).match(secret).hasMatch());
    QVERIFY(secret != old.secret);
    QTRY_VERIFY_WITH_TIMEOUT(secretDialog->storage() != NewSecretDialog::Storage::Pending, 10000);
    QCOMPARE(secretDialog->storage(), NewSecretDialog::Storage::Stored);
    // The same entry now holds the new secret; there is no second entry.
    QCOMPARE(readSecret(old.key), secret);
    QCOMPARE(m_secrets->count(), 1);
    QTRY_VERIFY(!m_window->findChild<RotateDialog*>(QStringLiteral("rotateDialog")));

    // The table and the details panel count the previous secret's hours down.
    const Token rotated = tokenNamed(QStringLiteral("Marketo sync"));
    QVERIFY(rotated.inRotationGrace(m_window->session()->now()));
    QCOMPARE(m_window->tokenView()->currentTokenId(), rotated.id);
    const QModelIndex status =
        m_window->tokenModel()->indexOf(rotated.id, TokenTableModel::StatusColumn);
    const QString tip = status.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("6 more hours")), qPrintable(tip));
    auto* rotation = m_window->detailsPanel()->findChild<QLabel*>(QStringLiteral("rotationValue"));
    QTRY_VERIFY2(rotation->text().contains(QLatin1String("6 more hours")),
                 qPrintable(rotation->text()));
    QVERIFY(rotation->isVisibleTo(m_window->detailsPanel()));

    // Once closed, nothing shows the secret again.
    secretDialog->accept();
    QTRY_VERIFY(!m_window->findChild<NewSecretDialog*>(QStringLiteral("newSecretDialog")));
    for (QLabel* label : m_window->findChildren<QLabel*>())
        QVERIFY(!label->text().contains(secret));
    for (QLineEdit* edit : m_window->findChildren<QLineEdit*>())
        QVERIFY(!edit->text().contains(secret));
}

void TestRotateOwnerUsage::rotateIsRefusedForADisabledToken()
{
    QVERIFY(select(QStringLiteral("Tableau")));
    QAction* rotate = m_window->commands()->action(CommandController::Rotate);
    QTRY_VERIFY(!rotate->isEnabled());
    QVERIFY2(rotate->toolTip().contains(QLatin1String("is disabled")),
             qPrintable(rotate->toolTip()));
}

void TestRotateOwnerUsage::editOwnerAndNotesKeepsTypedTextThroughAConflict()
{
    QVERIFY(select(QStringLiteral("Salesforce")));
    const Token before = *m_window->tokenView()->currentToken();
    QAction* edit = m_window->commands()->action(CommandController::EditOwner);
    QTRY_VERIFY(edit->isEnabled());
    edit->trigger();
    auto* dialog = m_window->findChild<EditOwnerDialog*>(QStringLiteral("editOwnerDialog"));
    QVERIFY(dialog);
    auto* owner = dialog->findChild<QLineEdit*>(QStringLiteral("ownerEdit"));
    auto* notes = dialog->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"));
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY2(!save->isEnabled(), "nothing changed yet");
    // A direction override could make one owner pose as another: refused as typed.
    owner->setText(QStringLiteral("Raj \u202E"));
    QVERIFY(!save->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("problemLabel"))->isVisibleTo(dialog));
    owner->setText(QStringLiteral("Raj (Marketing Ops)"));
    notes->setPlainText(QStringLiteral("Nightly sync to the warehouse."));
    QVERIFY(save->isEnabled());

    // Meanwhile someone else sets an owner.
    QString error;
    AdminClient* other = m_fixture->otherClient(&error);
    QVERIFY2(other, qPrintable(error));
    const auto theirs = GuiFixture::await<Token>([&](AdminClient::Callback<Token> done) {
        other->setOwnerAndNotes(before.id, QStringLiteral("Li (BI)"), QString(), before.version,
                                other, done);
    });
    QVERIFY(theirs.ok());

    QTest::mouseClick(save, Qt::LeftButton);
    auto* errorLabel = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisibleTo(dialog), 10000);
    QVERIFY2(errorLabel->text().contains(QLatin1String("Li (BI)")), qPrintable(errorLabel->text()));
    QVERIFY(errorLabel->text().contains(QLatin1String("Someone else")));
    // What the user typed stays.
    QCOMPARE(owner->text(), QStringLiteral("Raj (Marketing Ops)"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Nightly sync to the warehouse."));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("keepTheirsButton"))->isVisible());
    QTRY_VERIFY(save->isEnabled());

    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tokenNamed(QStringLiteral("Salesforce")).owner,
                              QStringLiteral("Raj (Marketing Ops)"), 10000);
    QCOMPARE(tokenNamed(QStringLiteral("Salesforce")).notes,
             QStringLiteral("Nightly sync to the warehouse."));
    QTRY_VERIFY(!m_window->findChild<EditOwnerDialog*>(QStringLiteral("editOwnerDialog")));
    const auto onServer = GuiFixture::await<Token>(
        [&](AdminClient::Callback<Token> done) { other->fetchToken(before.id, other, done); });
    QCOMPARE(onServer.value.owner, QStringLiteral("Raj (Marketing Ops)"));

    // The details panel and the Owner column show it.
    auto* ownerValue = m_window->detailsPanel()->findChild<QLabel*>(QStringLiteral("ownerValue"));
    QTRY_COMPARE(ownerValue->text(), QStringLiteral("Raj (Marketing Ops)"));
    QVERIFY(ownerValue->isVisibleTo(m_window->detailsPanel()));
    auto* notesValue = m_window->detailsPanel()->findChild<QLabel*>(QStringLiteral("notesValue"));
    QCOMPARE(notesValue->text(), QStringLiteral("Nightly sync to the warehouse."));
    QVERIFY(platform()->columns().contains(TokenTableModel::OwnerColumn));
    const QModelIndex cell =
        m_window->tokenModel()->indexOf(before.id, TokenTableModel::OwnerColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Raj (Marketing Ops)"));
}

void TestRotateOwnerUsage::ownerIsSearchable()
{
    const Token salesforce = tokenNamed(QStringLiteral("Salesforce"));
    QString error;
    AdminClient* other = m_fixture->otherClient(&error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(GuiFixture::await<Token>([&](AdminClient::Callback<Token> done) {
                other->setOwnerAndNotes(salesforce.id, QStringLiteral("Raj (Marketing Ops)"),
                                        QStringLiteral("Ask before the Q3 rollout"),
                                        salesforce.version, other, done);
            }).ok());
    m_window->commands()->action(CommandController::Refresh)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(tokenNamed(QStringLiteral("Salesforce")).owner,
                              QStringLiteral("Raj (Marketing Ops)"), 10000);
    TokenFilterModel* filter = m_window->filterModel();
    filter->setFilterText(QStringLiteral("MARKETING ops"));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->token(filter->index(0, 0)).id, salesforce.id);
    filter->setFilterText(QStringLiteral("q3 ROLLOUT")); // notes too
    QCOMPARE(filter->rowCount(), 1);
    filter->setFilterText(QStringLiteral("ops\nask")); // never across owner and notes
    QCOMPARE(filter->rowCount(), 0);
    filter->setFilterText(QString());
    QVERIFY(filter->rowCount() >= 3);
}

void TestRotateOwnerUsage::narrowAccessListsWhatIsLost()
{
    const GuiFixture::Pair pair =
        m_fixture->provision(QStringLiteral("eva@acme.example"), QStringLiteral("Counted"));
    QVERIFY(!pair.secret.isEmpty());
    // Two real ON24 calls: client analytics only.
    On24Client on24;
    QUrl v2 = m_fixture->url();
    v2.setPath(QStringLiteral("/v2"));
    for (int i = 0; i < 2; ++i) {
        std::optional<bool> works;
        on24.verify(v2, Sandbox::SandboxServer::demoClientId(), pair.key, pair.secret, this,
                    [&works](const On24Client::Verification& v) { works = v.works(); });
        QTRY_VERIFY_WITH_TIMEOUT(works.has_value(), 10000);
        QVERIFY(*works);
    }
    QVERIFY(refreshUntilListed(QStringLiteral("Counted")));
    QVERIFY(select(QStringLiteral("Counted")));

    UsageSection* usage = m_window->detailsPanel()->usageSection();
    QVERIFY(usage->isVisibleTo(m_window->detailsPanel()));
    auto* list = usage->findChild<QTreeWidget*>(QStringLiteral("usageList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 6, 10000);
    QTRY_VERIFY(!usage->isLoading());
    QCOMPARE(usage->usedAreas(), QStringList{QStringLiteral("client_analytics")});
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = list->topLevelItem(row);
        const bool used =
            item->data(0, Qt::UserRole).toString() == QLatin1String("client_analytics");
        QCOMPARE(item->text(1), used ? QStringLiteral("2") : QStringLiteral("0"));
    }
    auto* narrow = usage->findChild<QToolButton*>(QStringLiteral("narrowAccessButton"));
    QVERIFY(narrow->isVisibleTo(usage));
    QTRY_VERIFY(narrow->isEnabled());

    // Cancel first: nothing changes.
    QTest::mouseClick(narrow, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(visibleBox(QStringLiteral("confirmNarrowAccessBox")), 10000);
    QMessageBox* box = visibleBox(QStringLiteral("confirmNarrowAccessBox"));
    const QString text = box->informativeText();
    for (const char* lost :
         {"Registration", "Event analytics", "Event management", "Content", "Helpers"})
        QVERIFY2(text.contains(QLatin1String(lost)), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("It keeps: Client analytics.")), qPrintable(text));
    QVERIFY(!text.section(QLatin1String("It keeps"), 0, 0).contains(QLatin1String("Client")));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!visibleBox(QStringLiteral("confirmNarrowAccessBox")));
    QVERIFY(tokenNamed(QStringLiteral("Counted")).allEndpoints);

    QTest::mouseClick(narrow, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(visibleBox(QStringLiteral("confirmNarrowAccessBox")), 10000);
    box = visibleBox(QStringLiteral("confirmNarrowAccessBox"));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tokenNamed(QStringLiteral("Counted")).allEndpoints, 10000);
    QCOMPARE(tokenNamed(QStringLiteral("Counted")).accessAreas,
             QStringList{QStringLiteral("client_analytics")});
    QString error;
    AdminClient* other = m_fixture->otherClient(&error);
    const auto onServer = GuiFixture::await<Token>(
        [&](AdminClient::Callback<Token> done) { other->fetchToken(pair.id, other, done); });
    QCOMPARE(onServer.value.accessAreas, QStringList{QStringLiteral("client_analytics")});
    // Now it holds only what it used: nothing more to narrow.
    QTRY_VERIFY_WITH_TIMEOUT(!usage->isLoading() && !narrow->isVisibleTo(usage), 10000);
}

QTEST_MAIN(TestRotateOwnerUsage)
#include "TestRotateOwnerUsage.moc"
