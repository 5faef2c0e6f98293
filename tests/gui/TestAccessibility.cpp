// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clipboard.h"
#include "GuiFixture.h"
#include "commands/CommandController.h"
#include "dialogs/NewSecretDialog.h"
#include "dialogs/ProvisionDialog.h"
#include "dialogs/RenameDialog.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "secrets/InMemorySecretStore.h"
#include "view/TokenView.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

namespace {

// The accessibility events the window sends, as (object, event type).
QList<QPair<QObject*, QAccessible::Event>> g_events;

void recordEvent(QAccessibleEvent* event)
{
    g_events.append({event->object(), event->type()});
}

bool announced(QObject* object, QAccessible::Event type)
{
    return g_events.contains({object, type});
}

QString accessibleName(QObject* object)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// The tool button Qt shows for a line edit's clear action.
QToolButton* clearButtonOf(QLineEdit* edit)
{
    auto* clear = edit->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"));
    for (auto* button : edit->findChildren<QToolButton*>()) {
        if (clear && button->defaultAction() == clear)
            return button;
    }
    return nullptr;
}

} // namespace

// What a screen reader gets: names for the buttons Qt makes, the table's shown columns only,
// messages tied to their field and announced, the copy feedback, Provision's reason in words.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void generatedButtonsHaveNames_data();
    void generatedButtonsHaveNames();
    void toolbarOverflowButtonHasAName();
    void hiddenColumnsAreNotExposed();
    void tableNumbersItsCellsConsistently();
    void focusEventNamesTheShownCell();
    void nameErrorIsTiedToTheFieldAndAnnounced_data();
    void nameErrorIsTiedToTheFieldAndAnnounced();
    void provisionSaysWhyItIsUnavailable();
    void copyFeedbackIsShownAndAnnounced();

private:
    TokenView* view() const { return m_window->tokenView(); }
    QAccessibleTableInterface* table() const;
    QStringList shownHeaders() const;
    QDialog* openDialog(const QString& which);

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QAccessible::UpdateHandler m_previousHandler = nullptr;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccessibility::init()
{
    QSettings().clear();
    // As with a screen reader running (Qt's AT-SPI bridge on, see CMakeLists.txt): events are
    // sent, and recorded here instead of going to the bus.
    QTRY_VERIFY2(QAccessible::isActive(), "no accessibility bridge: run with_atspi_bus.sh");
    m_previousHandler = QAccessible::installUpdateHandler(&recordEvent);
    g_events.clear();
    m_fixture = std::make_unique<GuiFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    MainWindow::Options options = m_fixture->embeddedOptions();
    options.secretStoreFactory = [](QObject* parent) { return new InMemorySecretStore(parent); };
    m_window = m_fixture->openAdminWindow(std::move(options), &error);
    QVERIFY2(m_window, qPrintable(error));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_fixture.reset();
    QAccessible::installUpdateHandler(m_previousHandler);
    g_events.clear();
}

QAccessibleTableInterface* TestAccessibility::table() const
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(view());
    return iface ? iface->tableInterface() : nullptr;
}

QStringList TestAccessibility::shownHeaders() const
{
    QStringList headers;
    const QHeaderView* header = view()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            headers << view()->model()->headerData(logical, Qt::Horizontal).toString();
    }
    return headers;
}

QDialog* TestAccessibility::openDialog(const QString& which)
{
    if (which == QLatin1String("rename")) {
        view()->selectToken(GuiFixture::idOf(*m_window, QStringLiteral("Salesforce")));
        m_window->commands()->action(CommandController::Rename)->trigger();
        return m_window->findChild<RenameDialog*>(QStringLiteral("renameDialog"));
    }
    m_window->commands()->action(CommandController::Provision)->trigger();
    return m_window->findChild<ProvisionDialog*>(QStringLiteral("provisionDialog"));
}

void TestAccessibility::generatedButtonsHaveNames_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("name");
    QTest::newRow("search") << QStringLiteral("search") << QStringLiteral("Clear search");
    QTest::newRow("rename") << QStringLiteral("rename") << QStringLiteral("Clear name");
    QTest::newRow("provision") << QStringLiteral("provision") << QStringLiteral("Clear name");
}

void TestAccessibility::generatedButtonsHaveNames()
{
    QFETCH(QString, where);
    QFETCH(QString, name);
    QLineEdit* edit = nullptr;
    if (where == QLatin1String("search")) {
        edit = m_window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    } else {
        QDialog* dialog = openDialog(where);
        QVERIFY(dialog);
        edit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    }
    QVERIFY(edit);
    // The clear button shows once there is text to clear.
    edit->setText(QStringLiteral("Sales"));
    QToolButton* button = clearButtonOf(edit);
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    QCOMPARE(accessibleName(button), name);
}

void TestAccessibility::toolbarOverflowButtonHasAName()
{
    // Too narrow for every tool: the overflow button appears.
    m_window->resize(420, 600);
    auto* toolbar = m_window->findChild<QToolBar*>(QStringLiteral("tokenToolBar"));
    QVERIFY(toolbar);
    auto* more = toolbar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(more);
    QTRY_VERIFY(more->isVisible());
    QCOMPARE(accessibleName(more), QStringLiteral("More tools"));
}

void TestAccessibility::hiddenColumnsAreNotExposed()
{
    QAccessibleTableInterface* cells = table();
    QVERIFY(cells);
    QStringList exposed;
    for (int column = 0; column < cells->columnCount(); ++column)
        exposed << cells->columnDescription(column);
    // The default layout hides Access, Key and Created; the shown ones come in screen order.
    QCOMPARE(exposed, shownHeaders());
    for (const char* hidden : {"Access", "Key", "Created"})
        QVERIFY2(!exposed.contains(QLatin1String(hidden)), hidden);

    // Hiding one more column takes it out; showing one puts it in, where it is on screen.
    QHeaderView* header = view()->horizontalHeader();
    header->setSectionHidden(TokenTableModel::LoginColumn, true);
    header->setSectionHidden(TokenTableModel::KeyColumn, false);
    QCOMPARE(cells->columnCount(), int(shownHeaders().size()));
    exposed.clear();
    for (int column = 0; column < cells->columnCount(); ++column)
        exposed << cells->columnDescription(column);
    QCOMPARE(exposed, shownHeaders());
    QVERIFY(!exposed.contains(QStringLiteral("Login")));
    QVERIFY(exposed.contains(QStringLiteral("Key")));

    // The at-risk token's countdown cell says so.
    const int countdown = int(exposed.indexOf(QStringLiteral("Auto-disable in")));
    const int row = m_window->filterModel()
                        ->indexOf(GuiFixture::idOf(*m_window, QStringLiteral("Marketo")))
                        .row();
    QVERIFY(countdown >= 0 && row >= 0);
    const QString spoken = cells->cellAt(row, countdown)->text(QAccessible::Name);
    QVERIFY2(spoken.contains(QLatin1String("warning")) ||
                 spoken.contains(QLatin1String("critical")),
             qPrintable(spoken));
}

void TestAccessibility::tableNumbersItsCellsConsistently()
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(view());
    QAccessibleTableInterface* cells = table();
    const int columns = cells->columnCount();
    QCOMPARE(cells->rowCount(), view()->model()->rowCount());
    QCOMPARE(iface->childCount(), (cells->rowCount() + 1) * columns);
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface* child = iface->child(i);
        QVERIFY(child);
        QCOMPARE(iface->indexOfChild(child), i);
        QCOMPARE(child->parent(), iface);
        QCOMPARE(child->role(), i < columns ? QAccessible::ColumnHeader : QAccessible::Cell);
        if (i >= columns) {
            QAccessibleTableCellInterface* cell = child->tableCellInterface();
            QCOMPARE(cell->rowIndex(), i / columns - 1);
            QCOMPARE(cell->columnIndex(), i % columns);
            QCOMPARE(cells->cellAt(cell->rowIndex(), cell->columnIndex()), child);
        }
    }
    QVERIFY(!iface->child(iface->childCount()));
}

void TestAccessibility::focusEventNamesTheShownCell()
{
    view()->setFocus();
    QTRY_VERIFY(view()->hasFocus());
    // Qt's QTableView numbers the cells with the hidden columns; a screen reader would then be
    // told about the wrong cell.
    static QString focusedName;
    static int focusedRow = -2;
    static int selectedRow = -2;
    focusedName.clear();
    QAccessible::installUpdateHandler([](QAccessibleEvent* event) {
        if (event->type() == QAccessible::SelectionAdd && event->child() >= 0) {
            QAccessibleInterface* cell = event->accessibleInterface();
            selectedRow =
                cell && cell->tableCellInterface() ? cell->tableCellInterface()->rowIndex() : -1;
        }
        if (event->type() == QAccessible::Focus && event->child() >= 0) {
            QAccessibleInterface* cell = event->accessibleInterface();
            focusedName = cell ? cell->text(QAccessible::Name) : QStringLiteral("(none)");
            focusedRow =
                cell && cell->tableCellInterface() ? cell->tableCellInterface()->rowIndex() : -1;
        }
    });
    const QModelIndex marketo =
        m_window->filterModel()->indexOf(GuiFixture::idOf(*m_window, QStringLiteral("Marketo")));
    const QModelIndex status = marketo.siblingAtColumn(TokenTableModel::StatusColumn);
    view()->selectionModel()->setCurrentIndex(status, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    QAccessible::installUpdateHandler(&recordEvent);
    QCOMPARE(focusedName, status.data(Qt::DisplayRole).toString());
    QCOMPARE(focusedRow, marketo.row());
    QCOMPARE(selectedRow, marketo.row());
}

void TestAccessibility::nameErrorIsTiedToTheFieldAndAnnounced_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("rename") << QStringLiteral("rename");
    QTest::newRow("provision") << QStringLiteral("provision");
}

void TestAccessibility::nameErrorIsTiedToTheFieldAndAnnounced()
{
    QFETCH(QString, which);
    QDialog* dialog = openDialog(which);
    QVERIFY(dialog);
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* hint = dialog->findChild<QLabel*>(QStringLiteral("nameHint"));
    QVERIFY(edit && hint);
    g_events.clear();
    edit->setText(QString(80, QLatin1Char('x'))); // over the 64-character limit
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QLatin1String("64")));
    // Tied: the field's description is the message; announced: both changes are sent.
    QCOMPARE(edit->accessibleDescription(), hint->text());
    QCOMPARE(QAccessible::queryAccessibleInterface(edit)->text(QAccessible::Description),
             hint->text());
    QCOMPARE(g_events.count({edit, QAccessible::DescriptionChanged}), 1);
    QVERIFY(announced(hint, QAccessible::NameChanged));

    // Corrected: the error goes from the field too.
    g_events.clear();
    edit->setText(QStringLiteral("Salesforce EU"));
    QVERIFY(!edit->accessibleDescription().contains(QLatin1String("64")));
    QVERIFY(announced(edit, QAccessible::DescriptionChanged));
}

void TestAccessibility::provisionSaysWhyItIsUnavailable()
{
    auto* dialog = static_cast<ProvisionDialog*>(openDialog(QStringLiteral("provision")));
    QVERIFY(dialog);
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("provisionButton"));
    auto* why = dialog->findChild<QLabel*>(QStringLiteral("provisionBlockedLabel"));
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QVERIFY(button && why && edit);
    // While the users load, and then with no name yet: disabled, and the label says why.
    QVERIFY(!button->isEnabled());
    QVERIFY(why->isVisible());
    QVERIFY(!why->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->selectedUserId() != 0, 10000);
    QVERIFY(!button->isEnabled());
    QVERIFY(why->isVisible());
    QVERIFY2(why->text().contains(QLatin1String("name")), qPrintable(why->text()));
    QCOMPARE(button->toolTip(), why->text());

    edit->setText(QStringLiteral("Webinar sync"));
    QVERIFY(button->isEnabled());
    QVERIFY(!why->isVisible());

    // Only chosen areas, none chosen.
    dialog->findChild<QRadioButton*>(QStringLiteral("chosenAreasRadio"))->setChecked(true);
    QVERIFY(!button->isEnabled());
    QVERIFY(why->isVisible());
    QVERIFY2(why->text().contains(QLatin1String("API area")), qPrintable(why->text()));
    dialog->reject();
}

void TestAccessibility::copyFeedbackIsShownAndAnnounced()
{
    Clipboard clipboard;
    clipboard.setClearTimeout(30000);
    NewSecretDialog dialog(QStringLiteral("Webinar sync"),
                           QStringLiteral("A119E95B3C4D5E6F7A8B9C0D1E2F3A4B"),
                           QString(128, QLatin1Char('a')), &clipboard, m_window.get());
    dialog.setStoreResult({}, QStringLiteral("entry"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* feedback = dialog.findChild<QLabel*>(QStringLiteral("copyFeedbackLabel"));
    auto* copyKey = dialog.findChild<QPushButton*>(QStringLiteral("copyKeyButton"));
    auto* copySecret = dialog.findChild<QPushButton*>(QStringLiteral("copySecretButton"));
    QVERIFY(feedback && copyKey && copySecret);
    QVERIFY(!feedback->isVisible());

    g_events.clear();
    QTest::mouseClick(copySecret, Qt::LeftButton);
    QVERIFY(feedback->isVisible());
    QVERIFY2(feedback->text().contains(QLatin1String("30 s")), qPrintable(feedback->text()));
    QCOMPARE(copySecret->accessibleDescription(), feedback->text());
    QVERIFY(announced(copySecret, QAccessible::DescriptionChanged));
    QVERIFY(announced(feedback, QAccessible::NameChanged));
    // Below the secret, not over it: the dialog makes room for the line.
    auto* secretEdit = dialog.findChild<QWidget*>(QStringLiteral("secretEdit"));
    QVERIFY(feedback->mapTo(&dialog, QPoint(0, 0)).y() >=
            secretEdit->mapTo(&dialog, QPoint(0, secretEdit->height())).y());

    QTest::mouseClick(copyKey, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("A119E95B3C4D5E6F7A8B9C0D1E2F3A4B"));
    QVERIFY2(feedback->text().contains(QLatin1String("Key copied")), qPrintable(feedback->text()));
    QCOMPARE(copyKey->accessibleDescription(), feedback->text());
    QVERIFY(copySecret->accessibleDescription().isEmpty());

    // The clearing is said too, with the interval the clipboard really uses.
    clipboard.setClearTimeout(200);
    QSignalSpy cleared(&clipboard, &Clipboard::secretCleared);
    QTest::mouseClick(copySecret, Qt::LeftButton);
    QVERIFY2(feedback->text().contains(QLatin1String("1 s")), qPrintable(feedback->text()));
    QVERIFY(cleared.wait(5000));
    QVERIFY2(feedback->text().contains(QLatin1String("cleared")), qPrintable(feedback->text()));
    dialog.hide();
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
