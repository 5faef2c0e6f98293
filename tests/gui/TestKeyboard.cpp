// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiFixture.h"
#include "commands/CommandController.h"
#include "dialogs/ProvisionDialog.h"
#include "dialogs/RenameDialog.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "secrets/InMemorySecretStore.h"
#include "view/TokenView.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

// The window without a mouse: Tab order, the table's keys (Home, End, the context menu keys),
// its focus ring, where the focus goes after a dialog, and columns sized to their content.
class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void bannerButtonFollowsItsText();
    void homeAndEndMoveBetweenRows_data();
    void homeAndEndMoveBetweenRows();
    void contextMenuKeysOpenAtTheCurrentRow_data();
    void contextMenuKeysOpenAtTheCurrentRow();
    void focusRingIsPainted_data();
    void focusRingIsPainted();
    void focusReturnsToTheRowAfterADialog_data();
    void focusReturnsToTheRowAfterADialog();
    void columnsFitWithoutScrolling_data();
    void columnsFitWithoutScrolling();
    void userWidthsAreKept();
    void fittingALargeAccountMeasuresASample();

private:
    TokenView* view() const { return m_window->tokenView(); }
    bool select(const QString& name);
    QMessageBox* visibleBox(const QString& objectName) const;
    QList<QWidget*> tabChain() const;

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeyboard::init()
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

void TestKeyboard::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

bool TestKeyboard::select(const QString& name)
{
    return view()->selectToken(GuiFixture::idOf(*m_window, name));
}

QMessageBox* TestKeyboard::visibleBox(const QString& objectName) const
{
    for (auto* box : m_window->findChildren<QMessageBox*>(objectName)) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

QList<QWidget*> TestKeyboard::tabChain() const
{
    // From the window on, as Tab goes; the visible, enabled widgets that take Tab.
    QList<QWidget*> chain;
    QWidget* start = m_window.get();
    QWidget* widget = start->nextInFocusChain();
    for (int i = 0; i < 1000 && widget != start; ++i) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            widget->window() == m_window.get())
            chain.append(widget);
        widget = widget->nextInFocusChain();
    }
    return chain;
}

void TestKeyboard::bannerButtonFollowsItsText()
{
    // The demo notice and the inactivity warning (with its close button) are both shown.
    auto* connect = m_window->findChild<QPushButton*>(QStringLiteral("demoConnectButton"));
    QVERIFY(connect && connect->isVisible());
    QWidget* warning = m_window->findChild<QWidget*>(QStringLiteral("warningBanner"));
    QTRY_VERIFY(warning && warning->isVisible());
    QToolButton* closeWarning = nullptr;
    for (auto* button : warning->findChildren<QToolButton*>()) {
        if (button->isVisible())
            closeWarning = button;
    }
    QVERIFY(closeWarning);
    const QList<QWidget*> chain = tabChain();
    QStringList names;
    for (QWidget* widget : chain)
        names << widget->objectName() + QLatin1Char('/') + widget->accessibleName();
    // The first stop is the button of the first strip, then the next strip's, then the search.
    QVERIFY2(chain.value(0) == connect, qPrintable(names.join(QLatin1String(", "))));
    QVERIFY2(chain.value(1) == closeWarning, qPrintable(names.join(QLatin1String(", "))));
    QCOMPARE(chain.value(2)->objectName(), QStringLiteral("searchEdit"));
}

void TestKeyboard::homeAndEndMoveBetweenRows_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("toLast");
    QTest::newRow("Home") << int(Qt::Key_Home) << int(Qt::NoModifier) << false;
    QTest::newRow("End") << int(Qt::Key_End) << int(Qt::NoModifier) << true;
    QTest::newRow("Ctrl+Home") << int(Qt::Key_Home) << int(Qt::ControlModifier) << false;
    QTest::newRow("Ctrl+End") << int(Qt::Key_End) << int(Qt::ControlModifier) << true;
}

void TestKeyboard::homeAndEndMoveBetweenRows()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(bool, toLast);
    const int rows = view()->model()->rowCount();
    QVERIFY(rows >= 3);
    // Start from the middle row, on a column that is not the first.
    view()->setFocus();
    QTRY_VERIFY(view()->hasFocus());
    view()->selectionModel()->setCurrentIndex(
        view()->model()->index(1, TokenTableModel::StatusColumn),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(view(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(view()->currentIndex().row(), toLast ? rows - 1 : 0);
    QCOMPARE(view()->currentIndex().column(), int(TokenTableModel::StatusColumn));
    QCOMPARE(view()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view()->selectionModel()->selectedRows().first().row(), toLast ? rows - 1 : 0);
}

void TestKeyboard::contextMenuKeysOpenAtTheCurrentRow_data()
{
    QTest::addColumn<bool>("menuKeyEvent");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Shift+F10") << false << int(Qt::Key_F10) << int(Qt::ShiftModifier);
    QTest::newRow("Menu key") << false << int(Qt::Key_Menu) << int(Qt::NoModifier);
    // Where the platform turns the Menu key into a context menu event (X11): at the mouse.
    QTest::newRow("keyboard context menu event") << true << 0 << 0;
}

void TestKeyboard::contextMenuKeysOpenAtTheCurrentRow()
{
    QFETCH(bool, menuKeyEvent);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QVERIFY(select(QStringLiteral("Tableau")));
    view()->setFocus();
    QTRY_VERIFY(view()->hasFocus());
    const int row = view()->currentIndex().row();
    const QRect rowRect(
        view()->viewport()->mapToGlobal(QPoint(0, view()->rowViewportPosition(row))),
        QSize(view()->viewport()->width(), view()->rowHeight(row)));

    QPoint shownAt;
    QStringList entries;
    // The menu runs its own event loop: look at it, then close it, from inside that loop.
    QTimer::singleShot(0, this, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        shownAt = menu->geometry().topLeft();
        for (QAction* action : menu->actions())
            entries << action->objectName();
        menu->close();
    });
    if (menuKeyEvent) {
        const QPoint elsewhere = view()->viewport()->rect().bottomRight() - QPoint(4, 4);
        QContextMenuEvent event(QContextMenuEvent::Keyboard, elsewhere,
                                view()->viewport()->mapToGlobal(elsewhere));
        QApplication::sendEvent(view(), &event);
    } else {
        QTest::keyClick(view(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    }
    QVERIFY2(!entries.isEmpty(), "no context menu opened");
    QVERIFY(entries.contains(QStringLiteral("renameAction")));
    // Just below the current row (menus open below what they belong to).
    QVERIFY2(
        qAbs(shownAt.y() - rowRect.bottom()) <= 4,
        qPrintable(
            QStringLiteral("menu at y %1, row ends at %2").arg(shownAt.y()).arg(rowRect.bottom())));
}

void TestKeyboard::focusRingIsPainted_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestKeyboard::focusRingIsPainted()
{
    QFETCH(bool, dark);
    QPalette palette = QApplication::palette();
    if (dark) {
        palette.setColor(QPalette::Base, QColor(31, 34, 37));
        palette.setColor(QPalette::AlternateBase, QColor(38, 42, 46));
        palette.setColor(QPalette::Text, QColor(230, 230, 230));
        palette.setColor(QPalette::Highlight, QColor(61, 174, 233));
        palette.setColor(QPalette::HighlightedText, QColor(16, 18, 20));
    }
    view()->setPalette(palette);
    QVERIFY(select(QStringLiteral("Salesforce")));
    const int row = view()->currentIndex().row();
    const int y = view()->rowViewportPosition(row);
    const int x = view()->columnViewportPosition(TokenTableModel::NameColumn) + 1;
    // A pixel on the ring's left edge: the ring's colour with the focus, the row's without.
    m_fixture.get(); // keeps the server alive for the grabs
    view()->clearFocus();
    QTRY_VERIFY(!view()->hasFocus());
    const QColor without = view()->viewport()->grab().toImage().pixelColor(x + 1, y + 6);
    view()->setFocus();
    QTRY_VERIFY(view()->hasFocus());
    const QColor with = view()->viewport()->grab().toImage().pixelColor(x + 1, y + 6);
    QVERIFY2(with != without, qPrintable(with.name()));
    // Selected row: the ring is drawn in the highlighted-text colour, which contrasts with the
    // selection in both palettes.
    QCOMPARE(with, view()->palette().color(QPalette::HighlightedText));
}

void TestKeyboard::focusReturnsToTheRowAfterADialog_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("rename, canceled") << QStringLiteral("rename");
    QTest::newRow("disable, canceled") << QStringLiteral("disable-cancel");
    QTest::newRow("disable, confirmed") << QStringLiteral("disable");
}

void TestKeyboard::focusReturnsToTheRowAfterADialog()
{
    QFETCH(QString, action);
    // The user searched, picked the row, and acts with the keyboard from the search field.
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("sales"));
    QVERIFY(select(QStringLiteral("Salesforce")));
    const QString id = view()->currentTokenId();
    QVERIFY(search->hasFocus());
    CommandController* commands = m_window->commands();
    if (action == QLatin1String("rename")) {
        QTest::keyClick(search, Qt::Key_F2);
        auto* dialog = m_window->findChild<RenameDialog*>(QStringLiteral("renameDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isActiveWindow());
        QTest::keyClick(dialog, Qt::Key_Escape);
    } else {
        commands->action(CommandController::Disable)->trigger();
        QTRY_VERIFY(visibleBox(QStringLiteral("disableConfirmation")));
        QMessageBox* box = visibleBox(QStringLiteral("disableConfirmation"));
        QTRY_VERIFY(box->isActiveWindow());
        if (action == QLatin1String("disable"))
            QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmButton")),
                              Qt::LeftButton);
        else
            QTest::keyClick(box, Qt::Key_Escape);
    }
    // The window manager's part: the window is active again once the dialog is gone.
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    if (action == QLatin1String("disable")) {
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->tokenModel()->token(m_window->tokenModel()->indexOf(id)).isActive(), 10000);
    }
    QTRY_VERIFY2(view()->hasFocus(), QApplication::focusWidget()
                                         ? qPrintable(QApplication::focusWidget()->objectName())
                                         : "nothing has the focus");
    QCOMPARE(view()->currentTokenId(), id);
}

void TestKeyboard::columnsFitWithoutScrolling_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1024x768") << QSize(1024, 768);
}

void TestKeyboard::columnsFitWithoutScrolling()
{
    QFETCH(QSize, size);
    // A first start at this size: the default layout, sized once the rows are in.
    m_window.reset();
    QSettings().clear();
    auto window = std::make_unique<MainWindow>(m_fixture->embeddedOptions());
    window->resize(size);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy ready(window.get(), &MainWindow::sessionReady);
    window->openEmbedded();
    QVERIFY(ready.wait(15000));
    TokenView* table = window->tokenView();
    QHeaderView* header = table->horizontalHeader();
    // Every name and login whole (their columns as wide as their content), within the width.
    const QFontMetrics metrics(table->font());
    const auto clipped = [&] {
        QStringList cut;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int column :
                 {int(TokenTableModel::NameColumn), int(TokenTableModel::LoginColumn)}) {
                const QString text = table->model()->index(row, column).data().toString();
                if (metrics.horizontalAdvance(text) >= header->sectionSize(column))
                    cut << text;
            }
        }
        return cut.join(QLatin1String(", "));
    };
    QTRY_COMPARE(clipped(), QString());
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    QVERIFY2(header->length() <= table->viewport()->width(),
             qPrintable(
                 QStringLiteral("%1 > %2").arg(header->length()).arg(table->viewport()->width())));
    // The name takes the width left over: the last column is no wider than it needs (plus
    // room kept for a vertical scroll bar).
    const int last = header->logicalIndex(header->count() - 1 - [header] {
        int hidden = 0;
        for (int visual = header->count() - 1;
             header->isSectionHidden(header->logicalIndex(visual)); --visual)
            ++hidden;
        return hidden;
    }());
    const int scrollBar = table->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    QVERIFY2(header->sectionSize(last) <= header->sectionSizeHint(last) + scrollBar,
             qPrintable(QStringLiteral("last column %1 px, its header %2 px")
                            .arg(header->sectionSize(last))
                            .arg(header->sectionSizeHint(last))));
    m_window = std::move(window);
}

void TestKeyboard::userWidthsAreKept()
{
    // Drag the Login column's right edge 60 px to the right, as a user does.
    QHeaderView* header = view()->horizontalHeader();
    const int before = header->sectionSize(TokenTableModel::LoginColumn);
    const QPoint edge(header->sectionViewportPosition(TokenTableModel::LoginColumn) + before - 1,
                      header->height() / 2);
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
    QTest::mouseMove(header->viewport(), edge + QPoint(30, 0));
    QTest::mouseMove(header->viewport(), edge + QPoint(60, 0));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge + QPoint(60, 0));
    const int dragged = header->sectionSize(TokenTableModel::LoginColumn);
    QVERIFY2(dragged > before + 30, qPrintable(QString::number(dragged)));
    // Neither new rows nor another width change it.
    m_window->resize(m_window->width() - 100, m_window->height());
    QTRY_COMPARE(header->sectionSize(TokenTableModel::LoginColumn), dragged);
    m_window->close(); // saves the layout
    m_window.reset();
    QString error;
    m_window = m_fixture->openAdminWindow(m_fixture->embeddedOptions(), &error);
    QVERIFY2(m_window, qPrintable(error));
    QCOMPARE(view()->horizontalHeader()->sectionSize(TokenTableModel::LoginColumn), dragged);
}

void TestKeyboard::fittingALargeAccountMeasuresASample()
{
    // 100,000 rows: measuring every one (as ResizeToContents would) takes seconds; the view
    // measures its headers and the first 200 rows.
    m_window.reset();
    QSettings().clear();
    TokenTableModel model;
    TokenFilterModel filter;
    filter.setSourceModel(&model);
    TokenList tokens;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 100000; ++i) {
        Token t;
        t.id = QStringLiteral("tok_%1").arg(i);
        t.name = QStringLiteral("Integration %1").arg(i);
        t.login = QStringLiteral("user%1@bulk.example").arg(i, 7, 10, QLatin1Char('0'));
        t.key = QStringLiteral("K%1").arg(i, 31, 10, QLatin1Char('0'));
        t.createdAt = now.addDays(-100);
        t.lastActivityAt = now.addDays(-(i % 59));
        t.inactiveSince = t.lastActivityAt;
        t.autoDisableAt = t.inactiveSince.addDays(60);
        tokens.append(t);
    }
    model.setNow(now);
    model.refresh(tokens);
    TokenView table;
    table.setTokenModel(&filter);
    table.resize(900, 600);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    QElapsedTimer timer;
    timer.start();
    table.fitColumns();
    const qint64 elapsed = timer.elapsed();
    qInfo("fitColumns on 100,000 rows: %lld ms", elapsed);
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    // Sized to the sample: "Integration 99" and its login fit whole.
    const QFontMetrics metrics(table.font());
    QVERIFY(table.horizontalHeader()->sectionSize(TokenTableModel::LoginColumn) >
            metrics.horizontalAdvance(QStringLiteral("user0000199@bulk.example")));
}

QTEST_MAIN(TestKeyboard)
#include "TestKeyboard.moc"
