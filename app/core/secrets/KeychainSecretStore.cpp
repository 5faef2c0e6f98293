// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include "Logging.h"

#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>
#include <utility>

// QtKeychain reaches the keychain over D-Bus on Linux and BSD and brings QtDBus along there.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID) \
    && __has_include(<QDBusConnection>)
#define TOKENCONSOLE_KEYCHAIN_DBUS 1
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#endif

namespace TokenConsole {

KeychainSecretStore::KeychainSecretStore(QObject* parent) : SecretStore(parent) {}

namespace {

// Runs one QtKeychain job with a deadline. Whichever comes first - the job's answer or the
// deadline - is reported; the other is ignored.
void runJob(QKeychain::Job* job, int timeoutMs, QObject* context, SecretStore::Callback done,
            std::function<SecretStore::Result(QKeychain::Job*)> interpret,
            std::function<SecretStore::Result()> timedOut)
{
    auto reported = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [=](QKeychain::Job* j) {
        if (*reported)
            return;
        *reported = true;
        const SecretStore::Result result = interpret(j);
        if (guard)
            done(result);
    });
    // The deadline lives on the context, so it fires even if QtKeychain never answers.
    QTimer::singleShot(timeoutMs, context, [=] {
        if (*reported)
            return;
        *reported = true;
        qCWarning(lcKeychain) << "keychain job" << job->key() << "timed out after" << timeoutMs << "ms";
        if (guard)
            done(timedOut());
    });
    job->start();
}

} // namespace

void KeychainSecretStore::store(const QString& account, const QString& secret, QObject* context,
                                Callback done)
{
    context = context ? context : this;
    withKeychain(context, [=](Presence presence) {
        if (presence != Presence::Present) {
            done(unavailable(presence, tr("store the secret")));
            return;
        }
        auto* job = new QKeychain::WritePasswordJob(serviceName());
        job->setInsecureFallback(false);
        job->setKey(account);
        job->setTextData(secret);
        const auto stored = [this, account, done](const Result& r) {
            if (r.ok())
                applyLabel(account);
            done(r);
        };
        runJob(job, m_timeoutMs, context, stored,
               [this](QKeychain::Job* j) { return interpret(j, tr("store the secret")); },
               [this] { return timedOut(); });
    });
}

void KeychainSecretStore::read(const QString& account, QObject* context, Callback done)
{
    context = context ? context : this;
    withKeychain(context, [=](Presence presence) {
        if (presence != Presence::Present) {
            done(unavailable(presence, tr("read the secret")));
            return;
        }
        auto* job = new QKeychain::ReadPasswordJob(serviceName());
        job->setInsecureFallback(false);
        job->setKey(account);
        const auto reported = [this, context, done](const Result& r) {
            if (r.status != Result::Status::NotFound) {
                done(r);
                return;
            }
            // A locked keychain answers a read with "not found" once its unlock prompt was
            // cancelled or could not be shown; callers would then forget that a secret exists.
            checkLocked(context, [this, r, done](bool isLocked) {
                done(isLocked ? locked(tr("read the secret"), QString()) : r);
            });
        };
        runJob(job, m_timeoutMs, context, reported,
               [this](QKeychain::Job* j) {
                   Result r = interpret(j, tr("read the secret"));
                   if (r.ok())
                       r.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
                   return r;
               },
               [this] { return timedOut(); });
    });
}

void KeychainSecretStore::remove(const QString& account, QObject* context, Callback done)
{
    context = context ? context : this;
    withKeychain(context, [=](Presence presence) {
        if (presence != Presence::Present) {
            done(unavailable(presence, tr("remove the secret")));
            return;
        }
        auto* job = new QKeychain::DeletePasswordJob(serviceName());
        job->setInsecureFallback(false);
        job->setKey(account);
        const auto reported = [this, context, done](const Result& r) {
            if (!r.ok()) {
                done(r);
                return;
            }
            // A locked keychain also "succeeds" in deleting what it could not unlock; the
            // entry is still there, and saying otherwise would leave it behind unnoticed.
            checkLocked(context, [this, r, done](bool isLocked) {
                done(isLocked ? locked(tr("remove the secret"), QString()) : r);
            });
        };
        runJob(job, m_timeoutMs, context, reported,
               [this](QKeychain::Job* j) { return interpret(j, tr("remove the secret")); },
               [this] { return timedOut(); });
    });
}

void KeychainSecretStore::setLabel(const QString& account, const QString& label)
{
    m_labels.insert(account, label);
    if (m_presence == Presence::Present)
        applyLabel(account);
}

void KeychainSecretStore::withKeychain(QObject* context, Next next)
{
    if (m_presence == Presence::Present) {
        next(Presence::Present);
        return;
    }
    m_waiting.append({QPointer<QObject>(context), std::move(next)});
    if (m_waiting.size() == 1)
        probe();
}

void KeychainSecretStore::finishProbe(Presence presence)
{
    if (presence == Presence::Present)
        m_presence = presence;  // trusted from now on; anything else is looked for again
    else if (presence == Presence::NoSessionBus)
        qCWarning(lcKeychain) << "no session bus to reach a keychain on";
    else if (presence == Presence::NotResponding)
        qCWarning(lcKeychain) << "the keychain service did not respond in" << probeTimeoutMs
                              << "ms";
    else
        qCWarning(lcKeychain) << "no keychain service is running or can be started";
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& [context, next] : waiting) {
        if (context)
            next(presence);
    }
}

#ifdef TOKENCONSOLE_KEYCHAIN_DBUS

namespace {

const QString kSecretService = QStringLiteral("org.freedesktop.secrets");
// The services QtKeychain talks to on Linux and BSD: the Secret Service, or KWallet.
const QStringList kKeychainServices{kSecretService, QStringLiteral("org.kde.kwalletd6"),
                                    QStringLiteral("org.kde.kwalletd5"),
                                    QStringLiteral("org.kde.kwalletd")};

QDBusMessage busCall(const QString& method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                          QStringLiteral("/org/freedesktop/DBus"),
                                          QStringLiteral("org.freedesktop.DBus"), method);
}

// Calls `message` without blocking and hands the reply (or error) to `done`, on `context`.
void callAsync(const QDBusMessage& message, int timeoutMs, QObject* context,
               std::function<void(const QDBusMessage&)> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, timeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done = std::move(done)](QDBusPendingCallWatcher* w) {
                         w->deleteLater();
                         done(w->reply());
                     });
}

QStringList nameList(const QDBusMessage& reply)
{
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst().toStringList();
}

} // namespace

void KeychainSecretStore::probe()
{
    if (!QDBusConnection::sessionBus().isConnected()) {
        QMetaObject::invokeMethod(this, [this] { finishProbe(Presence::NoSessionBus); },
                                  Qt::QueuedConnection);
        return;
    }
    // Starting the Secret Service can hang (a broken install): a ping bounds the wait.
    const auto ping = [this] {
        const QDBusMessage message = QDBusMessage::createMethodCall(
            kSecretService, QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.DBus.Peer"), QStringLiteral("Ping"));
        callAsync(message, probeTimeoutMs, this, [this](const QDBusMessage& pong) {
            finishProbe(pong.type() == QDBusMessage::ReplyMessage ? Presence::Present
                                                                  : Presence::NotResponding);
        });
    };
    const auto startable = [this, ping](const QDBusMessage& reply) {
        const QStringList names = nameList(reply);
        if (names.contains(kSecretService)) {
            ping();
            return;
        }
        for (const QString& service : kKeychainServices) {
            if (names.contains(service)) {
                finishProbe(Presence::Present);  // KWallet: QtKeychain starts it
                return;
            }
        }
        finishProbe(Presence::NoService);
    };
    const auto running = [this, startable](const QDBusMessage& reply) {
        const QStringList names = nameList(reply);
        for (const QString& service : kKeychainServices) {
            if (names.contains(service)) {
                finishProbe(Presence::Present);
                return;
            }
        }
        callAsync(busCall(QStringLiteral("ListActivatableNames")), probeTimeoutMs, this, startable);
    };
    // The bus itself answers at once: is a keychain service running, or can it be started?
    callAsync(busCall(QStringLiteral("ListNames")), probeTimeoutMs, this, running);
}

void KeychainSecretStore::checkLocked(QObject* context, std::function<void(bool)> next)
{
    // QtKeychain keeps its entries in the Secret Service's default collection.
    QDBusMessage get = QDBusMessage::createMethodCall(
        kSecretService, QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    get.setAutoStartService(false);  // a service that is not running locks nothing
    callAsync(get, probeTimeoutMs, context, [next = std::move(next)](const QDBusMessage& reply) {
        const bool isLocked = reply.type() == QDBusMessage::ReplyMessage
            && !reply.arguments().isEmpty()
            && qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant().toBool();
        next(isLocked);
    });
}

void KeychainSecretStore::applyLabel(const QString& account)
{
    const QString label = m_labels.value(account, defaultLabel(account));
    // The attributes QtKeychain's libsecret and gnome-keyring backends give the entry.
    QMap<QString, QString> attributes{{QStringLiteral("user"), account},
                                      {QStringLiteral("server"), serviceName()}};
    QDBusMessage search = QDBusMessage::createMethodCall(
        kSecretService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    QDBusArgument map;
    map.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        map.beginMapEntry();
        map << it.key() << it.value();
        map.endMapEntry();
    }
    map.endMap();
    search << QVariant::fromValue(map);
    search.setAutoStartService(false);  // KWallet without the Secret Service: nothing to label
    callAsync(search, probeTimeoutMs, this, [this, account, label](const QDBusMessage& reply) {
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            qCInfo(lcKeychain) << "could not look up the keychain entry to label it:"
                               << reply.errorMessage();
            return;
        }
        // Only unlocked items: a locked one would need its unlock prompt, not worth a label.
        const auto items = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().constFirst());
        for (const QDBusObjectPath& item : items) {
            QDBusMessage set = QDBusMessage::createMethodCall(
                kSecretService, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
                QStringLiteral("Set"));
            set << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Label")
                << QVariant::fromValue(QDBusVariant(label));
            callAsync(set, probeTimeoutMs, this, [account](const QDBusMessage& done) {
                if (done.type() != QDBusMessage::ReplyMessage)
                    qCInfo(lcKeychain) << "could not label the keychain entry" << account << ":"
                                       << done.errorMessage();
            });
        }
    });
}

#else

void KeychainSecretStore::applyLabel(const QString& account)
{
    // QtKeychain names entries itself on Windows and macOS.
    Q_UNUSED(account)
}

void KeychainSecretStore::probe()
{
    // Elsewhere the OS keychain is always there; QtKeychain reports its own failures.
    QMetaObject::invokeMethod(this, [this] { finishProbe(Presence::Present); },
                              Qt::QueuedConnection);
}

void KeychainSecretStore::checkLocked(QObject* context, std::function<void(bool)> next)
{
    QMetaObject::invokeMethod(context, [next = std::move(next)] { next(false); },
                              Qt::QueuedConnection);
}

#endif

SecretStore::Result KeychainSecretStore::interpret(QKeychain::Job* job, const QString& what) const
{
    Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = Result::Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        // Normal, not a warning: most tokens have no secret on this computer.
        r.status = Result::Status::NotFound;
        r.message = tr("No secret for this token is stored on this computer.");
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain 0.13 reports a missing session bus as OtherError.
        r.status = Result::Status::Unavailable;
        r.message = tr("Could not %1: the system keychain is not available (%2). Start or unlock "
                       "the keychain (e.g. GNOME Keyring, KWallet) and try again.")
                        .arg(what, job->errorString());
        break;
    case QKeychain::AccessDenied:
        // The Secret Service says so for a locked collection whose unlock prompt was cancelled
        // or could not be shown; KWallet when the wallet was not opened.
        r = locked(what, job->errorString());
        break;
    case QKeychain::AccessDeniedByUser:
        r.status = Result::Status::AccessDenied;
        r.message = tr("Could not %1: access to the keychain was denied. Allow Token Console to "
                       "use the keychain and try again.")
                        .arg(what);
        break;
    case QKeychain::CouldNotDeleteEntry:
        r.status = Result::Status::Failed;
        r.message = tr("Could not %1: the keychain refused (%2).").arg(what, job->errorString());
        break;
    }
    qCWarning(lcKeychain) << "keychain job for" << job->key() << "failed:" << job->error()
                          << job->errorString();
    return r;
}

SecretStore::Result KeychainSecretStore::timedOut() const
{
    Result r;
    r.status = Result::Status::Unavailable;
    r.message = tr("The keychain did not answer; it may be locked and waiting for its password. "
                   "Unlock the keychain and try again.");
    return r;
}

SecretStore::Result KeychainSecretStore::unavailable(Presence presence, const QString& what) const
{
    Result r;
    r.status = Result::Status::Unavailable;
    switch (presence) {
    case Presence::NoSessionBus:
        r.message = tr("No keychain is running: Token Console found no desktop session bus "
                       "(D-Bus) to reach one, so it could not %1. Start Token Console in a desktop "
                       "session that has a keychain (such as GNOME Keyring or KWallet), then try "
                       "again.")
                        .arg(what);
        break;
    case Presence::NotResponding:
        r.message = tr("The keychain did not respond within %1 seconds, so Token Console could "
                       "not %2. Restart your desktop's keychain (such as GNOME Keyring or KWallet) "
                       "or sign in to the desktop again, then try again.")
                        .arg(probeTimeoutMs / 1000)
                        .arg(what);
        break;
    case Presence::Unknown:
    case Presence::Present:
    case Presence::NoService:
        r.message = tr("No keychain is running on this computer, so Token Console could not %1. "
                       "Start your desktop's keychain (such as GNOME Keyring or KWallet), or sign "
                       "in to a desktop session that has one, then try again.")
                        .arg(what);
        break;
    }
    return r;
}

SecretStore::Result KeychainSecretStore::locked(const QString& what, const QString& detail) const
{
    Result r;
    r.status = Result::Status::AccessDenied;
    r.message = tr("The keychain is locked and was not unlocked (its unlock prompt was cancelled "
                   "or could not be shown), so Token Console could not %1. Unlock the keychain, "
                   "for example in your desktop's password manager, then try again.")
                    .arg(what);
    if (!detail.isEmpty())
        qCInfo(lcKeychain) << "keychain refused:" << detail;
    return r;
}

} // namespace TokenConsole
