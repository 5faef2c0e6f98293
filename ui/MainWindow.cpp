#include "MainWindow.h"

#include "AppInfo.h"
#include "Banner.h"
#include "Clipboard.h"
#include "ConsoleSession.h"
#include "Logging.h"
#include "UiText.h"
#include "WarningNotifier.h"
#include "api/AdminClient.h"
#include "commands/CommandController.h"
#include "dialogs/ConnectDialog.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "policy/InactivityPolicy.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "view/DetailsPanel.h"
#include "view/TokenView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QVBoxLayout>

namespace TokenConsole {

namespace {

const char* const geometryKey = "ui/mainWindow/geometry";
const char* const stateKey = "ui/mainWindow/state";
const char* const splitterKey = "ui/mainWindow/splitter";
const char* const autoRefreshKey = "ui/autoRefreshSeconds";

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/org.tokenconsole.TokenConsole.svg"));
}

} // namespace

MainWindow::MainWindow(Options options, QWidget* parent)
    : QMainWindow(parent), m_options(std::move(options)),
      m_secrets(m_options.secretStoreFactory ? m_options.secretStoreFactory(this)
                                             : new KeychainSecretStore(this)),
      m_clipboard(new Clipboard(this)), m_model(new TokenTableModel(this)),
      m_filter(new TokenFilterModel(this)), m_commands(new CommandController(this, this)),
      m_notifier(new WarningNotifier(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Token Console"));
    setWindowIcon(appIcon());
    m_clipboard->setClearTimeout(m_options.clipboardClearMs);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(TokenTableModel::SortRole);
    m_filter->setDynamicSortFilter(true);

    createCentralWidget();
    createActions();
    createStatusBar();

    if (m_options.useSystemTray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("Token Console"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
        m_notifier->setTrayIcon(m_tray);
    }
    connect(m_notifier, &WarningNotifier::bannerRequested, this,
            [this](const QString& text, bool critical) {
                m_warningBanner->setKind(critical ? Banner::Kind::Error : Banner::Kind::Warning);
                m_warningBanner->setText(text);
                m_warningBanner->show();
            });

    connect(m_commands, &CommandController::actionsUpdated, this, &MainWindow::updateBanners);
    connect(m_view, &TokenView::currentTokenChanged, this, &MainWindow::syncSelection);
    // Rows change under the selection (upserts, refreshes): re-read the selected token once
    // the model settled, not on every single dataChanged.
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(0);
    connect(&m_syncTimer, &QTimer::timeout, this, &MainWindow::syncSelection);
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &MainWindow::updateFilterCounts);
    for (QTimer* timer : {&m_countTimer, &m_syncTimer}) {
        auto restart = [timer] { timer->start(); };
        connect(m_model, &QAbstractItemModel::rowsInserted, timer, restart);
        connect(m_model, &QAbstractItemModel::rowsRemoved, timer, restart);
        connect(m_model, &QAbstractItemModel::modelReset, timer, restart);
        connect(m_model, &QAbstractItemModel::dataChanged, timer, restart);
    }

    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (m_session)
            m_session->refresh();
    });
    // Countdowns move with the clock; a minute's resolution is plenty for days.
    m_ticker.setInterval(60 * 1000);
    connect(&m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker.start();
    setAutoRefreshInterval(QSettings().value(QLatin1String(autoRefreshKey), 300).toInt());

    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(geometryKey)).toByteArray()))
        resize(1180, 680);
    restoreState(settings.value(QLatin1String(stateKey)).toByteArray());
    if (!m_splitter->restoreState(settings.value(QLatin1String(splitterKey)).toByteArray()))
        m_splitter->setSizes({width() - 330, 330});
    updateStatusBar();
    updateBanners();
}

MainWindow::~MainWindow()
{
    dropSession();
}

QWidget* MainWindow::dialogParent() const
{
    return const_cast<MainWindow*>(this);
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);

    m_demoBanner = new Banner(central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setAccessibleName(tr("Demo data notice"));
    m_demoBanner->setText(
        tr("This is local demo data: an embedded sandbox on this computer, not a real ON24 "
           "account. Try anything here; connect to your platform to manage real tokens."));
    QPushButton* connectButton = m_demoBanner->addButton(tr("&Connect to a Platform…"));
    connectButton->setObjectName(QStringLiteral("demoConnectButton"));
    connect(connectButton, &QPushButton::clicked, this, &MainWindow::showConnectDialog);
    m_restrictionBanner = new Banner(central);
    m_restrictionBanner->setObjectName(QStringLiteral("restrictionBanner"));
    m_restrictionBanner->setAccessibleName(tr("Why some actions are unavailable"));
    m_staleBanner = new Banner(central);
    m_staleBanner->setObjectName(QStringLiteral("staleBanner"));
    m_staleBanner->setAccessibleName(tr("Connection problem"));
    m_staleBanner->setKind(Banner::Kind::Warning);
    QPushButton* retry = m_staleBanner->addButton(tr("&Retry"));
    retry->setObjectName(QStringLiteral("retryButton"));
    connect(retry, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->refresh();
        else
            openProfile(ProfileStore().lastUsed());
    });
    m_messageBanner = new Banner(central);
    m_messageBanner->setObjectName(QStringLiteral("messageBanner"));
    m_messageBanner->setAccessibleName(tr("Last outcome"));
    m_messageBanner->setClosable(true);
    m_warningBanner = new Banner(central);
    m_warningBanner->setObjectName(QStringLiteral("warningBanner"));
    m_warningBanner->setAccessibleName(tr("Inactivity warning"));
    m_warningBanner->setClosable(true);
    for (Banner* banner :
         {m_demoBanner, m_restrictionBanner, m_staleBanner, m_warningBanner, m_messageBanner}) {
        banner->hide();
        layout->addWidget(banner);
    }

    auto* filterRow = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, login or key"));
    m_search->setAccessibleName(tr("Search tokens"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Search:"), central);
    searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterText(text);
        updatePlaceholder();
    });
    m_statusFilter = new QComboBox(central);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (auto filter :
         {TokenFilterModel::StatusFilter::All, TokenFilterModel::StatusFilter::Active,
          TokenFilterModel::StatusFilter::Expiring, TokenFilterModel::StatusFilter::Disabled,
          TokenFilterModel::StatusFilter::DisabledForInactivity})
        m_statusFilter->addItem(QString(), int(filter));
    auto* statusLabel = new QLabel(tr("Sho&w:"), central);
    statusLabel->setBuddy(m_statusFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(
            static_cast<TokenFilterModel::StatusFilter>(m_statusFilter->currentData().toInt()));
        updatePlaceholder();
    });
    filterRow->addWidget(searchLabel);
    filterRow->addWidget(m_search, 1);
    filterRow->addSpacing(12);
    filterRow->addWidget(statusLabel);
    filterRow->addWidget(m_statusFilter);
    layout->addLayout(filterRow);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_view = new TokenView(m_splitter);
    m_view->setModels(m_filter, m_model);
    m_details = new DetailsPanel(m_splitter);
    m_details->setMinimumWidth(260);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_view);
    updateFilterCounts();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(tr("&Connect to a Platform…"));
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setIcon(QIcon::fromTheme(QStringLiteral("network-connect"),
                                            QIcon(QStringLiteral(":/icons/actions/connect.svg"))));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);
    m_profileMenu = file->addMenu(tr("&Profiles"));
    m_profileMenu->setObjectName(QStringLiteral("profileMenu"));
    connect(m_profileMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildProfileMenu);
    rebuildProfileMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* tokens = menuBar()->addMenu(tr("&Token"));
    using C = CommandController;
    for (auto id : {C::Provision, C::Rename, C::Disable, C::Enable}) {
        tokens->addAction(m_commands->action(id));
    }
    tokens->addSeparator();
    for (auto id : {C::Verify, C::CopyKey, C::CopySecret})
        tokens->addAction(m_commands->action(id));
    tokens->addSeparator();
    tokens->addAction(m_commands->action(C::Refresh));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    QAction* details = view->addAction(tr("&Details Panel"));
    details->setCheckable(true);
    details->setChecked(true);
    details->setShortcut(QKeySequence(Qt::Key_F9));
    connect(details, &QAction::toggled, m_details, &QWidget::setVisible);
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
                [this, seconds = seconds] { setAutoRefreshInterval(seconds); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Token Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Token Console"),
            tr("<p><b>Token Console</b> %1</p><p>Manage the API tokens of an ON24 account: "
               "see their last activity, get warned before the 60-day inactivity rule disables "
               "them, and keep their secrets in the keychain only.</p><p>%2</p>")
                .arg(AppInfo::version().toHtmlEscaped(), AppInfo::versionReport().toHtmlEscaped()));
    });

    QToolBar* toolbar = addToolBar(tr("Tokens"));
    toolbar->setObjectName(QStringLiteral("tokenToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (auto id : {C::Provision, C::Rename, C::Disable, C::Enable})
        toolbar->addAction(m_commands->action(id));
    toolbar->addSeparator();
    for (auto id : {C::Verify, C::CopyKey, C::CopySecret})
        toolbar->addAction(m_commands->action(id));
    toolbar->addSeparator();
    toolbar->addAction(m_commands->action(C::Refresh));

    // The table's context menu offers what applies to a token.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (auto id : {C::Verify, C::CopyKey, C::CopySecret})
        m_view->addAction(m_commands->action(id));
    auto* separator = new QAction(m_view);
    separator->setSeparator(true);
    m_view->addAction(separator);
    for (auto id : {C::Rename, C::Disable, C::Enable})
        m_view->addAction(m_commands->action(id));
}

void MainWindow::createStatusBar()
{
    auto makeLabel = [this](const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextFormat(Qt::PlainText);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_skewLabel = makeLabel("skewLabel");
    m_skewLabel->hide();
    m_profileLabel = makeLabel("profileLabel");
    m_serverLabel = makeLabel("serverLabel");
    m_userLabel = makeLabel("userLabel");
    m_refreshLabel = makeLabel("refreshLabel");
}

void MainWindow::setAutoRefreshInterval(int seconds)
{
    m_autoRefreshSeconds = qMax(0, seconds);
    QSettings().setValue(QLatin1String(autoRefreshKey), m_autoRefreshSeconds);
    if (m_autoRefreshSeconds > 0)
        m_autoRefresh.start(m_autoRefreshSeconds * 1000);
    else
        m_autoRefresh.stop();
    for (QAction* action : m_autoRefreshGroup->actions())
        action->setChecked(action->data().toInt() == m_autoRefreshSeconds);
}

// ---- profiles and sessions -------------------------------------------------------------

void MainWindow::openProfile(const QString& name)
{
    if (name.isEmpty() || name == ProfileStore::embeddedSandboxName()) {
        openEmbedded();
        return;
    }
    const std::optional<Profile> profile = ProfileStore().profile(name);
    if (!profile) {
        fail(tr("There is no profile named “%1”. Choose one from File > Profiles or connect to "
                "a platform.")
                 .arg(name));
        return;
    }
    if (!profile->rememberPassword) {
        askPassword(*profile, false);
        return;
    }
    m_secrets->read(ConnectDialog::passwordEntry(profile->name), this,
                    [this, profile = *profile](const SecretStore::Result& result) {
                        if (result.ok())
                            openWithPassword(profile, result.secret);
                        else
                            askPassword(profile, false);
                    });
}

void MainWindow::openEmbedded()
{
    if (!m_options.embeddedPlatform) {
        fail(tr("The local demo data is not available in this build. Connect to a platform "
                "instead."));
        return;
    }
    QString error;
    PlatformEndpoint endpoint;
    if (!m_options.embeddedPlatform(&endpoint, &error)) {
        fail(tr("The local demo data could not be opened: %1").arg(error));
        return;
    }
    m_embeddedEndpoint = endpoint;
    Profile profile;
    profile.name = ProfileStore::embeddedSandboxName();
    profile.kind = Profile::Kind::Sandbox;
    profile.serverUrl = endpoint.url;
    profile.login = endpoint.login;
    profile.region = Profile::On24Region::Custom;
    QUrl on24 = endpoint.url;
    on24.setPath(QStringLiteral("/v2"));
    profile.on24BaseUrl = on24;
    openWithPassword(profile, endpoint.password, true);
}

void MainWindow::openWithPassword(const Profile& profile, const QString& password, bool embedded)
{
    if (const ApiError refused = AdminClient::checkUrl(profile.serverUrl); refused.isError()) {
        fail(refused.userMessage());
        return;
    }
    auto* client = new AdminClient(profile.serverUrl, this);
    m_refreshLabel->setText(tr("Signing in to %1…").arg(profile.serverUrl.host()));
    m_view->setPlaceholderText(tr("Signing in…"));
    client->signIn(profile.login, password, this,
                   [this, client, profile, embedded](const Result<Session>& result) {
                       if (!result.ok()) {
                           client->deleteLater();
                           fail(tr("Could not sign in to %1 as %2: %3")
                                    .arg(profile.serverUrl.toDisplayString(), profile.login,
                                         result.error.userMessage()));
                           return;
                       }
                       client->setSession(result.value);
                       adoptSession(profile, client, embedded);
                   });
}

void MainWindow::adoptSession(const Profile& profile, AdminClient* client, bool embedded)
{
    dropSession();
    m_session = new ConsoleSession(profile, client, m_secrets, m_model, embedded, this);
    m_details->setSession(m_session);
    connect(m_session, &ConsoleSession::refreshed, this, &MainWindow::onRefreshed);
    connect(m_session, &ConsoleSession::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(m_session, &ConsoleSession::sessionExpired, this, &MainWindow::onSessionExpired);
    connect(m_session, &ConsoleSession::ready, this, &MainWindow::sessionReady);
    connect(m_session, &ConsoleSession::refreshStarted, this,
            [this] { m_refreshLabel->setText(tr("Refreshing…")); });
    connect(client, &AdminClient::clockSkewChanged, this, &MainWindow::updateSkew);
    ProfileStore().setLastUsed(profile.name);
    qCInfo(lcUi) << "signed in; profile" << profile.name << "embedded" << embedded;
    m_staleBanner->hide();
    updateStatusBar();
    m_commands->updateActions();
    updatePlaceholder();
    m_session->start();
}

void MainWindow::dropSession()
{
    if (!m_session)
        return;
    ConsoleSession* old = m_session;
    m_session.clear();
    m_details->setSession(nullptr);
    m_model->clear();
    m_warningBanner->hide();
    old->deleteLater();
    m_commands->updateActions();
}

void MainWindow::onRefreshed()
{
    m_staleBanner->hide();
    updateStatusBar();
    updateSkew(m_session->client()->clockSkewMs());
    m_notifier->check(m_session->profile().name, m_model->tokens(), m_model->policy(),
                      m_session->now());
    syncSelection();
    updateFilterCounts();
}

void MainWindow::onRefreshFailed(const ApiError& error)
{
    if (error.kind() == ApiError::Kind::SessionExpired)
        return; // onSessionExpired asks for the password
    if (m_session && m_session->hasLoaded()) {
        m_staleBanner->setText(
            tr("This list is from %1 and may be out of date: refreshing failed. %2")
                .arg(QLocale().toString(m_session->lastRefresh().time(), QLocale::ShortFormat),
                     error.userMessage()));
    } else {
        m_staleBanner->setText(
            tr("The token list could not be loaded. %1").arg(error.userMessage()));
    }
    m_staleBanner->show();
    updateStatusBar();
    updatePlaceholder();
}

void MainWindow::onSessionExpired()
{
    if (!m_session)
        return;
    const Profile profile = m_session->profile();
    if (m_session->isEmbedded()) {
        // The demo's password is public; signing in again needs no one.
        m_session->client()->signIn(m_embeddedEndpoint.login, m_embeddedEndpoint.password,
                                    m_session, [this](const Result<Session>& result) {
                                        if (!m_session)
                                            return;
                                        if (!result.ok()) {
                                            onRefreshFailed(result.error);
                                            return;
                                        }
                                        m_session->client()->setSession(result.value);
                                        m_session->refresh();
                                    });
        return;
    }
    askPassword(profile, true);
}

void MainWindow::askPassword(const Profile& profile, bool expired)
{
    if (m_passwordDialog)
        return;
    m_passwordDialog = new ConnectDialog(ConnectDialog::Mode::Reauthenticate, m_secrets, this);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_passwordDialog->setProfile(profile);
    if (!expired)
        m_passwordDialog->setIntro(
            tr("Enter the password of %1 on %2 to open the profile “%3”.")
                .arg(profile.login, profile.serverUrl.toDisplayString(), profile.name));
    connect(m_passwordDialog, &QDialog::accepted, this, [this, profile, expired] {
        AdminClient* fresh = m_passwordDialog->takeClient();
        if (!fresh)
            return;
        if (expired && m_session && m_session->profile().name == profile.name) {
            // Keep the session object (and the list on screen); only the sign-in is new.
            m_session->client()->setSession(fresh->session());
            // Later: this runs inside the signal of a job that the fresh client owns.
            fresh->deleteLater();
            m_session->refresh();
            return;
        }
        adoptSession(profile, fresh, false);
    });
    connect(m_passwordDialog, &QDialog::rejected, this, [this, profile, expired] {
        if (expired) {
            // The list stays on screen; the next refresh asks again.
            onRefreshFailed(ApiError(ApiError::Kind::SessionExpired));
            m_staleBanner->setText(tr("Your session has expired, so this list is not refreshed. "
                                      "Choose Retry to sign in again."));
            m_staleBanner->show();
            return;
        }
        if (!m_session)
            fail(tr("Not signed in to “%1”. Choose Retry to enter the password, pick another "
                    "profile from File > Profiles, or connect to a platform.")
                     .arg(profile.name));
    });
    m_passwordDialog->open();
}

void MainWindow::showConnectDialog()
{
    auto* dialog = new ConnectDialog(ConnectDialog::Mode::NewProfile, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        AdminClient* client = dialog->takeClient();
        if (!client)
            return;
        Profile profile = dialog->profile();
        profile.clientId = client->session().account.clientId;
        ProfileStore().save(profile);
        const QString rememberFailed = dialog->property("rememberFailed").toString();
        adoptSession(profile, client, false);
        if (!rememberFailed.isEmpty())
            showOutcome(tr("Signed in, but the password could not be kept in the keychain: %1 "
                           "You will be asked for it next time.")
                            .arg(rememberFailed),
                        true);
    });
    dialog->open();
}

void MainWindow::rebuildProfileMenu()
{
    m_profileMenu->clear();
    auto* group = new QActionGroup(m_profileMenu);
    const QString current = m_session ? m_session->profile().name : QString();
    QAction* demo = m_profileMenu->addAction(tr("Local Demo Data"));
    demo->setCheckable(true);
    demo->setChecked(current == ProfileStore::embeddedSandboxName());
    group->addAction(demo);
    connect(demo, &QAction::triggered, this, &MainWindow::openEmbedded);
    const QList<Profile> profiles = ProfileStore().profiles();
    if (!profiles.isEmpty())
        m_profileMenu->addSeparator();
    for (const Profile& profile : profiles) {
        if (profile.name == ProfileStore::embeddedSandboxName())
            continue;
        QAction* action = m_profileMenu->addAction(
            tr("%1 (%2 on %3)").arg(profile.name, profile.login, profile.serverUrl.host()));
        action->setCheckable(true);
        action->setChecked(profile.name == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, name = profile.name] { openProfile(name); });
    }
}

// ---- CommandContext --------------------------------------------------------------------

void MainWindow::selectToken(const QString& id)
{
    if (!m_view->selectToken(id)) {
        // Filtered out: clear the filters rather than leave the user without the new row.
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        m_view->selectToken(id);
    }
}

void MainWindow::showOutcome(const QString& text, bool error)
{
    statusBar()->showMessage(text, 10000);
    if (error) {
        m_messageBanner->setKind(Banner::Kind::Error);
        m_messageBanner->setText(text);
        m_messageBanner->show();
    } else if (m_messageBanner->isVisible()) {
        m_messageBanner->setKind(Banner::Kind::Positive);
        m_messageBanner->setText(text);
    }
    qCInfo(lcUi) << (error ? "error shown" : "outcome shown");
}

// ---- state -----------------------------------------------------------------------------

void MainWindow::syncSelection()
{
    const std::optional<Token> token = m_view->currentToken();
    m_commands->setCurrentToken(token);
    m_details->setToken(token);
}

void MainWindow::tick()
{
    if (!m_session)
        return;
    m_session->tick();
    m_notifier->check(m_session->profile().name, m_model->tokens(), m_model->policy(),
                      m_session->now());
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    if (!m_session) {
        m_profileLabel->setText(tr("Not connected"));
        m_serverLabel->clear();
        m_userLabel->clear();
        m_refreshLabel->clear();
        setWindowTitle(tr("Token Console"));
        return;
    }
    const Profile& profile = m_session->profile();
    const QString profileName = m_session->isEmbedded() ? tr("Local demo data") : profile.name;
    m_profileLabel->setText(tr("Profile: %1").arg(profileName));
    m_serverLabel->setText(tr("Server: %1").arg(profile.serverUrl.toDisplayString()));
    const SessionUser& user = m_session->user();
    m_userLabel->setText(tr("Signed in as %1 (%2)")
                             .arg(user.displayName.isEmpty() ? user.login : user.displayName,
                                  m_session->account().name));
    m_userLabel->setToolTip(user.login);
    if (m_session->hasLoaded()) {
        const QString time =
            QLocale().toString(m_session->lastRefresh().time(), QLocale::ShortFormat);
        m_refreshLabel->setText(m_session->isStale() ? tr("Last refresh %1 (stale)").arg(time)
                                                     : tr("Last refresh %1").arg(time));
    }
    setWindowTitle(
        tr("%1 — Token Console")
            .arg(m_session->account().name.isEmpty() ? profileName : m_session->account().name));
}

void MainWindow::updateSkew(qint64 skewMs)
{
    const qint64 minutes = qAbs(skewMs) / 60000;
    if (qAbs(skewMs) <= 60 * 1000) {
        m_skewLabel->hide();
        return;
    }
    m_skewLabel->setText(
        skewMs > 0
            ? tr("Warning: this clock is %1 behind the server's").arg(UiText::minutes(int(minutes)))
            : tr("Warning: this clock is %1 ahead of the server's")
                  .arg(UiText::minutes(int(minutes))));
    m_skewLabel->setToolTip(tr("This computer's clock differs from the server's by more than a "
                               "minute. Countdowns use the server's time; fix the clock to "
                               "avoid confusion elsewhere."));
    m_skewLabel->show();
}

void MainWindow::updateBanners()
{
    m_demoBanner->setVisible(m_session && m_session->isEmbedded());
    const QString restriction = m_commands->accountRestriction();
    m_restrictionBanner->setText(restriction);
    m_restrictionBanner->setKind(Banner::Kind::Information);
    m_restrictionBanner->setVisible(!restriction.isEmpty());
}

void MainWindow::updateFilterCounts()
{
    const int rows = m_model->rowCount();
    int counts[5] = {0, 0, 0, 0, 0};
    for (int row = 0; row < rows; ++row) {
        for (int i = 0; i < 5; ++i) {
            if (m_filter->matchesStatus(row, static_cast<TokenFilterModel::StatusFilter>(
                                                 m_statusFilter->itemData(i).toInt())))
                ++counts[i];
        }
    }
    const QString labels[5] = {
        tr("All (%1)"),
        tr("Active (%1)"),
        tr("Expiring within %1 (%2)").arg(UiText::days(m_filter->expiringWithinDays())),
        tr("Disabled (%1)"),
        tr("Disabled for inactivity (%1)"),
    };
    for (int i = 0; i < 5; ++i)
        m_statusFilter->setItemText(i, labels[i].arg(counts[i]));
    updatePlaceholder();
}

void MainWindow::updatePlaceholder()
{
    QString text;
    if (!m_session)
        text = tr("Not connected.");
    else if (!m_session->hasLoaded())
        text = m_session->isStale() ? tr("The token list could not be loaded.")
                                    : tr("Loading the tokens…");
    else if (m_model->rowCount() == 0)
        text = m_session->canManageUsers() && m_session->hasConnect()
                   ? tr("This account has no API tokens yet. Provision one with Token > "
                        "Provision… (%1).")
                         .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))
                   : tr("This account has no API tokens yet.");
    else if (m_filter->rowCount() == 0)
        text = tr("No token matches the search and the status filter.");
    m_view->setPlaceholderText(text);
}

void MainWindow::fail(const QString& message)
{
    qCWarning(lcUi) << "open failed";
    m_staleBanner->setText(message);
    m_staleBanner->show();
    m_refreshLabel->clear();
    updateStatusBar();
    updatePlaceholder();
    Q_EMIT openFailed(message);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QLatin1String(geometryKey), saveGeometry());
    settings.setValue(QLatin1String(stateKey), saveState());
    settings.setValue(QLatin1String(splitterKey), m_splitter->saveState());
    m_view->saveHeaderState();
    m_clipboard->clearSecret();
    QMainWindow::closeEvent(event);
}

} // namespace TokenConsole
