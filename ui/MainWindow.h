// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/CommandContext.h"
#include "profiles/Profile.h"
#include "session/PlatformEndpoint.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <functional>

class QSplitter;
class QSystemTrayIcon;

namespace TokenConsole {

class ApiError;
class CommandController;
class ConnectDialog;
class DetailsPanel;
class ExportActions;
class FilterBar;
class KeepAliveScheduler;
class SecretStore;
class SessionController;
class StatusLine;
class TokenFilterModel;
class TokenTableModel;
class TokenView;
class WarningNotifier;
class WindowBanners;
class WindowMenus;

// The console's window: banners, the filter row, the token table, the details panel, the
// actions (through CommandController) and the status bar. Connections are the
// SessionController's business; the window shows what it reports and asks for passwords.
class MainWindow : public QMainWindow, public CommandContext
{
    Q_OBJECT

public:
    struct Options
    {
        EmbeddedPlatformProvider embeddedPlatform;
        // Creates the secret store (default: the OS keychain). Tests pass a failing one.
        std::function<SecretStore*(QObject* parent)> secretStoreFactory;
        int clipboardClearMs = 30000;
        bool useSystemTray = true;
        // Where the last token list of each profile is kept for offline use (empty: the
        // application's data folder).
        QString offlineCacheFolder;
    };

    explicit MainWindow(Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The named profile; empty or the demo name opens the embedded sandbox.
    void openProfile(const QString& name);
    void openEmbedded();
    // Signs in with a password already at hand (kept in memory only).
    void openWithPassword(const Profile& profile, const QString& password);

    // CommandContext
    ConsoleSession* session() const override;
    QWidget* dialogParent() const override;
    Clipboard* clipboard() const override { return m_clipboard; }
    void selectToken(const QString& id) override;
    void showOutcome(const QString& text, bool error) override;

    SessionController* sessions() const { return m_sessions; }
    CommandController* commands() const { return m_commands; }
    TokenView* tokenView() const { return m_view; }
    DetailsPanel* detailsPanel() const { return m_details; }
    TokenTableModel* tokenModel() const { return m_model; }
    TokenFilterModel* filterModel() const { return m_filter; }
    SecretStore* secretStore() const { return m_secrets; }
    WarningNotifier* warningNotifier() const { return m_notifier; }
    ExportActions* exportActions() const { return m_export; }

    void setAutoRefreshInterval(int seconds);
    int autoRefreshInterval() const { return m_autoRefreshSeconds; }

Q_SIGNALS:
    // The first token list of a session is on screen.
    void sessionReady();
    // Opening a profile or the embedded platform failed; the message says why.
    void openFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createCentralWidget();
    void onSessionChanged();
    void onRefreshed();
    void onRefreshFailed(const ApiError& error);
    void syncSelection();
    void updatePlaceholder();
    void showConnectDialog();
    void askPassword(const Profile& profile, bool expired);
    void tick();
    void fail(const QString& message);

    Options m_options;
    SecretStore* m_secrets;
    Clipboard* m_clipboard;
    TokenTableModel* m_model;
    TokenFilterModel* m_filter;
    SessionController* m_sessions;
    CommandController* m_commands;
    WarningNotifier* m_notifier;
    KeepAliveScheduler* m_keepAlive;
    QSystemTrayIcon* m_tray = nullptr;

    WindowBanners* m_banners = nullptr;
    FilterBar* m_filterBar = nullptr;
    TokenView* m_view = nullptr;
    DetailsPanel* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
    StatusLine* m_statusLine = nullptr;
    WindowMenus* m_menus = nullptr;
    ExportActions* m_export = nullptr;
    QPointer<ConnectDialog> m_connectDialog;
    QPointer<ConnectDialog> m_passwordDialog;

    QTimer m_autoRefresh;
    QTimer m_ticker;
    QTimer m_syncTimer;
    int m_autoRefreshSeconds = 300;
};

} // namespace TokenConsole
