// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/TokenTableModel.h"
#include "platform/Platform.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "secrets/InMemorySecretStore.h"
#include "session/ConsoleSession.h"
#include "session/SessionController.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenConsole;
using State = SessionController::State;

// The session controller's states against a real (in-process) sandbox: signed out, signing
// in, signed in, expired, offline, and the transitions a user causes.
class TestSessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsSignedOut();
    void embeddedSignsInAndLoads();
    void wrongTypedPasswordStaysSignedOut();
    void expiredAsksForPasswordAndRecovers();
    void unreachableIsOffline();
    void directProfileOpensWithoutSignIn();
    void unknownProfileFails();

private:
    bool advanceDays(int days);
    Profile viewerProfile() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<TokenTableModel> m_model;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<SessionController> m_controller;
};

void TestSessionController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSessionController::init()
{
    QSettings().clear();
    m_server = std::make_unique<Sandbox::SandboxServer>();
    Sandbox::SandboxServer::Options options;
    options.dataDirectory = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    options.seed = QStringLiteral("demo");
    options.clockControl = true;
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    m_model = std::make_unique<TokenTableModel>();
    m_secrets = std::make_unique<InMemorySecretStore>();
    Sandbox::SandboxServer* server = m_server.get();
    m_controller = std::make_unique<SessionController>(
        m_model.get(), m_secrets.get(), [server](PlatformEndpoint* endpoint, QString*) {
            endpoint->url = server->url();
            endpoint->login = Sandbox::SandboxServer::demoAdminLogin();
            endpoint->password = Sandbox::SandboxServer::demoAdminPassword();
            endpoint->clientId = Sandbox::SandboxServer::demoClientId();
            return true;
        });
}

void TestSessionController::cleanup()
{
    m_controller.reset();
    m_model.reset();
    m_secrets.reset();
    m_server.reset();
}

bool TestSessionController::advanceDays(int days)
{
    QNetworkAccessManager network;
    QUrl url = m_server->url();
    url.setPath(QStringLiteral("/sandbox/v1/clock"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("advanceDays"), days}}).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool ok = finished.wait(10000) && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

Profile TestSessionController::viewerProfile() const
{
    Profile profile;
    profile.name = QStringLiteral("viewer");
    profile.kind = Profile::Kind::AdminApi;
    profile.serverUrl = m_server->url();
    profile.login = QStringLiteral("viewer@acme.example");
    return profile;
}

void TestSessionController::startsSignedOut()
{
    QCOMPARE(m_controller->state(), State::SignedOut);
    QVERIFY(!m_controller->session());
}

void TestSessionController::embeddedSignsInAndLoads()
{
    QSignalSpy states(m_controller.get(), &SessionController::stateChanged);
    QSignalSpy ready(m_controller.get(), &SessionController::sessionReady);
    m_controller->openEmbedded();
    QCOMPARE(m_controller->state(), State::SigningIn);
    QVERIFY(ready.wait(10000));
    QCOMPARE(m_controller->state(), State::SignedIn);
    QVERIFY(m_controller->session()->isEmbedded());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(states.first().first().value<State>(), State::SigningIn);
    QCOMPARE(ProfileStore().lastUsed(), ProfileStore::embeddedSandboxName());
    m_controller->drop();
    QCOMPARE(m_controller->state(), State::SignedOut);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestSessionController::wrongTypedPasswordStaysSignedOut()
{
    QSignalSpy failed(m_controller.get(), &SessionController::signInFailed);
    QSignalSpy openFailed(m_controller.get(), &SessionController::openFailed);
    m_controller->signIn(viewerProfile(), QStringLiteral("wrong"),
                         SessionController::Origin::TypedForNewProfile);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("password is wrong")),
             qPrintable(failed.first().first().toString()));
    // The dialog shows a typed password's failure; the window hears nothing.
    QVERIFY(openFailed.isEmpty());
    QCOMPARE(m_controller->state(), State::SignedOut);
    QVERIFY(!ProfileStore().profile(QStringLiteral("viewer")));
}

void TestSessionController::expiredAsksForPasswordAndRecovers()
{
    QSignalSpy ready(m_controller.get(), &SessionController::sessionReady);
    m_controller->signIn(viewerProfile(), QStringLiteral("sandbox-viewer"),
                         SessionController::Origin::TypedForNewProfile);
    QVERIFY(ready.wait(10000));
    QVERIFY(ProfileStore().profile(QStringLiteral("viewer")));
    QVERIFY(advanceDays(1));
    QSignalSpy asked(m_controller.get(), &SessionController::passwordRequired);
    m_controller->session()->refresh();
    QVERIFY(asked.wait(10000));
    QCOMPARE(asked.first().at(1).toBool(), true);
    QCOMPARE(m_controller->state(), State::Expired);
    QCOMPARE(m_model->rowCount(), 3);  // the list stays on screen

    QSignalSpy refreshed(m_controller->session(), &ConsoleSession::refreshed);
    m_controller->reauthenticate(QStringLiteral("sandbox-viewer"), false);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(m_controller->state(), State::SignedIn);
}

void TestSessionController::unreachableIsOffline()
{
    QSignalSpy ready(m_controller.get(), &SessionController::sessionReady);
    m_controller->openEmbedded();
    QVERIFY(ready.wait(10000));
    m_server.reset();  // the platform goes away
    QSignalSpy failed(m_controller->session(), &ConsoleSession::refreshFailed);
    m_controller->session()->refresh();
    QVERIFY(failed.wait(40000));
    QCOMPARE(m_controller->state(), State::Offline);
    QVERIFY(m_controller->session()->isStale());
    QCOMPARE(m_model->rowCount(), 3);
}

void TestSessionController::directProfileOpensWithoutSignIn()
{
    Profile profile;
    profile.name = QStringLiteral("acme-direct");
    profile.kind = Profile::Kind::On24;
    profile.region = Profile::On24Region::Custom;
    profile.on24BaseUrl = Profile::on24UnderServer(m_server->url());
    profile.clientId = 10001;
    QSignalSpy ready(m_controller.get(), &SessionController::sessionReady);
    m_controller->openDirect(profile, SessionController::Origin::TypedForNewProfile);
    QVERIFY(ready.wait(10000));
    QCOMPARE(m_controller->state(), State::SignedIn);
    QVERIFY(m_controller->session()->platform()->can(Capability::AddExisting));
    QVERIFY(!m_controller->session()->platform()->can(Capability::Provision));
    QVERIFY(ProfileStore().profile(QStringLiteral("acme-direct"))->isDirect());
}

void TestSessionController::unknownProfileFails()
{
    QSignalSpy failed(m_controller.get(), &SessionController::openFailed);
    m_controller->openProfile(QStringLiteral("nobody"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_controller->state(), State::SignedOut);
}

QTEST_GUILESS_MAIN(TestSessionController)
#include "TestSessionController.moc"
