// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiFixture.h"

#include "model/TokenTableModel.h"
#include "profiles/Profile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace TokenConsole::Testing {

GuiFixture::GuiFixture() = default;
GuiFixture::~GuiFixture() = default;

bool GuiFixture::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    m_server = std::make_unique<Sandbox::SandboxServer>();
    Sandbox::SandboxServer::Options options;
    options.dataDirectory = m_dir.path();
    options.seed = QStringLiteral("demo");
    options.clockControl = true;
    const bool started = m_server->start(options, error);
    if (started)
        m_lastUrl = m_server->url();
    return started;
}

void GuiFixture::stopServer()
{
    m_server.reset();
}

bool GuiFixture::restartServer(QString* error)
{
    m_other.reset();
    return start(error);
}

bool GuiFixture::advanceDays(int days)
{
    QNetworkAccessManager network;
    QUrl url = m_server->url();
    url.setPath(QStringLiteral("/sandbox/v1/clock"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply =
        network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("advanceDays"), days}})
                                  .toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool done = finished.wait(10000);
    const bool ok = done && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

QUrl GuiFixture::url() const
{
    return m_server ? m_server->url() : m_lastUrl;
}

MainWindow::Options GuiFixture::embeddedOptions()
{
    MainWindow::Options options;
    options.embeddedPlatform = [this](PlatformEndpoint* endpoint, QString*) {
        endpoint->url = url();
        endpoint->login = Sandbox::SandboxServer::demoAdminLogin();
        endpoint->password = Sandbox::SandboxServer::demoAdminPassword();
        endpoint->clientId = Sandbox::SandboxServer::demoClientId();
        return true;
    };
    options.useSystemTray = false;
    options.offlineCacheFolder = m_cacheDir.path() + QStringLiteral("/token-lists");
    return options;
}

std::unique_ptr<MainWindow> GuiFixture::openAdminWindow(MainWindow::Options options, QString* error)
{
    return openWindow(Sandbox::SandboxServer::demoAdminLogin(),
                      Sandbox::SandboxServer::demoAdminPassword(), std::move(options), error);
}

std::unique_ptr<MainWindow> GuiFixture::openWindow(const QString& login, const QString& password,
                                                   MainWindow::Options options, QString* error)
{
    auto window = std::make_unique<MainWindow>(std::move(options));
    window->resize(1200, 700);
    window->show();
    window->activateWindow();
    // Shortcuts only reach an active window.
    if (!QTest::qWaitForWindowActive(window.get())) {
        *error = QStringLiteral("the window did not become active");
        return nullptr;
    }
    QSignalSpy ready(window.get(), &MainWindow::sessionReady);
    QSignalSpy failed(window.get(), &MainWindow::openFailed);
    if (login == Sandbox::SandboxServer::demoAdminLogin()) {
        window->openEmbedded();
    } else {
        Profile profile;
        profile.name = QStringLiteral("test-%1").arg(login);
        profile.kind = Profile::Kind::AdminApi;
        profile.serverUrl = m_server->url();
        profile.login = login;
        profile.region = Profile::On24Region::Custom;
        QUrl on24 = m_server->url();
        on24.setPath(QStringLiteral("/v2"));
        profile.on24BaseUrl = on24;
        window->openWithPassword(profile, password);
    }
    if (ready.isEmpty() && !ready.wait(15000)) {
        *error = failed.isEmpty() ? QStringLiteral("the token list did not load")
                                  : failed.first().first().toString();
        return nullptr;
    }
    return window;
}

AdminClient* GuiFixture::otherClient(QString* error)
{
    if (m_other)
        return m_other.get();
    auto client = std::make_unique<AdminClient>(m_server->url());
    AdminClient* raw = client.get();
    const auto signedIn = await<Session>([raw](AdminClient::Callback<Session> done) {
        raw->signIn(Sandbox::SandboxServer::demoAdminLogin(),
                    Sandbox::SandboxServer::demoAdminPassword(), raw, done);
    });
    if (!signedIn.ok()) {
        *error = signedIn.error.userMessage();
        return nullptr;
    }
    raw->setSession(signedIn.value);
    m_other = std::move(client);
    return raw;
}

GuiFixture::Pair GuiFixture::provision(const QString& login, const QString& name)
{
    QString error;
    AdminClient* other = otherClient(&error);
    if (!other)
        return {};
    const auto users = await<QVector<AccountUser>>(
        [other](AdminClient::Callback<QVector<AccountUser>> done) { other->fetchUsers(other, done); });
    qint64 userId = 0;
    for (const AccountUser& user : users.value) {
        if (user.login == login)
            userId = user.id;
    }
    const auto created = await<ProvisionedToken>(
        [other, userId, name](AdminClient::Callback<ProvisionedToken> done) {
            other->provision(userId, name, {}, other, done);
        });
    if (!created.ok())
        return {};
    return {created.value.token.id, created.value.token.key, created.value.secret};
}

bool GuiFixture::disable(const QString& id)
{
    QString error;
    AdminClient* other = otherClient(&error);
    return other
        && await<Token>([other, id](AdminClient::Callback<Token> done) {
               other->disable(id, other, done);
           }).ok();
}

bool GuiFixture::isActive(const QString& idOrKey)
{
    QString error;
    AdminClient* other = otherClient(&error);
    if (!other)
        return false;
    const auto tokens = await<TokenList>(
        [other](AdminClient::Callback<TokenList> done) { other->fetchAllTokens(other, done); });
    for (const Token& token : tokens.value) {
        if (token.id == idOrKey || token.key == idOrKey)
            return token.isActive();
    }
    return false;
}

QString GuiFixture::idOf(const MainWindow& window, const QString& name)
{
    const TokenTableModel* model = window.tokenModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->token(row).name == name)
            return model->token(row).id;
    }
    return {};
}

} // namespace TokenConsole::Testing
