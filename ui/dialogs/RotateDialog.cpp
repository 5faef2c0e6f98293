// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RotateDialog.h"

#include "LabelTone.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace TokenConsole {

RotateDialog::RotateDialog(const QString& tokenName, const QString& owner, QWidget* parent)
    : QDialog(parent), m_grace(new QSpinBox(this)), m_graceHint(new QLabel(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rotateDialog"));
    setWindowTitle(tr("Rotate Secret"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setText(owner.isEmpty()
                       ? tr("Give “%1” a new secret. The key stays the same; the new secret is "
                            "shown once and replaces the old one in this computer's keychain.")
                             .arg(tokenName)
                       : tr("Give “%1” a new secret. The key stays the same; the new secret is "
                            "shown once and replaces the old one in this computer's keychain. "
                            "Tell %2, who runs the integration.")
                             .arg(tokenName, owner));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_grace->setObjectName(QStringLiteral("graceSpin"));
    m_grace->setRange(0, maximumGraceHours);
    m_grace->setValue(defaultGraceHours);
    m_grace->setSuffix(tr(" hours"));
    m_grace->setAccessibleName(tr("Grace period in hours"));
    auto* caption = new QLabel(tr("&Grace period:"), this);
    caption->setBuddy(m_grace);
    form->addRow(caption, m_grace);
    // Right under the number it explains.
    m_graceHint->setObjectName(QStringLiteral("graceHint"));
    m_graceHint->setWordWrap(true);
    form->addRow(m_graceHint);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    LabelTone::setError(m_error);
    layout->addWidget(m_error);

    m_rotateButton = m_buttons->addButton(tr("&Rotate"), QDialogButtonBox::AcceptRole);
    m_rotateButton->setObjectName(QStringLiteral("rotateButton"));
    m_rotateButton->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_grace, &QSpinBox::valueChanged, this, &RotateDialog::explainGrace);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy)
            Q_EMIT submitted(graceHours());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    explainGrace();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

int RotateDialog::graceHours() const
{
    return m_grace->value();
}

void RotateDialog::explainGrace()
{
    // One sentence on what the number means, for the value chosen.
    const int hours = graceHours();
    if (hours == 0)
        m_graceHint->setText(tr("The old secret stops working at once: the integration fails "
                                "until it has the new one."));
    else if (hours == 1)
        m_graceHint->setText(tr("Both secrets work for 1 hour, so the integration can switch "
                                "without an outage; then only the new one works."));
    else
        m_graceHint->setText(tr("Both secrets work for %1 hours, so the integration can switch "
                                "without an outage; then only the new one works.")
                                 .arg(hours));
}

void RotateDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_grace->setEnabled(!busy);
    m_rotateButton->setEnabled(!busy);
    m_rotateButton->setText(busy ? tr("Rotating…") : tr("&Rotate"));
}

void RotateDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace TokenConsole
