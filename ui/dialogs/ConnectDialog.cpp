#include "dialogs/ConnectDialog.h"

#include "LabelTone.h"
#include "api/AdminClient.h"
#include "api/ApiJob.h"
#include "api/On24Client.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"
#include "ui_ConnectDialog.h"

#include <QPushButton>

namespace TokenConsole {

ConnectDialog::ConnectDialog(Mode mode, SecretStore* secrets, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>()), m_mode(mode), m_secrets(secrets)
{
    m_ui->setupUi(this);
    setObjectName(mode == Mode::NewProfile ? QStringLiteral("connectDialog")
                                           : QStringLiteral("reauthenticateDialog"));
    m_connectButton = m_ui->buttonBox->addButton(
        mode == Mode::NewProfile ? tr("C&onnect") : tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_ui->regionCombo->addItem(tr("North America (api.on24.com)"),
                               int(Profile::On24Region::NorthAmerica));
    m_ui->regionCombo->addItem(tr("Europe (api.eu.on24.com)"), int(Profile::On24Region::Europe));
    m_ui->regionCombo->addItem(tr("Other base URL"), int(Profile::On24Region::Custom));
    m_ui->errorLabel->setVisible(false);
    LabelTone::setError(m_ui->errorLabel);
    if (mode == Mode::NewProfile) {
        setWindowTitle(tr("Connect to a Platform"));
        m_ui->introLabel->setText(
            tr("Sign in to the Token Admin API of your ON24 platform gateway. The password is "
               "only kept in this computer's keychain, and only if you ask for it."));
    } else {
        setWindowTitle(tr("Sign In Again"));
        m_ui->introLabel->setText(
            tr("Your session has expired (sessions end after 8 hours without use). Enter your "
               "password to continue; nothing you were doing is lost."));
        for (QWidget* w :
             {static_cast<QWidget*>(m_ui->profileEdit), static_cast<QWidget*>(m_ui->serverEdit),
              static_cast<QWidget*>(m_ui->loginEdit), static_cast<QWidget*>(m_ui->regionCombo),
              static_cast<QWidget*>(m_ui->on24UrlEdit), static_cast<QWidget*>(m_ui->rememberCheck)})
            w->setEnabled(false);
        m_ui->passwordEdit->setFocus();
    }
    for (QLineEdit* edit : {m_ui->profileEdit, m_ui->serverEdit, m_ui->loginEdit,
                            m_ui->passwordEdit, m_ui->on24UrlEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

ConnectDialog::~ConnectDialog()
{
    if (m_job)
        m_job->cancel();
    delete m_client;
}

QString ConnectDialog::passwordEntry(const QString& profileName)
{
    // Token keys are 32 upper-case alphanumerics, so this entry cannot collide with one.
    return SecretStore::accountName(profileName, QStringLiteral("password"));
}

void ConnectDialog::setProfile(const Profile& profile)
{
    m_ui->profileEdit->setText(profile.name);
    m_ui->serverEdit->setText(profile.serverUrl.toString());
    m_ui->loginEdit->setText(profile.login);
    m_ui->rememberCheck->setChecked(profile.rememberPassword);
    m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->findData(int(profile.region)));
    m_ui->on24UrlEdit->setText(profile.on24BaseUrl.toString());
    validate();
}

Profile ConnectDialog::profile() const
{
    Profile profile;
    profile.name = m_ui->profileEdit->text().trimmed();
    profile.kind = Profile::Kind::AdminApi;
    profile.serverUrl = QUrl::fromUserInput(m_ui->serverEdit->text().trimmed());
    profile.login = m_ui->loginEdit->text().trimmed();
    profile.rememberPassword = m_ui->rememberCheck->isChecked();
    profile.region = static_cast<Profile::On24Region>(m_ui->regionCombo->currentData().toInt());
    if (profile.region == Profile::On24Region::Custom)
        profile.on24BaseUrl = QUrl::fromUserInput(m_ui->on24UrlEdit->text().trimmed());
    if (m_client)
        profile.clientId = m_client->session().account.clientId;
    return profile;
}

AdminClient* ConnectDialog::takeClient()
{
    AdminClient* client = m_client;
    if (client)
        client->setParent(nullptr);
    m_client.clear();
    return client;
}

void ConnectDialog::setIntro(const QString& text)
{
    m_ui->introLabel->setText(text);
}

void ConnectDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void ConnectDialog::validate()
{
    const bool custom =
        m_ui->regionCombo->currentData().toInt() == int(Profile::On24Region::Custom);
    m_ui->on24UrlLabel->setVisible(custom);
    m_ui->on24UrlEdit->setVisible(custom);
    const bool complete = !m_ui->profileEdit->text().trimmed().isEmpty() &&
                          !m_ui->serverEdit->text().trimmed().isEmpty() &&
                          !m_ui->loginEdit->text().trimmed().isEmpty() &&
                          !m_ui->passwordEdit->text().isEmpty() &&
                          (!custom || !m_ui->on24UrlEdit->text().trimmed().isEmpty());
    m_connectButton->setEnabled(complete && !m_busy);
}

void ConnectDialog::attempt()
{
    if (m_busy)
        return;
    const Profile candidate = profile();
    if (m_mode == Mode::NewProfile && candidate.name == ProfileStore::embeddedSandboxName()) {
        showError(tr("“%1” is the name of the local demo data; choose another profile name.")
                      .arg(candidate.name));
        return;
    }
    if (!candidate.serverUrl.isValid() || candidate.serverUrl.host().isEmpty()) {
        showError(tr("“%1” is not a server address. Enter a URL such as "
                     "https://tokens.example.com.")
                      .arg(m_ui->serverEdit->text()));
        return;
    }
    if (const ApiError refused = AdminClient::checkUrl(candidate.serverUrl); refused.isError()) {
        showError(refused.userMessage());
        return;
    }
    showError({});
    m_busy = true;
    m_connectButton->setText(tr("Connecting…"));
    validate();
    delete m_client;
    m_client = new AdminClient(candidate.serverUrl, this);
    m_job = m_client->signIn(
        candidate.login, m_ui->passwordEdit->text(), this, [this](const Result<Session>& result) {
            m_busy = false;
            m_connectButton->setText(m_mode == Mode::NewProfile ? tr("C&onnect") : tr("&Sign In"));
            validate();
            if (!result.ok()) {
                showError(result.error.userMessage());
                m_ui->passwordEdit->setFocus();
                m_ui->passwordEdit->selectAll();
                return;
            }
            m_client->setSession(result.value);
            finishSuccess();
        });
}

void ConnectDialog::finishSuccess()
{
    const Profile signedIn = profile();
    if (m_mode == Mode::NewProfile && signedIn.rememberPassword && m_secrets) {
        m_secrets->store(passwordEntry(signedIn.name), m_ui->passwordEdit->text(), this,
                         [this](const SecretStore::Result& result) {
                             if (!result.ok()) {
                                 // Signed in all the same; the password is just not kept.
                                 setProperty("rememberFailed", result.message);
                             }
                             m_ui->passwordEdit->clear();
                             accept();
                         });
        return;
    }
    m_ui->passwordEdit->clear();
    accept();
}

} // namespace TokenConsole
