// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowMenus.h"

#include "AppInfo.h"
#include "ToolBarFitter.h"
#include "commands/CommandController.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

namespace TokenConsole {

WindowMenus::WindowMenus(QMainWindow* window, CommandController* commands, QWidget* tokenView,
                         Hooks hooks)
    : QObject(window), m_window(window), m_commands(commands), m_hooks(std::move(hooks))
{
    QMenuBar* bar = window->menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(tr("&Connect to a Platform…"));
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setIcon(QIcon::fromTheme(QStringLiteral("network-connect"),
                                            QIcon(QStringLiteral(":/icons/actions/connect.svg"))));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(connectAction, &QAction::triggered, this, &WindowMenus::connectRequested);
    m_profileMenu = file->addMenu(tr("&Profiles"));
    m_profileMenu->setObjectName(QStringLiteral("profileMenu"));
    connect(m_profileMenu, &QMenu::aboutToShow, this, &WindowMenus::rebuildProfileMenu);
    rebuildProfileMenu();
    m_fileMenu = file;
    m_quitSeparator = file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, window, &QWidget::close);

    using C = CommandController;
    const auto addGroups = [this](QWidget* target,
                                  std::initializer_list<std::initializer_list<C::ActionId>> groups) {
        bool first = true;
        for (const auto& group : groups) {
            if (!first) {
                auto* separator = new QAction(target);
                separator->setSeparator(true);
                target->addAction(separator);
            }
            first = false;
            for (C::ActionId id : group)
                target->addAction(m_commands->action(id));
        }
    };
    QMenu* tokens = bar->addMenu(tr("&Token"));
    addGroups(tokens, {{C::Provision, C::AddExisting, C::Rename, C::EditOwner, C::Disable, C::Enable,
                        C::Forget},
                       {C::Verify, C::VerifyAll, C::KeepAlive, C::CopyKey, C::CopySecret},
                       {C::Rotate, C::NarrowAccess},
                       {C::Refresh}});

    QMenu* view = bar->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));
    connect(find, &QAction::triggered, this, &WindowMenus::findRequested);
    QAction* details = view->addAction(tr("&Details Panel"));
    details->setCheckable(true);
    details->setChecked(true);
    details->setShortcut(QKeySequence(Qt::Key_F9));
    connect(details, &QAction::toggled, this, &WindowMenus::detailsToggled);
    QMenu* autoRefresh = view->addMenu(tr("&Auto-Refresh"));
    autoRefresh->setObjectName(QStringLiteral("autoRefreshMenu"));
    m_autoRefreshGroup = new QActionGroup(this);
    const std::pair<int, QString> intervals[] = {
        {0, tr("&Off")},
        {60, tr("Every &Minute")},
        {300, tr("Every &5 Minutes")},
        {900, tr("Every &15 Minutes")},
        {3600, tr("Every &Hour")},
    };
    for (const auto& [seconds, text] : intervals) {
        QAction* action = autoRefresh->addAction(text);
        action->setCheckable(true);
        action->setData(seconds);
        m_autoRefreshGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, seconds = seconds] { Q_EMIT autoRefreshChosen(seconds); });
    }

    QMenu* help = bar->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Token Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            m_window, tr("About Token Console"),
            tr("<p><b>Token Console</b> %1</p><p>Manage the API tokens of an ON24 account: "
               "see their last activity, get warned before the 60-day inactivity rule disables "
               "them, and keep their secrets in the keychain only.</p><p>%2</p>"
               "<p>Licence: %3 (%4).</p>")
                .arg(AppInfo::version().toHtmlEscaped(), AppInfo::versionReport().toHtmlEscaped(),
                     AppInfo::licenseName().toHtmlEscaped(), AppInfo::licenseSpdx()));
    });

    QToolBar* toolbar = window->addToolBar(tr("Tokens"));
    toolbar->setObjectName(QStringLiteral("tokenToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addGroups(toolbar, {{C::Provision, C::AddExisting, C::Rename, C::Disable, C::Enable},
                        {C::Verify, C::KeepAlive},
                        {C::Refresh}});
    // Icons only when the text does not fit (long translations, narrow windows).
    new ToolBarFitter(toolbar);

    // The table's context menu offers what applies to a token.
    tokenView->setContextMenuPolicy(Qt::ActionsContextMenu);
    addGroups(tokenView, {{C::Verify, C::KeepAlive, C::CopyKey, C::CopySecret},
                       {C::Rename, C::EditOwner, C::Rotate, C::Disable, C::Enable, C::Forget}});
}

void WindowMenus::showAutoRefresh(int seconds)
{
    for (QAction* action : m_autoRefreshGroup->actions())
        action->setChecked(action->data().toInt() == seconds);
}

void WindowMenus::addFileActions(const QList<QAction*>& actions)
{
    m_fileMenu->insertSeparator(m_quitSeparator);
    m_fileMenu->insertActions(m_quitSeparator, actions);
}

void WindowMenus::rebuildProfileMenu()
{
    m_profileMenu->clear();
    auto* group = new QActionGroup(m_profileMenu);
    const QString current = m_hooks.currentProfile ? m_hooks.currentProfile() : QString();
    const auto addProfile = [&](const QString& text, const QString& name) {
        QAction* action = m_profileMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(name == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { Q_EMIT profileRequested(name); });
    };
    addProfile(tr("Local Demo Data"), ProfileStore::embeddedSandboxName());
    if (m_hooks.withDirectDemo)
        addProfile(tr("Demo ON24 Account (Direct Mode)"), ProfileStore::directDemoName());
    const QList<Profile> profiles = ProfileStore().profiles();
    if (!profiles.isEmpty())
        m_profileMenu->addSeparator();
    for (const Profile& profile : profiles) {
        if (profile.name == ProfileStore::embeddedSandboxName()
            || profile.name == ProfileStore::directDemoName())
            continue;
        addProfile(profile.isDirect()
                       ? tr("%1 (ON24 account %2)").arg(profile.name).arg(profile.clientId)
                       : tr("%1 (%2 on %3)").arg(profile.name, profile.login,
                                                 profile.serverUrl.host()),
                   profile.name);
    }
}

} // namespace TokenConsole
