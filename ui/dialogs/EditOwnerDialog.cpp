// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/EditOwnerDialog.h"

#include "LabelTone.h"
#include "text/TokenNameRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace TokenConsole {

EditOwnerDialog::EditOwnerDialog(const QString& tokenName, const QString& owner,
                                 const QString& notes, QWidget* parent)
    : QDialog(parent), m_owner(new QLineEdit(this)), m_notes(new QPlainTextEdit(this)),
      m_hint(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)), m_savedOwner(owner),
      m_savedNotes(notes)
{
    setObjectName(QStringLiteral("editOwnerDialog"));
    setWindowTitle(tr("Edit Owner and Notes"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Who answers for the integration that uses “%1”? Warnings about "
                                "the token name the owner.")
                                 .arg(tokenName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_owner->setPlaceholderText(tr("for example Raj (Marketing Ops)"));
    m_owner->setText(owner);
    auto* ownerCaption = new QLabel(tr("&Owner:"), this);
    ownerCaption->setBuddy(m_owner);
    form->addRow(ownerCaption, m_owner);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlainText(notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    auto* notesCaption = new QLabel(tr("&Notes:"), this);
    notesCaption->setBuddy(m_notes);
    form->addRow(notesCaption, m_notes);
    layout->addLayout(form);

    m_hint->setObjectName(QStringLiteral("problemLabel"));
    m_hint->setWordWrap(true);
    LabelTone::setError(m_hint);
    layout->addWidget(m_hint);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    LabelTone::setError(m_error);
    layout->addWidget(m_error);

    m_saveButton = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_keepTheirsButton = m_buttons->addButton(tr("&Keep Theirs"), QDialogButtonBox::ActionRole);
    m_keepTheirsButton->setObjectName(QStringLiteral("keepTheirsButton"));
    m_keepTheirsButton->setVisible(false);
    layout->addWidget(m_buttons);

    connect(m_owner, &QLineEdit::textChanged, this, &EditOwnerDialog::validate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &EditOwnerDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy && m_saveButton->isEnabled())
            Q_EMIT submitted(this->owner(), this->notes());
    });
    connect(m_keepTheirsButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

QString EditOwnerDialog::owner() const
{
    return m_owner->text().trimmed();
}

QString EditOwnerDialog::notes() const
{
    return m_notes->toPlainText().trimmed();
}

QString EditOwnerDialog::problem(const QString& text, int maximumLength, bool multiLine)
{
    if (text.toUcs4().size() > maximumLength)
        return tr("At most %1 characters.").arg(maximumLength);
    for (const QChar c : text) {
        if (multiLine && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control || TokenNameRules::isSpoofingControl(c))
            return tr("Control, direction and zero-width characters are not allowed.");
    }
    return {};
}

void EditOwnerDialog::validate()
{
    QString problemText = problem(owner(), maximumOwnerLength, false);
    if (const QString p = problem(notes(), maximumNotesLength, true); !p.isEmpty())
        problemText = problemText.isEmpty()
                          ? tr("Notes: %1").arg(p)
                          : problemText + QLatin1Char(' ') + tr("Notes: %1").arg(p);
    else if (!problemText.isEmpty())
        problemText = tr("Owner: %1").arg(problemText);
    m_hint->setText(problemText);
    m_hint->setVisible(!problemText.isEmpty());
    // Saving what is already saved is a no-op, unless a conflict makes it a choice.
    const bool unchanged = owner() == m_savedOwner && notes() == m_savedNotes && !m_conflict;
    m_saveButton->setEnabled(problemText.isEmpty() && !unchanged && !m_busy);
}

void EditOwnerDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_saveButton->setText(busy ? tr("Saving…") : m_conflict ? tr("&Save Mine") : tr("&Save"));
    validate();
}

void EditOwnerDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void EditOwnerDialog::showConflict(const QString& theirOwner, const QString& theirNotes)
{
    m_conflict = true;
    m_savedOwner = theirOwner;
    m_savedNotes = theirNotes;
    m_keepTheirsButton->setVisible(true);
    const QString owner = theirOwner.isEmpty() ? tr("no owner") : tr("“%1”").arg(theirOwner);
    showError(tr("Someone else changed this token while this dialog was open: it now has %1. "
                 "Your text is kept here; save it over theirs, or keep theirs.")
                  .arg(owner));
}

} // namespace TokenConsole
