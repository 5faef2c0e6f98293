#include "secrets/KeychainSecretStore.h"

#include "Logging.h"

#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

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
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(secret);
    runJob(job, m_timeoutMs, context ? context : this, std::move(done),
           [this](QKeychain::Job* j) { return interpret(j, tr("store the secret")); },
           [this] { return timedOut(); });
}

void KeychainSecretStore::read(const QString& account, QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(account);
    runJob(job, m_timeoutMs, context ? context : this, std::move(done),
           [this](QKeychain::Job* j) {
               Result r = interpret(j, tr("read the secret"));
               if (r.ok())
                   r.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
               return r;
           },
           [this] { return timedOut(); });
}

void KeychainSecretStore::remove(const QString& account, QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(account);
    runJob(job, m_timeoutMs, context ? context : this, std::move(done),
           [this](QKeychain::Job* j) { return interpret(j, tr("remove the secret")); },
           [this] { return timedOut(); });
}

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

} // namespace TokenConsole
