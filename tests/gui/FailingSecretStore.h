// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

namespace TokenConsole::Testing {

// A fake for the one part that cannot be made to fail for real on demand: a keychain that is
// unavailable. Every call fails (asynchronously, like the real one) and nothing is kept.
class FailingSecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    int calls() const { return m_calls; }

    void store(const QString& account, const QString& secret, QObject* context,
               Callback done) override;
    void read(const QString& account, QObject* context, Callback done) override;
    void remove(const QString& account, QObject* context, Callback done) override;

private:
    void fail(QObject* context, Callback done);
    int m_calls = 0;
};

} // namespace TokenConsole::Testing
