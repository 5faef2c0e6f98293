// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QWidget;

namespace TokenConsole {

class CommandController;

// The window's menus, its toolbar and the table's context menu, built from the command
// controller's actions, plus the few window-level actions (connect, profiles, find, the details
// panel, auto-refresh, about, quit).
class WindowMenus : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<QString()> currentProfile;  // the open profile's name
        bool withDirectDemo = false;              // an embedded sandbox can serve the demo
    };

    WindowMenus(QMainWindow* window, CommandController* commands, QWidget* tokenView,
                Hooks hooks);

    // Checks the auto-refresh entry for `seconds`.
    void showAutoRefresh(int seconds);
    // Adds a group of actions to the File menu, before Quit.
    void addFileActions(const QList<QAction*>& actions);

Q_SIGNALS:
    void connectRequested();
    void profileRequested(const QString& name);
    void findRequested();
    void detailsToggled(bool shown);
    void autoRefreshChosen(int seconds);

private:
    void rebuildProfileMenu();

    QMainWindow* m_window;
    CommandController* m_commands;
    Hooks m_hooks;
    QMenu* m_profileMenu = nullptr;
    QMenu* m_fileMenu = nullptr;
    QAction* m_quitSeparator = nullptr;
    QActionGroup* m_autoRefreshGroup = nullptr;
};

} // namespace TokenConsole
