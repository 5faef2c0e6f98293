// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace TokenConsole {

// For unit tests only: a SecretStore in memory that can be told to fail like a missing or
// locked keychain.
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void setFailure(Result::Status status) { m_failure = status; }  // Ok: behave normally
    int count() const { return int(m_secrets.size()); }

    void store(const QString& account, const QString& secret, QObject* context,
               Callback done) override;
    void read(const QString& account, QObject* context, Callback done) override;
    void remove(const QString& account, QObject* context, Callback done) override;

private:
    QHash<QString, QString> m_secrets;
    Result::Status m_failure = Result::Status::Ok;
};

} // namespace TokenConsole
