#pragma once

#include "api/AdminClient.h"
#include "api/ApiJob.h"
#include "profiles/Profile.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QPushButton;

namespace Ui {
class ConnectDialog;
}

namespace TokenConsole {

class SecretStore;

// Signs in to a Token Admin API server, inline errors, nothing typed lost. Also asks for the
// password again when a session expired (reauthenticate mode: only the password is editable).
// On success the signed-in client can be taken with takeClient().
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { NewProfile, Reauthenticate };

    ConnectDialog(Mode mode, SecretStore* secrets, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    void setProfile(const Profile& profile);
    Profile profile() const;
    // The signed-in client (ownership passes to the caller); null before success.
    AdminClient* takeClient();
    void showError(const QString& message);
    void setIntro(const QString& text);

    static QString passwordEntry(const QString& profileName);

private:
    void validate();
    void attempt();
    void finishSuccess();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    Mode m_mode;
    QPointer<SecretStore> m_secrets;
    QPushButton* m_connectButton;
    QPointer<AdminClient> m_client;
    QPointer<ApiJob> m_job;
    bool m_busy = false;
};

} // namespace TokenConsole
