// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/Profile.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class ConnectDialog;
}

namespace TokenConsole {

// Collects a connection: a Token Admin API server (address, login, password) or an ON24
// account in direct mode (region, client id). It does not sign in: submitted() hands the input
// to the session controller, and the dialog stays open, busy, until it hears back (showError()
// keeps everything typed; accept() closes it). Also asks for the password again when a session
// expired (reauthenticate mode: only the password is editable).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { NewProfile, Reauthenticate };

    explicit ConnectDialog(Mode mode, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    void setProfile(const Profile& profile);
    Profile profile() const;
    QString password() const;
    // Shows why the attempt failed and makes the dialog editable again.
    void showError(const QString& message);
    void setIntro(const QString& text);
    void setBusy(bool busy);
    // The attempt worked: forget the password and close.
    void succeed();

Q_SIGNALS:
    void submitted(const TokenConsole::Profile& profile, const QString& password);

private:
    void validate();
    void attempt();
    void applyKind();
    bool isDirect() const;

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    Mode m_mode;
    QComboBox* m_kind;
    QLabel* m_kindHint;
    QLineEdit* m_clientId;
    QPushButton* m_connectButton;
    bool m_busy = false;
};

} // namespace TokenConsole
