// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/AddPairDialog.h"

#include "LabelTone.h"
#include "direct/TokenPairFormat.h"
#include "text/TokenNameRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace TokenConsole {

AddPairDialog::AddPairDialog(QWidget* parent)
    : QDialog(parent), m_key(new QLineEdit(this)), m_secret(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_login(new QComboBox(this)), m_owner(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)), m_activityKnown(new QCheckBox(this)),
      m_lastActivity(new QDateEdit(this)), m_keepAlive(new QCheckBox(this)),
      m_loginHint(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addPairDialog"));
    setWindowTitle(tr("Add Existing Token"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Add a token pair made on ON24's page (Platform Tools › Integrations › API Tokens). "
           "It is checked with one real ON24 call before anything is stored; the secret goes to "
           "this computer's keychain and nowhere else."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [&](const QString& label, QWidget* field, const QString& objectName) {
        field->setObjectName(objectName);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, field);
    };
    m_key->setPlaceholderText(tr("32 capital letters and digits"));
    m_key->setMaxLength(64);
    m_key->setAccessibleName(tr("Token key"));
    addRow(tr("Token &key:"), m_key, QStringLiteral("keyEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("128 hexadecimal characters; paste it"));
    m_secret->setMaxLength(256);
    m_secret->setAccessibleName(tr("Token secret"));
    addRow(tr("Token &secret:"), m_secret, QStringLiteral("secretEdit"));
    m_name->setPlaceholderText(tr("What uses it, e.g. Salesforce"));
    m_name->setMaxLength(TokenNameRules::maximumLength * 2);
    m_name->setClearButtonEnabled(true);
    addRow(tr("&Name:"), m_name, QStringLiteral("nameEdit"));
    m_login->setEditable(true);
    m_login->setInsertPolicy(QComboBox::NoInsert);
    addRow(tr("&Login (optional):"), m_login, QStringLiteral("loginCombo"));
    LabelTone::setHint(m_loginHint);
    m_loginHint->setWordWrap(true);
    m_loginHint->setObjectName(QStringLiteral("loginHint"));
    form->addRow(QString(), m_loginHint);
    m_owner->setPlaceholderText(tr("Who to tell when it is at risk"));
    addRow(tr("&Owner (optional):"), m_owner, QStringLiteral("ownerEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    addRow(tr("No&tes (optional):"), m_notes, QStringLiteral("notesEdit"));

    auto* activityRow = new QHBoxLayout;
    m_activityKnown->setText(tr("Kno&wn:"));
    m_activityKnown->setObjectName(QStringLiteral("activityKnownCheck"));
    m_lastActivity->setObjectName(QStringLiteral("lastActivityEdit"));
    m_lastActivity->setCalendarPopup(true);
    m_lastActivity->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_lastActivity->setMaximumDate(QDate::currentDate());
    m_lastActivity->setDate(QDate::currentDate());
    m_lastActivity->setEnabled(false);
    m_lastActivity->setAccessibleName(tr("Last activity as ON24's page shows it"));
    activityRow->addWidget(m_activityKnown);
    activityRow->addWidget(m_lastActivity, 1);
    auto* activityLabel = new QLabel(tr("Last activity on ON24's page:"), this);
    form->addRow(activityLabel, activityRow);
    connect(m_activityKnown, &QCheckBox::toggled, m_lastActivity, &QWidget::setEnabled);

    m_keepAlive->setText(tr("Kee&p alive: call ON24 with this token before 60 days pass"));
    m_keepAlive->setObjectName(QStringLiteral("keepAliveCheck"));
    m_keepAlive->setToolTip(
        tr("ON24 disables a token after 60 days without activity so that forgotten tokens stop "
           "working. Keep alive only tokens an integration still needs but uses rarely."));
    form->addRow(QString(), m_keepAlive);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    LabelTone::setError(m_error);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_addButton = buttons->addButton(tr("&Add and Verify"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy && problem().isEmpty())
            Q_EMIT submitted(pair());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_key, m_secret, m_name})
        connect(edit, &QLineEdit::textChanged, this, &AddPairDialog::validate);
    setUsersUnavailable(tr("Type the login, or leave it empty."));
    validate();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

Platform::ExistingPair AddPairDialog::pair() const
{
    Platform::ExistingPair pair;
    pair.key = TokenPairFormat::normalizedKey(m_key->text());
    pair.secret = TokenPairFormat::normalizedSecret(m_secret->text());
    pair.name = m_name->text().trimmed();
    pair.login = m_login->currentText().trimmed();
    pair.owner = m_owner->text().trimmed();
    pair.notes = m_notes->toPlainText().trimmed();
    if (m_activityKnown->isChecked())
        pair.lastActivity = m_lastActivity->date();
    pair.keepAlive = m_keepAlive->isChecked();
    return pair;
}

void AddPairDialog::setUsers(const QVector<AccountUser>& users)
{
    const QString typed = m_login->currentText();
    m_login->clear();
    QStringList admins;
    for (const AccountUser& user : users) {
        m_login->addItem(user.displayName.isEmpty()
                             ? user.login
                             : tr("%1 (%2)").arg(user.login, user.displayName),
                         user.login);
        if (user.manageUsers)
            admins << user.login;
    }
    m_login->setCurrentIndex(-1);
    m_login->setEditText(typed);
    m_loginHint->setText(
        admins.isEmpty()
            ? tr("Pick the login the pair was provisioned for.")
            : tr("Pick the login the pair was provisioned for. Who can provision on ON24's page: "
                 "%1.")
                  .arg(admins.join(QStringLiteral(", "))));
}

void AddPairDialog::setUsersUnavailable(const QString& why)
{
    m_loginHint->setText(why);
}

void AddPairDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_addButton->setText(busy ? tr("Verifying with ON24…") : tr("&Add and Verify"));
    validate();
}

void AddPairDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    adjustSize();
}

QString AddPairDialog::problem() const
{
    const QString key = TokenPairFormat::normalizedKey(m_key->text());
    const QString secret = TokenPairFormat::normalizedSecret(m_secret->text());
    if (key.isEmpty() || secret.isEmpty() || m_name->text().trimmed().isEmpty())
        return tr("Enter the key, the secret and a name.");
    if (const QString why = TokenPairFormat::keyProblem(key); !why.isEmpty())
        return why;
    if (const QString why = TokenPairFormat::secretProblem(secret); !why.isEmpty())
        return why;
    return TokenNameRules::problem(m_name->text());
}

void AddPairDialog::validate()
{
    const QString why = problem();
    // Say what is wrong only once there is something to judge.
    const bool started = !m_key->text().isEmpty() || !m_secret->text().isEmpty();
    if (started && !why.isEmpty() && why != tr("Enter the key, the secret and a name."))
        showError(why);
    else if (!m_busy)
        showError({});
    m_addButton->setEnabled(why.isEmpty() && !m_busy);
    m_addButton->setToolTip(why);
    for (QWidget* w : std::initializer_list<QWidget*>{m_key, m_secret, m_name, m_login, m_owner,
                                                      m_notes, m_activityKnown, m_keepAlive})
        w->setEnabled(!m_busy);
    m_lastActivity->setEnabled(!m_busy && m_activityKnown->isChecked());
}

} // namespace TokenConsole
