#pragma once

#include "secrets/SecretStore.h"

namespace QKeychain {
class Job;
}

namespace TokenConsole {

// SecretStore over QtKeychain. QtKeychain runs one job at a time and a pending unlock prompt
// stalls the rest, so every job has a timeout. There is no insecure fallback.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject* parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void store(const QString& account, const QString& secret, QObject* context,
               Callback done) override;
    void read(const QString& account, QObject* context, Callback done) override;
    void remove(const QString& account, QObject* context, Callback done) override;

private:
    Result interpret(QKeychain::Job* job, const QString& what) const;
    Result timedOut() const;

    int m_timeoutMs = 20000;
};

} // namespace TokenConsole
