// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiFixture.h"
#include "direct/On24Inventory.h"
#include "i18n/Translations.h"
#include "model/TokenTableModel.h"
#include "profiles/ProfileStore.h"
#include "secrets/InMemorySecretStore.h"
#include "view/DetailsPanel.h"
#include "view/TokenView.h"

#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

// The window at 1024 px, the narrowest common screen, in the languages with the longest words:
// every toolbar action stays in sight and the details panel wraps instead of cutting text.
class TestNarrowWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void toolbarKeepsEveryAction_data();
    void toolbarKeepsEveryAction();
    void toolbarShowsTextWhenItFits();
    void detailsPanelWraps_data();
    void detailsPanelWraps();

private:
    void open(const QString& language, int width, bool direct = false);
    QToolBar* toolbar() const;
    QStringList hiddenActions() const;
    static QStringList clippedText(DetailsPanel* panel, QScrollArea* scroll);

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestNarrowWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNarrowWindow::init()
{
    QSettings().clear();
}

void TestNarrowWindow::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestNarrowWindow::cleanupTestCase()
{
    Translations::install(QStringLiteral("en"));
}

void TestNarrowWindow::open(const QString& language, int width, bool direct)
{
    QCOMPARE(Translations::install(language), language);
    m_fixture = std::make_unique<GuiFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    MainWindow::Options options = m_fixture->embeddedOptions();
    options.secretStoreFactory = [](QObject* parent) { return new InMemorySecretStore(parent); };
    if (direct) {
        QVERIFY(On24Inventory::removeProfile(ProfileStore::directDemoName(), &error));
        m_window = std::make_unique<MainWindow>(std::move(options));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy ready(m_window.get(), &MainWindow::sessionReady);
        m_window->openProfile(ProfileStore::directDemoName());
        QVERIFY(ready.wait(20000));
    } else {
        m_window = m_fixture->openAdminWindow(std::move(options), &error);
        QVERIFY2(m_window, qPrintable(error));
    }
    m_window->resize(width, 768);
    QTRY_COMPARE(m_window->width(), width);
}

QToolBar* TestNarrowWindow::toolbar() const
{
    return m_window->findChild<QToolBar*>(QStringLiteral("tokenToolBar"));
}

// The toolbar's visible actions that have no visible button (they went to the overflow menu).
QStringList TestNarrowWindow::hiddenActions() const
{
    QStringList hidden;
    QToolBar* bar = toolbar();
    for (QAction* action : bar->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        QWidget* button = bar->widgetForAction(action);
        if (!button || !button->isVisible() || !bar->rect().contains(button->geometry()))
            hidden << action->objectName();
    }
    return hidden;
}

void TestNarrowWindow::toolbarKeepsEveryAction_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("direct");
    for (const char* language : {"de", "fr", "es", "ja", "en"}) {
        QTest::addRow("%s, server", language) << QString::fromLatin1(language) << false;
        // An ON24 account shows two more actions (Add Existing Token, Keep Alive).
        QTest::addRow("%s, ON24 account", language) << QString::fromLatin1(language) << true;
    }
}

void TestNarrowWindow::toolbarKeepsEveryAction()
{
    QFETCH(QString, language);
    QFETCH(bool, direct);
    open(language, 1024, direct);
    QToolBar* bar = toolbar();
    QVERIFY(bar);
    QAction* refresh = m_window->findChild<QAction*>(QStringLiteral("refreshAction"));
    QVERIFY(refresh);
    QTRY_VERIFY2(hiddenActions().isEmpty(), qPrintable(hiddenActions().join(QLatin1Char(' '))));
    QVERIFY(bar->widgetForAction(refresh)->isVisible());
    auto* overflow = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbarext_button"));
    QVERIFY(!overflow || !overflow->isVisible());
    // Icons only or not, each button still says what it does.
    QVERIFY(!bar->widgetForAction(refresh)->toolTip().isEmpty());
}

// Icons only when the text does not fit, text again once it does.
void TestNarrowWindow::toolbarShowsTextWhenItFits()
{
    open(QStringLiteral("de"), 1024, true);
    QToolBar* bar = toolbar();
    m_window->resize(640, 768);
    QTRY_COMPARE(bar->toolButtonStyle(), Qt::ToolButtonIconOnly);
    QTRY_VERIFY2(hiddenActions().isEmpty(), qPrintable(hiddenActions().join(QLatin1Char(' '))));
    m_window->resize(1900, 768);
    QTRY_COMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    QTRY_VERIFY2(hiddenActions().isEmpty(), qPrintable(hiddenActions().join(QLatin1Char(' '))));
    m_window->resize(640, 768);
    QTRY_COMPARE(bar->toolButtonStyle(), Qt::ToolButtonIconOnly);
    QTRY_VERIFY2(hiddenActions().isEmpty(), qPrintable(hiddenActions().join(QLatin1Char(' '))));
}

void TestNarrowWindow::detailsPanelWraps_data()
{
    toolbarKeepsEveryAction_data();
}

void TestNarrowWindow::detailsPanelWraps()
{
    QFETCH(QString, language);
    QFETCH(bool, direct);
    open(language, 1024, direct);
    DetailsPanel* panel = m_window->detailsPanel();
    QVERIFY(panel && panel->isVisible());
    auto* scroll = panel->findChild<QScrollArea*>();
    QVERIFY(scroll);
    const TokenTableModel* model = m_window->tokenModel();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const Token token = model->token(row);
        QVERIFY(m_window->tokenView()->selectToken(token.id));
        QTRY_COMPARE(panel->tokenId(), token.id);
        QStringList problems;
        // Once the layout has settled at the panel's width.
        QTRY_VERIFY2(
            (problems = clippedText(panel, scroll)).isEmpty(),
            qPrintable(token.name + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }
}

// What the details panel cuts: labels wider than the visible page, wrapped labels shorter
// than their text, unwrapped labels narrower than their text.
QStringList TestNarrowWindow::clippedText(DetailsPanel* panel, QScrollArea* scroll)
{
    QStringList problems;
    const int viewport = scroll->viewport()->width();
    if (scroll->widget()->width() > viewport)
        problems << QStringLiteral("the page is %1 px wide in a %2 px viewport")
                        .arg(scroll->widget()->width())
                        .arg(viewport);
    QList<QLabel*> shown;
    for (QLabel* label : panel->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(panel) || label->text().isEmpty())
            continue;
        const QString what = QStringLiteral("%1 “%2” (%3×%4)")
                                 .arg(label->objectName(), label->text())
                                 .arg(label->width())
                                 .arg(label->height());
        const QPoint right = label->mapTo(scroll->widget(), QPoint(label->width(), 0));
        if (scroll->widget()->isAncestorOf(label) && right.x() > viewport)
            problems << what + QStringLiteral(" runs off the panel");
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                problems << what + QStringLiteral(" needs %1 px of height").arg(needed);
            if (label->minimumSizeHint().width() > label->width())
                problems << what + QStringLiteral(" has a word wider than itself");
        } else if (label->sizeHint().width() > label->width() ||
                   label->sizeHint().height() > label->height()) {
            problems << what + QStringLiteral(" needs %1×%2 px")
                                   .arg(label->sizeHint().width())
                                   .arg(label->sizeHint().height());
        }
        shown << label;
    }
    // No label drawn over another.
    for (int i = 0; i < shown.size(); ++i) {
        const QRect a(shown[i]->mapTo(panel, QPoint()), shown[i]->size());
        for (int j = i + 1; j < shown.size(); ++j) {
            const QRect b(shown[j]->mapTo(panel, QPoint()), shown[j]->size());
            if (a.intersects(b))
                problems << QStringLiteral("“%1” and “%2” overlap")
                                .arg(shown[i]->text(), shown[j]->text());
        }
    }
    return problems;
}

QTEST_MAIN(TestNarrowWindow)
#include "TestNarrowWindow.moc"
