#pragma once

#include "PlatformEndpoint.h"
#include "commands/CommandContext.h"
#include "profiles/Profile.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <functional>

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QSystemTrayIcon;

namespace TokenConsole {

class AdminClient;
class ApiError;
class Banner;
class CommandController;
class ConnectDialog;
class DetailsPanel;
class SecretStore;
class TokenFilterModel;
class TokenTableModel;
class TokenView;
class WarningNotifier;

// The console's window: banners, the token table with its search and status filter, the
// details panel, the actions (through CommandController) and the status bar. It owns one
// ConsoleSession at a time and swaps it when the profile changes.
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
    };

    explicit MainWindow(Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The named profile; empty or the demo name opens the embedded sandbox.
    void openProfile(const QString& name);
    void openEmbedded();
    // Signs in with a password typed or read from the keychain (kept in memory only).
    void openWithPassword(const Profile& profile, const QString& password, bool embedded = false);

    // CommandContext
    ConsoleSession* session() const override { return m_session; }
    QWidget* dialogParent() const override;
    Clipboard* clipboard() const override { return m_clipboard; }
    void selectToken(const QString& id) override;
    void showOutcome(const QString& text, bool error) override;

    CommandController* commands() const { return m_commands; }
    TokenView* tokenView() const { return m_view; }
    DetailsPanel* detailsPanel() const { return m_details; }
    TokenTableModel* tokenModel() const { return m_model; }
    TokenFilterModel* filterModel() const { return m_filter; }
    SecretStore* secretStore() const { return m_secrets; }
    WarningNotifier* warningNotifier() const { return m_notifier; }

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
    void createActions();
    void createCentralWidget();
    void createStatusBar();
    void adoptSession(const Profile& profile, AdminClient* client, bool embedded);
    void dropSession();
    void onRefreshed();
    void onRefreshFailed(const ApiError& error);
    void onSessionExpired();
    void syncSelection();
    void updateStatusBar();
    void updateBanners();
    void updateFilterCounts();
    void updatePlaceholder();
    void updateSkew(qint64 skewMs);
    void rebuildProfileMenu();
    void showConnectDialog();
    void askPassword(const Profile& profile, bool expired);
    void tick();
    void fail(const QString& message);

    Options m_options;
    QPointer<ConsoleSession> m_session;
    SecretStore* m_secrets;
    Clipboard* m_clipboard;
    TokenTableModel* m_model;
    TokenFilterModel* m_filter;
    CommandController* m_commands;
    WarningNotifier* m_notifier;
    QSystemTrayIcon* m_tray = nullptr;

    TokenView* m_view = nullptr;
    DetailsPanel* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    Banner* m_demoBanner = nullptr;
    Banner* m_restrictionBanner = nullptr;
    Banner* m_staleBanner = nullptr;
    Banner* m_messageBanner = nullptr;
    Banner* m_warningBanner = nullptr;
    QLabel* m_profileLabel = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_refreshLabel = nullptr;
    QLabel* m_skewLabel = nullptr;
    QMenu* m_profileMenu = nullptr;
    QActionGroup* m_autoRefreshGroup = nullptr;
    QPointer<ConnectDialog> m_passwordDialog;

    QTimer m_autoRefresh;
    QTimer m_ticker;
    QTimer m_syncTimer;
    QTimer m_countTimer;
    int m_autoRefreshSeconds = 300;
    PlatformEndpoint m_embeddedEndpoint;
};

} // namespace TokenConsole
