// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Accessibility.h"
#include "Clipboard.h"
#include "ExportActions.h"
#include "FilterBar.h"
#include "Logging.h"
#include "StatusLine.h"
#include "WarningNotifier.h"
#include "WindowBanners.h"
#include "WindowMenus.h"
#include "commands/CommandController.h"
#include "dialogs/ConnectDialog.h"
#include "direct/KeepAliveScheduler.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "session/ConsoleSession.h"
#include "session/SessionController.h"
#include "view/DetailsPanel.h"
#include "view/TokenView.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
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
      m_filter(new TokenFilterModel(this)),
      m_sessions(new SessionController(m_model, m_secrets, m_options.embeddedPlatform, this)),
      m_commands(new CommandController(this, this)), m_notifier(new WarningNotifier(this)),
      m_keepAlive(new KeepAliveScheduler(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Token Console"));
    setWindowIcon(appIcon());
    m_clipboard->setClearTimeout(m_options.clipboardClearMs);
    m_sessions->setOfflineCacheFolder(m_options.offlineCacheFolder);
    m_filter->setSourceModel(m_model);

    createCentralWidget();
    m_menus = new WindowMenus(
        this, m_commands, m_view,
        {[this] { return session() ? session()->profile().name : QString(); },
         bool(m_options.embeddedPlatform)});
    Accessibility::nameToolBarExtensions(this);
    connect(m_menus, &WindowMenus::connectRequested, this, &MainWindow::showConnectDialog);
    connect(m_menus, &WindowMenus::profileRequested, this, &MainWindow::openProfile);
    connect(m_menus, &WindowMenus::findRequested, m_filterBar, &FilterBar::focusSearch);
    connect(m_menus, &WindowMenus::detailsToggled, m_details, &QWidget::setVisible);
    connect(m_menus, &WindowMenus::autoRefreshChosen, this, &MainWindow::setAutoRefreshInterval);
    m_export = new ExportActions(this, m_view, this);
    m_menus->addFileActions({m_export->exportAction(), m_export->exportAuditAction()});
    m_statusLine = new StatusLine(statusBar());

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
    connect(m_notifier, &WarningNotifier::bannerRequested, m_banners,
            &WindowBanners::showWarning);
    connect(m_keepAlive, &KeepAliveScheduler::report, this, &MainWindow::showOutcome);

    connect(m_sessions, &SessionController::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_sessions, &SessionController::sessionReady, this, &MainWindow::sessionReady);
    connect(m_sessions, &SessionController::openFailed, this, &MainWindow::fail);
    connect(m_sessions, &SessionController::passwordRequired, this, &MainWindow::askPassword);
    connect(m_sessions, &SessionController::notice, this, &MainWindow::showOutcome);
    connect(m_sessions, &SessionController::offlineNoticeChanged, m_banners,
            &WindowBanners::setOffline);
    connect(m_sessions, &SessionController::stateChanged, this, [this](auto state) {
        if (state == SessionController::State::SigningIn) {
            m_statusLine->setActivity(tr("Signing in…"));
            m_view->setPlaceholderText(tr("Signing in…"));
        }
        m_commands->updateActions();
    });

    connect(m_commands, &CommandController::actionsUpdated, this, [this] {
        m_banners->setStandingNotice(m_commands->accountRestriction());
        m_export->updateActions();
    });
    connect(m_view, &TokenView::currentTokenChanged, this, &MainWindow::syncSelection);
    connect(m_commands, &CommandController::dialogCommandEnded, this, [this](const QString& id) {
        if (!id.isEmpty())
            m_view->selectToken(id);
        m_view->setFocus(Qt::OtherFocusReason);
    });
    // Rows change under the selection (upserts, refreshes): re-read the selected token once
    // the model settled, not on every single dataChanged.
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(0);
    connect(&m_syncTimer, &QTimer::timeout, this, &MainWindow::syncSelection);
    const auto resync = [this] { m_syncTimer.start(); };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, resync);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, resync);
    connect(m_model, &QAbstractItemModel::dataChanged, this, resync);

    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (session())
            session()->refresh();
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
    m_statusLine->update(nullptr);
}

MainWindow::~MainWindow()
{
    // The session's jobs report to the window; end them before the widgets go.
    m_sessions->drop();
}

ConsoleSession* MainWindow::session() const
{
    return m_sessions->session();
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
    m_banners = new WindowBanners(central);
    connect(m_banners, &WindowBanners::connectRequested, this, &MainWindow::showConnectDialog);
    connect(m_banners, &WindowBanners::retryRequested, this, [this] {
        if (session() && m_sessions->state() == SessionController::State::Expired)
            askPassword(session()->profile(), true);
        else if (session())
            session()->refresh();
        else
            openProfile(ProfileStore().lastUsed());
    });
    layout->addWidget(m_banners);
    m_filterBar = new FilterBar(m_model, m_filter, central);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::updatePlaceholder);
    layout->addWidget(m_filterBar);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_view = new TokenView(m_splitter);
    m_view->setTokenModel(m_filter);
    m_details = new DetailsPanel(m_splitter);
    m_details->setMinimumWidth(260);
    m_details->setNarrowAccessAction(m_commands->action(CommandController::NarrowAccess));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    setTabOrder(m_filterBar->statusCombo(), m_view);
}

void MainWindow::setAutoRefreshInterval(int seconds)
{
    m_autoRefreshSeconds = qMax(0, seconds);
    QSettings().setValue(QLatin1String(autoRefreshKey), m_autoRefreshSeconds);
    if (m_autoRefreshSeconds > 0)
        m_autoRefresh.start(m_autoRefreshSeconds * 1000);
    else
        m_autoRefresh.stop();
    m_menus->showAutoRefresh(m_autoRefreshSeconds);
}

// ---- profiles and sessions -------------------------------------------------------------

void MainWindow::openProfile(const QString& name)
{
    m_sessions->openProfile(name);
}

void MainWindow::openEmbedded()
{
    m_sessions->openEmbedded();
}

void MainWindow::openWithPassword(const Profile& profile, const QString& password)
{
    m_sessions->signIn(profile, password, SessionController::Origin::Stored);
}

void MainWindow::onSessionChanged()
{
    ConsoleSession* current = session();
    m_details->setSession(current);
    m_keepAlive->setSession(current);
    m_banners->hideWarning();
    if (current) {
        m_view->setApplicableColumns(current->platform()->columns());
        connect(current, &ConsoleSession::refreshed, this, &MainWindow::onRefreshed);
        connect(current, &ConsoleSession::refreshFailed, this, &MainWindow::onRefreshFailed);
        connect(current, &ConsoleSession::refreshStarted, this,
                [this] { m_statusLine->setActivity(tr("Refreshing…")); });
        connect(current, &ConsoleSession::clockSkewChanged, m_statusLine, &StatusLine::setSkew);
        m_banners->hideProblem();
    }
    m_banners->setDemo(current && current->isEmbedded());
    m_statusLine->update(current);
    setWindowTitle(current ? tr("%1 — Token Console").arg(current->account().name)
                           : tr("Token Console"));
    m_commands->updateActions();
    updatePlaceholder();
}

void MainWindow::onRefreshed()
{
    ConsoleSession* current = session();
    m_banners->hideProblem();
    m_statusLine->update(current);
    m_statusLine->setSkew(current->platform()->clockSkewMs());
    setWindowTitle(tr("%1 — Token Console").arg(current->account().name));
    m_notifier->check(current->profile().name, m_model->tokens(), m_model->policy(),
                      current->now());
    m_keepAlive->tokensChanged();
    syncSelection();
    updatePlaceholder();
}

void MainWindow::onRefreshFailed(const ApiError& error)
{
    if (error.kind() == ApiError::Kind::SessionExpired)
        return; // the session controller asks for the password
    ConsoleSession* current = session();
    if (current && current->hasLoaded()) {
        m_banners->showProblem(
            tr("This list is from %1 and may be out of date: refreshing failed. %2")
                .arg(QLocale().toString(current->lastRefresh().time(), QLocale::ShortFormat),
                     error.userMessage()));
    } else {
        m_banners->showProblem(
            tr("The token list could not be loaded. %1").arg(error.userMessage()));
    }
    m_statusLine->update(current);
    updatePlaceholder();
}

void MainWindow::askPassword(const Profile& profile, bool expired)
{
    if (m_passwordDialog)
        return;
    m_passwordDialog = new ConnectDialog(ConnectDialog::Mode::Reauthenticate, this);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_passwordDialog->setProfile(profile);
    if (!expired)
        m_passwordDialog->setIntro(
            tr("Enter the password of %1 on %2 to open the profile “%3”.")
                .arg(profile.login, profile.serverUrl.toDisplayString(), profile.name));
    ConnectDialog* dialog = m_passwordDialog;
    connect(m_sessions, &SessionController::signInFailed, dialog, &ConnectDialog::showError);
    connect(m_sessions, &SessionController::signedIn, dialog, &ConnectDialog::succeed);
    connect(dialog, &ConnectDialog::submitted, this,
            [this, expired](const Profile& typed, const QString& password) {
                if (expired && session() && session()->profile().name == typed.name)
                    m_sessions->reauthenticate(password, typed.rememberPassword);
                else
                    m_sessions->signIn(typed, password, SessionController::Origin::Typed);
            });
    connect(dialog, &QDialog::rejected, this, [this, profile, expired] {
        m_sessions->declinePassword(profile, expired);
        if (expired)
            m_banners->showProblem(tr("Your session has expired, so this list is not refreshed. "
                                      "Choose Retry to sign in again."));
    });
    dialog->open();
}

void MainWindow::showConnectDialog()
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        return;
    }
    m_connectDialog = new ConnectDialog(ConnectDialog::Mode::NewProfile, this);
    m_connectDialog->setAttribute(Qt::WA_DeleteOnClose);
    ConnectDialog* dialog = m_connectDialog;
    connect(m_sessions, &SessionController::signInFailed, dialog, &ConnectDialog::showError);
    connect(m_sessions, &SessionController::signedIn, dialog, &ConnectDialog::succeed);
    connect(dialog, &ConnectDialog::submitted, m_sessions, &SessionController::connectProfile);
    dialog->open();
}

// ---- CommandContext --------------------------------------------------------------------

void MainWindow::selectToken(const QString& id)
{
    if (!m_view->selectToken(id)) {
        // Filtered out: clear the filters rather than leave the user without the row.
        m_filterBar->reset();
        m_view->selectToken(id);
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showOutcome(const QString& text, bool error)
{
    statusBar()->showMessage(text, 10000);
    m_banners->showOutcome(text, error);
    qCInfo(lcUi) << (error ? "error shown" : "outcome shown");
}

// ---- state -----------------------------------------------------------------------------

void MainWindow::syncSelection()
{
    const std::optional<Token> token = m_view->currentToken();
    m_commands->setSelectedTokens(m_view->selectedTokens());
    m_commands->setCurrentToken(token);
    m_details->setToken(token);
}

void MainWindow::tick()
{
    ConsoleSession* current = session();
    if (!current)
        return;
    current->tick();
    m_notifier->check(current->profile().name, m_model->tokens(), m_model->policy(),
                      current->now());
    m_statusLine->update(current);
}

void MainWindow::updatePlaceholder()
{
    ConsoleSession* current = session();
    QString text;
    if (!current)
        text = tr("Not connected.");
    else if (!current->hasLoaded())
        text = current->isStale() ? tr("The token list could not be loaded.")
                                  : tr("Loading the tokens…");
    else if (m_model->rowCount() == 0)
        text = current->platform()->can(Capability::AddExisting)
            ? tr("No token pair is on this computer yet. Add one made on ON24's page with Token "
                 "> Add Existing Token… (%1).")
                  .arg(m_commands->action(CommandController::AddExisting)
                           ->shortcut()
                           .toString(QKeySequence::NativeText))
            : current->platform()->can(Capability::Provision)
            ? tr("This account has no API tokens yet. Provision one with Token > Provision… "
                 "(%1).")
                  .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))
            : tr("This account has no API tokens yet.");
    else if (m_filter->rowCount() == 0)
        text = tr("No token matches the search and the status filter.");
    m_view->setPlaceholderText(text);
}

void MainWindow::fail(const QString& message)
{
    m_banners->showProblem(message);
    m_statusLine->setActivity(QString());
    m_statusLine->update(session());
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
