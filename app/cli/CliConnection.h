#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace TokenConsole {

class AdminClient;
namespace Sandbox {
class SandboxServer;
}

// The CLI's connection: a named profile, an explicit server + login with the password on
// stdin, or - with neither - the embedded sandbox, exactly as the GUI starts it.
class CliConnection : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString profile;      // --profile
        QUrl server;          // --server
        QString login;        // --login (sign-in)
        bool passwordStdin = false;
    };

    explicit CliConnection(QObject* parent = nullptr);
    ~CliConnection() override;

    // Starts the embedded sandbox when needed and signs in. False with a one-line reason.
    bool open(const Settings& settings, QString* error);
    void close();  // signs out

    AdminClient* client() const { return m_client; }
    QString profileName() const { return m_profileName; }  // names keychain entries
    QUrl on24BaseUrl() const { return m_on24Base; }
    qint64 clientId() const { return m_clientId; }

private:
    bool signIn(const QUrl& server, const QString& login, const QString& password, QString* error);

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    AdminClient* m_client = nullptr;
    QString m_profileName;
    QUrl m_on24Base;
    qint64 m_clientId = 0;
};

} // namespace TokenConsole
