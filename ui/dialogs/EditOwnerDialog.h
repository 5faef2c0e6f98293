// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace TokenConsole {

// Owner and notes of one token, validated as typed (the contract's limits; no control, bidi or
// zero-width characters). Emits submitted(); the command reports errors and version conflicts
// back, and what the user typed stays in place through both.
class EditOwnerDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int maximumOwnerLength = 128;
    static constexpr int maximumNotesLength = 2000;

    EditOwnerDialog(const QString& tokenName, const QString& owner, const QString& notes,
                    QWidget* parent = nullptr);

    QString owner() const;
    QString notes() const;
    void setBusy(bool busy);
    void showError(const QString& message);
    // Someone changed the token meanwhile: show what they saved and offer to save ours over it
    // (the retry goes with the newer version) or to keep theirs.
    void showConflict(const QString& theirOwner, const QString& theirNotes);

    // What is wrong with an owner or notes text, translated; empty when it is fine.
    static QString problem(const QString& text, int maximumLength, bool multiLine);

Q_SIGNALS:
    void submitted(const QString& owner, const QString& notes);

private:
    void validate();

    QLineEdit* m_owner;
    QPlainTextEdit* m_notes;
    QLabel* m_hint;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_saveButton;
    QPushButton* m_keepTheirsButton;
    QString m_savedOwner;
    QString m_savedNotes;
    bool m_busy = false;
    bool m_conflict = false;
};

} // namespace TokenConsole
