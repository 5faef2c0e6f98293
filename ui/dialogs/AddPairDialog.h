// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"
#include "platform/Platform.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace TokenConsole {

// Add Existing Token… (direct mode): a key + secret pair made on ON24's page, with a name and,
// optionally, its login, owner, notes and the "Last Activity" date ON24's page shows. The
// format is checked as the user types, naming the field that is wrong; the dialog stays open
// with everything typed while the pair is verified, and when ON24 refuses it.
class AddPairDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddPairDialog(QWidget* parent = nullptr);

    Platform::ExistingPair pair() const;
    void setUsers(const QVector<AccountUser>& users);
    void setUsersUnavailable(const QString& why);
    void setBusy(bool busy);
    void showError(const QString& message);
    // What the format checks say now (empty when the pair may be sent).
    QString problem() const;

Q_SIGNALS:
    void submitted(const TokenConsole::Platform::ExistingPair& pair);

private:
    void validate();

    QLineEdit* m_key;
    QLineEdit* m_secret;
    QLineEdit* m_name;
    QComboBox* m_login;
    QLineEdit* m_owner;
    QPlainTextEdit* m_notes;
    QCheckBox* m_activityKnown;
    QDateEdit* m_lastActivity;
    QCheckBox* m_keepAlive;
    QLabel* m_loginHint;
    QLabel* m_error;
    QPushButton* m_addButton;
    bool m_busy = false;
};

} // namespace TokenConsole
