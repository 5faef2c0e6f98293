// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <functional>

namespace QKeychain {
class Job;
}

namespace TokenConsole {

// SecretStore over QtKeychain. QtKeychain runs one job at a time and a pending unlock prompt
// stalls the rest, so every job has a timeout. There is no insecure fallback.
//
// Where the keychain is reached over D-Bus (Linux, BSD), the store first makes sure a keychain
// service is there at all, within about two seconds: without one, QtKeychain would only fail
// after its job's timeout. A service that is present stays trusted for the store's life; an
// absent one is looked for again at the next job, so starting the keychain needs no restart.
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
    // On the Secret Service (GNOME Keyring, KeePassXC, KWallet 5.97+) QtKeychain 0.13 labels
    // every entry with the service name; this sets the item's Label over D-Bus instead, after
    // each store and at once for an entry that exists. Elsewhere it does nothing.
    void setLabel(const QString& account, const QString& label) override;

    static constexpr int probeTimeoutMs = 2000;

private:
    enum class Presence {
        Unknown,
        Present,
        NoSessionBus,
        NoService,      // no keychain service running or startable on the session bus
        NotResponding,  // one is registered or startable, but did not answer in time
    };
    using Next = std::function<void(Presence)>;

    // Runs `next` once the keychain's presence is known, only while `context` lives.
    void withKeychain(QObject* context, Next next);
    void probe();
    void finishProbe(Presence presence);
    // After a read found nothing: a locked collection hides its entries, which is not "none".
    void checkLocked(QObject* context, std::function<void(bool locked)> next);

    Result interpret(QKeychain::Job* job, const QString& what) const;
    Result timedOut() const;
    Result unavailable(Presence presence, const QString& what) const;
    Result locked(const QString& what, const QString& detail) const;
    // Gives the stored entry of `account` its label (set, or the default one).
    void applyLabel(const QString& account);

    int m_timeoutMs = 20000;
    Presence m_presence = Presence::Unknown;
    QList<QPair<QPointer<QObject>, Next>> m_waiting;
    QHash<QString, QString> m_labels;
};

} // namespace TokenConsole
