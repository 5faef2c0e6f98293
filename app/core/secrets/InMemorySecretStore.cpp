// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/InMemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace TokenConsole {

namespace {

// Results arrive on the next event-loop turn, as they do from a real keychain.
void later(QObject* context, SecretStore::Callback done, SecretStore::Result result)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), result = std::move(result)] {
        if (guard)
            done(result);
    });
}

SecretStore::Result failure(SecretStore::Result::Status status)
{
    SecretStore::Result r;
    r.status = status;
    r.message = status == SecretStore::Result::Status::Unavailable
        ? QStringLiteral("the keychain is not available (in-memory store told to fail)")
        : QStringLiteral("access to the keychain was denied (in-memory store told to fail)");
    return r;
}

} // namespace

void InMemorySecretStore::store(const QString& account, const QString& secret, QObject* context,
                                Callback done)
{
    if (m_failure != Result::Status::Ok)
        return later(context ? context : this, std::move(done), failure(m_failure));
    m_secrets.insert(account, secret);
    Result r;
    r.status = Result::Status::Ok;
    later(context ? context : this, std::move(done), r);
}

void InMemorySecretStore::read(const QString& account, QObject* context, Callback done)
{
    if (m_failure != Result::Status::Ok)
        return later(context ? context : this, std::move(done), failure(m_failure));
    Result r;
    const auto it = m_secrets.constFind(account);
    if (it == m_secrets.constEnd()) {
        r.status = Result::Status::NotFound;
        r.message = QStringLiteral("no secret stored for %1").arg(account);
    } else {
        r.status = Result::Status::Ok;
        r.secret = *it;
    }
    later(context ? context : this, std::move(done), r);
}

void InMemorySecretStore::remove(const QString& account, QObject* context, Callback done)
{
    if (m_failure != Result::Status::Ok)
        return later(context ? context : this, std::move(done), failure(m_failure));
    Result r;
    r.status = m_secrets.remove(account) ? Result::Status::Ok : Result::Status::NotFound;
    later(context ? context : this, std::move(done), r);
}

} // namespace TokenConsole
