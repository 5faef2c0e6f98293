// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RenameDialog.h"

#include "Accessibility.h"
#include "LabelTone.h"
#include "text/TokenNameRules.h"
#include "ui_RenameDialog.h"

#include <QPushButton>

namespace TokenConsole {

RenameDialog::RenameDialog(const QString& currentName, const QString& login, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RenameDialog>()), m_currentName(currentName)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("renameDialog"));
    m_ui->introLabel->setText(
        tr("Rename the token of %1. Name it after its purpose, for example the integration "
           "that uses it.")
            .arg(login));
    m_renameButton = m_ui->buttonBox->addButton(tr("&Rename"), QDialogButtonBox::AcceptRole);
    m_renameButton->setObjectName(QStringLiteral("renameButton"));
    m_renameButton->setDefault(true);
    m_takeTheirsButton =
        m_ui->buttonBox->addButton(tr("&Keep Their Name"), QDialogButtonBox::ActionRole);
    m_takeTheirsButton->setObjectName(QStringLiteral("keepTheirNameButton"));
    m_takeTheirsButton->setVisible(false);
    Accessibility::nameClearButton(m_ui->nameEdit, tr("Clear name"));
    m_ui->nameEdit->setText(currentName);
    m_ui->nameEdit->selectAll();
    m_ui->errorLabel->setVisible(false);
    LabelTone::setError(m_ui->errorLabel);
    LabelTone::setError(m_ui->nameHint);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &RenameDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy && TokenNameRules::problem(name()).isEmpty())
            Q_EMIT submitted(name());
    });
    connect(m_takeTheirsButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(440, 0)));
}

RenameDialog::~RenameDialog() = default;

QString RenameDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

void RenameDialog::validate()
{
    const QString problem = TokenNameRules::problem(m_ui->nameEdit->text());
    m_ui->nameHint->setText(problem);
    m_ui->nameHint->setVisible(!problem.isEmpty());
    Accessibility::describe(m_ui->nameEdit, m_ui->nameHint);
    // Renaming to the same name is a no-op unless a conflict means it is now different.
    const bool unchanged = name() == m_currentName && !m_conflict;
    m_renameButton->setEnabled(problem.isEmpty() && !unchanged && !m_busy);
}

void RenameDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_renameButton->setText(busy         ? tr("Renaming…")
                            : m_conflict ? tr("&Retry Rename")
                                         : tr("&Rename"));
    validate();
}

void RenameDialog::showError(const QString& message)
{
    setBusy(false);
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void RenameDialog::showConflict(const QString& newerName)
{
    m_conflict = true;
    m_currentName = newerName;
    m_takeTheirsButton->setVisible(true);
    showError(tr("Someone else renamed this token to “%1” while this dialog was open. Retry to "
                 "rename it to your name anyway, or keep theirs.")
                  .arg(newerName));
}

} // namespace TokenConsole
