// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/Profile.h"
#include "session/PlatformEndpoint.h"

#include <QObject>
#include <QStringList>

namespace TokenConsole {

class AdminClient;
class On24DirectPlatform;
class SecretStore;

// "Demo ON24 account (direct mode)": direct mode on the embedded sandbox's ON24 API. On first
// use it provisions two pairs through the sandbox's Token Admin API, as an admin would on
// ON24's page, and adds them to the demo profile's inventory, one of them kept alive.
class DirectDemo : public QObject
{
    Q_OBJECT

public:
    DirectDemo(const PlatformEndpoint& endpoint, SecretStore* secrets, QObject* parent = nullptr);
    ~DirectDemo() override;

    static Profile profile(const PlatformEndpoint& endpoint);
    void start();

Q_SIGNALS:
    // `error` is empty on success.
    void finished(const TokenConsole::Profile& profile, const QString& error);

private:
    void provisionNext();
    void finish(const QString& error);

    PlatformEndpoint m_endpoint;
    Profile m_profile;
    SecretStore* m_secrets;
    AdminClient* m_client = nullptr;
    On24DirectPlatform* m_platform = nullptr;
    QVector<qint64> m_freeUsers;
    QStringList m_logins;
    int m_added = 0;
};

} // namespace TokenConsole
