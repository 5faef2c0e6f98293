// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ConnectDialog.h"

#include "LabelTone.h"
#include "api/AdminClient.h"
#include "profiles/ProfileStore.h"
#include "ui_ConnectDialog.h"

#include <QIntValidator>
#include <QPushButton>

namespace TokenConsole {

ConnectDialog::ConnectDialog(Mode mode, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>()), m_mode(mode),
      m_kind(new QComboBox(this)), m_kindHint(new QLabel(this)), m_clientId(new QLineEdit(this))
{
    m_ui->setupUi(this);
    setObjectName(mode == Mode::NewProfile ? QStringLiteral("connectDialog")
                                           : QStringLiteral("reauthenticateDialog"));
    m_connectButton = m_ui->buttonBox->addButton(
        mode == Mode::NewProfile ? tr("C&onnect") : tr("Sign &In"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("A Token Admin API server (the sandbox or a platform gateway)"),
                    int(Profile::Kind::AdminApi));
    m_kind->addItem(tr("An ON24 account (tokens made on ON24's page)"), int(Profile::Kind::On24));
    auto* kindLabel = new QLabel(tr("&Connect to:"), this);
    kindLabel->setBuddy(m_kind);
    m_ui->formLayout->insertRow(0, kindLabel, m_kind);
    m_kindHint->setObjectName(QStringLiteral("kindHint"));
    m_kindHint->setWordWrap(true);
    LabelTone::setHint(m_kindHint);
    m_ui->formLayout->insertRow(1, QString(), m_kindHint);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_clientId));
    m_clientId->setPlaceholderText(tr("The numeric client id, e.g. 10001"));
    auto* clientIdLabel = new QLabel(tr("Client &id:"), this);
    clientIdLabel->setObjectName(QStringLiteral("clientIdLabel"));
    clientIdLabel->setBuddy(m_clientId);
    m_ui->formLayout->addRow(clientIdLabel, m_clientId);

    m_ui->regionCombo->addItem(tr("North America (api.on24.com)"),
                               int(Profile::On24Region::NorthAmerica));
    m_ui->regionCombo->addItem(tr("Europe (api.eu.on24.com)"), int(Profile::On24Region::Europe));
    m_ui->regionCombo->addItem(tr("Other base URL"), int(Profile::On24Region::Custom));
    m_ui->errorLabel->setVisible(false);
    LabelTone::setError(m_ui->errorLabel);
    if (mode == Mode::NewProfile) {
        setWindowTitle(tr("Connect to a Platform"));
    } else {
        setWindowTitle(tr("Sign In Again"));
        m_ui->introLabel->setText(
            tr("Your session has expired (sessions end after 8 hours without use). Enter your "
               "password to continue; nothing you were doing is lost."));
        for (QWidget* w :
             {static_cast<QWidget*>(m_ui->profileEdit), static_cast<QWidget*>(m_ui->serverEdit),
              static_cast<QWidget*>(m_ui->loginEdit), static_cast<QWidget*>(m_ui->regionCombo),
              static_cast<QWidget*>(m_ui->on24UrlEdit), static_cast<QWidget*>(m_kind),
              static_cast<QWidget*>(m_clientId)})
            w->setEnabled(false);
        m_ui->passwordEdit->setFocus();
    }
    for (QLineEdit* edit : {m_ui->profileEdit, m_ui->serverEdit, m_ui->loginEdit,
                            m_ui->passwordEdit, m_ui->on24UrlEdit, m_clientId})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectDialog::applyKind);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyKind();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

ConnectDialog::~ConnectDialog() = default;

bool ConnectDialog::isDirect() const
{
    return m_kind->currentData().toInt() == int(Profile::Kind::On24);
}

void ConnectDialog::applyKind()
{
    const bool direct = isDirect();
    if (m_mode == Mode::NewProfile) {
        m_kindHint->setText(
            direct ? tr("ON24 has no API for its tokens: you add the pairs made on ON24's page, "
                        "and the console proves them with real calls and keeps them alive.")
                   : tr("Sign in to a server that manages tokens through the Token Admin API. "
                        "The password is only kept in this computer's keychain, and only if you "
                        "ask for it."));
        m_ui->introLabel->setVisible(false);
    }
    for (QWidget* field : {static_cast<QWidget*>(m_ui->serverEdit),
                           static_cast<QWidget*>(m_ui->loginEdit),
                           static_cast<QWidget*>(m_ui->passwordEdit)})
        m_ui->formLayout->setRowVisible(field, !direct);
    m_ui->formLayout->setRowVisible(m_ui->rememberCheck, !direct);
    m_ui->formLayout->setRowVisible(m_clientId, direct);
    m_kindHint->setVisible(m_mode == Mode::NewProfile);
    validate();
    adjustSize();
}

void ConnectDialog::setProfile(const Profile& profile)
{
    m_kind->setCurrentIndex(m_kind->findData(int(profile.isDirect() ? Profile::Kind::On24
                                                                    : Profile::Kind::AdminApi)));
    m_ui->profileEdit->setText(profile.name);
    m_ui->serverEdit->setText(profile.serverUrl.toString());
    m_ui->loginEdit->setText(profile.login);
    m_ui->rememberCheck->setChecked(profile.rememberPassword);
    m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->findData(int(profile.region)));
    m_ui->on24UrlEdit->setText(profile.on24BaseUrl.toString());
    if (profile.clientId > 0)
        m_clientId->setText(QString::number(profile.clientId));
    validate();
}

// A bare host ("tokens.example.com") means https; only loopback may use plain http.
static QUrl serverUrlFromInput(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://")))
        return QUrl(QStringLiteral("https://") + trimmed);
    return QUrl(trimmed);
}

Profile ConnectDialog::profile() const
{
    Profile profile;
    profile.name = m_ui->profileEdit->text().trimmed();
    profile.kind = isDirect() ? Profile::Kind::On24 : Profile::Kind::AdminApi;
    profile.region = static_cast<Profile::On24Region>(m_ui->regionCombo->currentData().toInt());
    if (profile.region == Profile::On24Region::Custom)
        profile.on24BaseUrl = serverUrlFromInput(m_ui->on24UrlEdit->text());
    if (profile.isDirect()) {
        profile.clientId = m_clientId->text().toLongLong();
        return profile;
    }
    profile.serverUrl = serverUrlFromInput(m_ui->serverEdit->text());
    profile.login = m_ui->loginEdit->text().trimmed();
    profile.rememberPassword = m_ui->rememberCheck->isChecked();
    return profile;
}

QString ConnectDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void ConnectDialog::setIntro(const QString& text)
{
    m_ui->introLabel->setText(text);
    m_ui->introLabel->setVisible(true);
}

void ConnectDialog::showError(const QString& message)
{
    setBusy(false);
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    if (!message.isEmpty() && !isDirect()) {
        m_ui->passwordEdit->setFocus();
        m_ui->passwordEdit->selectAll();
    }
    // Grow with the message rather than squash the fields.
    adjustSize();
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_connectButton->setText(busy ? tr("Connecting…")
                                  : (m_mode == Mode::NewProfile ? tr("C&onnect") : tr("Sign &In")));
    validate();
}

void ConnectDialog::succeed()
{
    m_ui->passwordEdit->clear();
    accept();
}

void ConnectDialog::validate()
{
    const bool custom =
        m_ui->regionCombo->currentData().toInt() == int(Profile::On24Region::Custom);
    m_ui->formLayout->setRowVisible(m_ui->on24UrlEdit, custom);
    const bool direct = isDirect();
    const bool complete = !m_ui->profileEdit->text().trimmed().isEmpty()
        && (!custom || !m_ui->on24UrlEdit->text().trimmed().isEmpty())
        && (direct ? !m_clientId->text().isEmpty()
                   : !m_ui->serverEdit->text().trimmed().isEmpty()
                       && !m_ui->loginEdit->text().trimmed().isEmpty()
                       && !m_ui->passwordEdit->text().isEmpty());
    m_connectButton->setEnabled(complete && !m_busy);
}

void ConnectDialog::attempt()
{
    if (m_busy)
        return;
    const Profile candidate = profile();
    if (m_mode == Mode::NewProfile
        && (candidate.name == ProfileStore::embeddedSandboxName()
            || candidate.name == ProfileStore::directDemoName())) {
        showError(tr("“%1” is the name of the local demo data; choose another profile name.")
                      .arg(candidate.name));
        return;
    }
    if (!candidate.isDirect()
        && (!candidate.serverUrl.isValid() || candidate.serverUrl.host().isEmpty())) {
        showError(tr("“%1” is not a server address. Enter a URL such as "
                     "https://tokens.example.com.")
                      .arg(m_ui->serverEdit->text()));
        return;
    }
    const QUrl checked = candidate.isDirect() ? candidate.effectiveOn24BaseUrl()
                                              : candidate.serverUrl;
    if (const ApiError refused = AdminClient::checkUrl(checked); refused.isError()) {
        showError(refused.userMessage());
        return;
    }
    showError({});
    setBusy(true);
    Q_EMIT submitted(candidate, password());
}

} // namespace TokenConsole
