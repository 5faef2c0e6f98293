// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace TokenConsole {

class EmbeddedSandbox;
class KeychainSecretStore;
class Platform;

// The CLI's connection, as a Platform: a named profile, an explicit Token Admin API server with
// the password on stdin, an ON24 account in direct mode (--on24 na|eu|URL --client-id N), or -
// with none of these - the embedded sandbox, exactly as the GUI starts it.
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
        QString on24;         // --on24 na|eu|URL
        qint64 clientId = 0;  // --client-id
    };

    explicit CliConnection(QObject* parent = nullptr);
    ~CliConnection() override;

    // Starts the embedded sandbox when needed and signs in. False with a one-line reason.
    bool open(const Settings& settings, QString* error);
    void close();  // signs out where there is a session

    Platform* platform() const { return m_platform; }
    // The profile the open connection's lists are saved under (see TokenListCache).
    QString profileName() const { return m_profileName; }
    // The same name for `settings`, without connecting: what `list --offline` reads.
    static QString profileNameFor(const Settings& settings);

private:
    bool openAdmin(const QString& profileName, const QUrl& server, const QString& login,
                   const QString& password, bool embedded, const QUrl& on24Base, QString* error);
    bool openDirect(const Settings& settings, QString* error);

    std::unique_ptr<EmbeddedSandbox> m_sandbox;
    KeychainSecretStore* m_secrets;
    Platform* m_platform = nullptr;
    QString m_profileName;
};

} // namespace TokenConsole
