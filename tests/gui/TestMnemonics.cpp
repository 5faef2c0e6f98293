// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clipboard.h"
#include "GuiFixture.h"
#include "dialogs/AddPairDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/NewSecretDialog.h"
#include "dialogs/ProvisionDialog.h"
#include "dialogs/RenameDialog.h"
#include "direct/On24Inventory.h"
#include "i18n/Translations.h"
#include "profiles/ProfileStore.h"
#include "secrets/InMemorySecretStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

namespace {

// One Alt+letter shortcut and the control that owns it.
struct Mnemonic
{
    QString key;
    QString owner;
};

QString keyOf(const QString& text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText);
}

void collect(QList<Mnemonic>* out, const QString& text, const QString& owner)
{
    const QString key = keyOf(text);
    if (!key.isEmpty())
        out->append({key, QStringLiteral("%1 “%2”").arg(owner, text)});
}

// The mnemonics of the controls a window shows at once: buttons, labels with a buddy, group
// boxes and tabs, plus the menu bar's titles. Controls hidden in this state of the window
// (another mode's rows) and other windows (menus, child dialogs) do not count.
QList<Mnemonic> windowMnemonics(QWidget* window)
{
    QList<Mnemonic> found;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        const QString name =
            QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            collect(&found, button->text(), name);
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            collect(&found, label->text(), name);
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            collect(&found, box->title(), name);
        else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    collect(&found, tabs->tabText(i), name);
            }
        } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* action : bar->actions()) {
                if (action->isVisible())
                    collect(&found, action->text(), QStringLiteral("menu"));
            }
        }
    }
    return found;
}

QList<Mnemonic> actionMnemonics(const QList<QAction*>& actions)
{
    QList<Mnemonic> found;
    for (QAction* action : actions) {
        if (action->isVisible() && !action->isSeparator())
            collect(&found, action->text(), QStringLiteral("action"));
    }
    return found;
}

// "Alt+R: label “&Remember…”, label “ON24 &region:”" for every letter used twice.
QStringList duplicates(const QList<Mnemonic>& mnemonics)
{
    QMap<QString, QStringList> byKey;
    for (const Mnemonic& m : mnemonics)
        byKey[m.key.toUpper()].append(m.owner);
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    }
    return clashes;
}

QList<QMenu*> menusOf(QMenuBar* bar)
{
    QList<QMenu*> menus;
    QList<QAction*> pending = bar->actions();
    while (!pending.isEmpty()) {
        QAction* action = pending.takeFirst();
        if (QMenu* menu = action->menu()) {
            // Submenus built on demand (the profiles) are filled when they are about to show.
            Q_EMIT menu->aboutToShow();
            menus << menu;
            pending << menu->actions();
        }
    }
    return menus;
}

} // namespace

// Within one dialog, and within one menu, no two controls share an Alt+letter, in any language.
class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dialogs_data();
    void dialogs();
    void mainWindow_data();
    void mainWindow();

private:
    void check(const QString& where, const QList<Mnemonic>& mnemonics);
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMnemonics::cleanupTestCase()
{
    Translations::install(QStringLiteral("en"));
}

void TestMnemonics::check(const QString& where, const QList<Mnemonic>& mnemonics)
{
    const QStringList clashes = duplicates(mnemonics);
    QVERIFY2(clashes.isEmpty(), qPrintable(where + QStringLiteral(": the same mnemonic twice: ") +
                                           clashes.join(QStringLiteral("; "))));
}

void TestMnemonics::dialogs_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "de", "fr", "es", "ja"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestMnemonics::dialogs()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);

    {
        ConnectDialog dialog(ConnectDialog::Mode::NewProfile);
        check(QStringLiteral("Connect (server)"), windowMnemonics(&dialog));
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"));
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(int(Profile::Kind::On24)));
        auto* region = dialog.findChild<QComboBox*>(QStringLiteral("regionCombo"));
        QVERIFY(region);
        region->setCurrentIndex(region->findData(int(Profile::On24Region::Custom)));
        check(QStringLiteral("Connect (ON24 account)"), windowMnemonics(&dialog));
    }
    {
        ConnectDialog dialog(ConnectDialog::Mode::Reauthenticate);
        check(QStringLiteral("Sign In Again"), windowMnemonics(&dialog));
    }
    {
        ProvisionDialog dialog;
        check(QStringLiteral("Provision"), windowMnemonics(&dialog));
    }
    {
        RenameDialog dialog(QStringLiteral("Salesforce"), QStringLiteral("jane@acme.example"));
        check(QStringLiteral("Rename"), windowMnemonics(&dialog));
    }
    {
        Clipboard clipboard;
        NewSecretDialog dialog(QStringLiteral("Salesforce"), QString(32, QLatin1Char('A')),
                               QString(128, QLatin1Char('a')), &clipboard);
        check(QStringLiteral("New secret"), windowMnemonics(&dialog));
    }
    {
        AddPairDialog dialog;
        check(QStringLiteral("Add Existing Token"), windowMnemonics(&dialog));
    }
}

void TestMnemonics::mainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("direct");
    for (const char* language : {"en", "de", "fr", "es", "ja"}) {
        QTest::addRow("%s, server", language) << QString::fromLatin1(language) << false;
        QTest::addRow("%s, ON24 account", language) << QString::fromLatin1(language) << true;
    }
}

void TestMnemonics::mainWindow()
{
    QFETCH(QString, language);
    QFETCH(bool, direct);
    QSettings().clear();
    QCOMPARE(Translations::install(language), language);
    QString error;
    QVERIFY(On24Inventory::removeProfile(ProfileStore::directDemoName(), &error));
    GuiFixture fixture;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    MainWindow::Options options = fixture.embeddedOptions();
    options.secretStoreFactory = [](QObject* parent) { return new InMemorySecretStore(parent); };
    std::unique_ptr<MainWindow> window;
    if (direct) {
        window = std::make_unique<MainWindow>(std::move(options));
        window->resize(1200, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QSignalSpy ready(window.get(), &MainWindow::sessionReady);
        window->openProfile(ProfileStore::directDemoName());
        QVERIFY(ready.wait(20000));
    } else {
        window = fixture.openAdminWindow(std::move(options), &error);
        QVERIFY2(window, qPrintable(error));
    }

    check(QStringLiteral("Main window"), windowMnemonics(window.get()));
    for (QMenu* menu : menusOf(window->menuBar()))
        check(QStringLiteral("Menu %1").arg(menu->title()), actionMnemonics(menu->actions()));
    auto* table = window->findChild<QWidget*>(QStringLiteral("tokenView"));
    QVERIFY(table);
    check(QStringLiteral("The table's context menu"), actionMnemonics(table->actions()));
}

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
