// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ProvisionDialog.h"

#include "Accessibility.h"
#include "LabelTone.h"
#include "text/TokenNameRules.h"
#include "text/UiText.h"
#include "ui_ProvisionDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>

namespace TokenConsole {

namespace {

constexpr int UserIdRole = Qt::UserRole + 1;

QString areaLabel(const QString& id)
{
    if (id == QLatin1String("registration"))
        return ProvisionDialog::tr("Registration");
    if (id == QLatin1String("client_analytics"))
        return ProvisionDialog::tr("Client analytics");
    if (id == QLatin1String("event_analytics"))
        return ProvisionDialog::tr("Event analytics");
    if (id == QLatin1String("event_management"))
        return ProvisionDialog::tr("Event management");
    if (id == QLatin1String("content"))
        return ProvisionDialog::tr("Content");
    return ProvisionDialog::tr("Helpers");
}

} // namespace

QStringList ProvisionDialog::areaIds()
{
    return {QStringLiteral("registration"),    QStringLiteral("client_analytics"),
            QStringLiteral("event_analytics"), QStringLiteral("event_management"),
            QStringLiteral("content"),         QStringLiteral("helpers")};
}

ProvisionDialog::ProvisionDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProvisionDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("provisionDialog"));
    m_provisionButton = m_ui->buttonBox->addButton(tr("&Provision"), QDialogButtonBox::AcceptRole);
    m_provisionButton->setObjectName(QStringLiteral("provisionButton"));
    m_provisionButton->setDefault(true);

    const QStringList ids = areaIds();
    for (int i = 0; i < ids.size(); ++i) {
        auto* box = new QCheckBox(areaLabel(ids.at(i)), m_ui->areasWidget);
        box->setObjectName(ids.at(i) + QStringLiteral("Area"));
        box->setProperty("area", ids.at(i));
        m_ui->areasLayout->addWidget(box, i / 2, i % 2);
        connect(box, &QCheckBox::toggled, this, &ProvisionDialog::validate);
        m_areas << box;
    }
    setTabOrder(m_ui->chosenAreasRadio, m_areas.first());
    for (int i = 1; i < m_areas.size(); ++i)
        setTabOrder(m_areas.at(i - 1), m_areas.at(i));
    setTabOrder(m_areas.last(), m_ui->nameEdit);

    m_ui->nameEdit->setMaxLength(TokenNameRules::maximumLength * 2);
    Accessibility::nameClearButton(m_ui->nameEdit, tr("Clear name"));
    // Why Provision is unavailable, in words beside the fields rather than in a tooltip only.
    m_blockedLabel = new QLabel(this);
    m_blockedLabel->setObjectName(QStringLiteral("provisionBlockedLabel"));
    m_blockedLabel->setWordWrap(true);
    m_blockedLabel->setTextFormat(Qt::PlainText);
    LabelTone::setHint(m_blockedLabel);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->errorLabel), m_blockedLabel);
    m_ui->errorLabel->setVisible(false);
    LabelTone::setError(m_ui->errorLabel);
    LabelTone::setHint(m_ui->loginHint);
    LabelTone::setHint(m_ui->nameHint);

    connect(m_ui->allEndpointsRadio, &QRadioButton::toggled, this, &ProvisionDialog::validate);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ProvisionDialog::validate);
    connect(m_ui->loginCombo, &QComboBox::currentIndexChanged, this, &ProvisionDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isValid() && !m_busy)
            Q_EMIT submitted(selectedUserId(), name(), access());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setLoadingUsers(tr("Loading the account's users…"));
    validate();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

ProvisionDialog::~ProvisionDialog() = default;

void ProvisionDialog::setLoadingUsers(const QString& message)
{
    m_ui->loginCombo->clear();
    m_ui->loginCombo->setEnabled(false);
    m_ui->loginHint->setText(message);
    validate();
}

void ProvisionDialog::setUsers(const QVector<AccountUser>& users)
{
    auto* model = new QStandardItemModel(m_ui->loginCombo);
    int firstFree = -1;
    int ownRow = -1;
    int taken = 0;
    for (const AccountUser& user : users) {
        const QString who = user.displayName.isEmpty()
                                ? user.login
                                : tr("%1 (%2)").arg(user.login, user.displayName);
        auto* item = new QStandardItem(who);
        item->setData(user.id, UserIdRole);
        if (user.hasToken) {
            // Shown, so the admin sees why a login is missing, but not selectable (D7).
            item->setText(tr("%1 — already has a token").arg(who));
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(tr("One token per login: disable or use the existing token."));
            ++taken;
        } else if (user.login.compare(m_signedInLogin, Qt::CaseInsensitive) == 0) {
            ownRow = model->rowCount();
        } else if (firstFree < 0) {
            firstFree = model->rowCount();
        }
        model->appendRow(item);
    }
    if (firstFree < 0)
        firstFree = ownRow;
    m_ui->loginCombo->setModel(model);
    m_ui->loginCombo->setEnabled(firstFree >= 0);
    m_ui->loginCombo->setCurrentIndex(firstFree);
    if (firstFree < 0)
        m_ui->loginHint->setText(tr("Every login of this account already has a token (one token "
                                    "per login). Add a user on the platform first."));
    else if (taken > 0)
        m_ui->loginHint->setText(tr("%1 already have a token and cannot be chosen: one token per "
                                    "login.")
                                     .arg(UiText::logins(taken)));
    else
        m_ui->loginHint->clear();
    m_ui->loginHint->setVisible(!m_ui->loginHint->text().isEmpty());
    validate();
}

qint64 ProvisionDialog::selectedUserId() const
{
    const int row = m_ui->loginCombo->currentIndex();
    if (row < 0)
        return 0;
    const QModelIndex index = m_ui->loginCombo->model()->index(row, 0);
    if (!(index.flags() & Qt::ItemIsEnabled))
        return 0;
    return index.data(UserIdRole).toLongLong();
}

QString ProvisionDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QStringList ProvisionDialog::access() const
{
    QStringList areas;
    if (m_ui->allEndpointsRadio->isChecked())
        return areas;
    for (const QCheckBox* box : m_areas) {
        if (box->isChecked())
            areas << box->property("area").toString();
    }
    return areas;
}

bool ProvisionDialog::isValid() const
{
    if (selectedUserId() == 0)
        return false;
    if (!TokenNameRules::problem(m_ui->nameEdit->text()).isEmpty())
        return false;
    return m_ui->allEndpointsRadio->isChecked() || !access().isEmpty();
}

void ProvisionDialog::validate()
{
    m_ui->areasWidget->setEnabled(m_ui->chosenAreasRadio->isChecked());
    const QString text = m_ui->nameEdit->text();
    const QString problem = TokenNameRules::problem(text);
    // An empty field is not an error yet: the hint says what to type.
    if (!text.isEmpty() && !problem.isEmpty()) {
        m_ui->nameHint->setText(problem);
        LabelTone::setError(m_ui->nameHint);
    } else {
        m_ui->nameHint->setText(tr("Name it after its purpose (the integration that will use "
                                   "it), so others know what disabling it would stop."));
        LabelTone::setHint(m_ui->nameHint);
    }
    // The field carries its message, and a screen reader hears it change while typing.
    Accessibility::describe(m_ui->nameEdit, m_ui->nameHint);
    const QString blocked = m_busy ? QString() : blockedReason();
    m_provisionButton->setToolTip(blocked);
    m_blockedLabel->setText(blocked);
    m_blockedLabel->setVisible(!blocked.isEmpty());
    m_provisionButton->setEnabled(isValid() && !m_busy);
}

QString ProvisionDialog::blockedReason() const
{
    if (selectedUserId() == 0)
        return m_ui->loginCombo->isEnabled() || m_ui->loginCombo->count() > 0
                   ? tr("Provision is unavailable: choose a login that has no token yet.")
                   : tr("Provision is unavailable until the account's users are loaded.");
    const QString text = m_ui->nameEdit->text();
    if (text.trimmed().isEmpty())
        return tr("Provision is unavailable: type a name for the token.");
    if (!TokenNameRules::problem(text).isEmpty())
        return tr("Provision is unavailable: correct the name (see above).");
    if (m_ui->chosenAreasRadio->isChecked() && access().isEmpty())
        return tr("Provision is unavailable: choose at least one API area.");
    return {};
}

void ProvisionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_provisionButton->setText(busy ? tr("Provisioning…") : tr("&Provision"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    validate();
}

void ProvisionDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void ProvisionDialog::showError(const QString& message)
{
    setBusy(false);
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

} // namespace TokenConsole
