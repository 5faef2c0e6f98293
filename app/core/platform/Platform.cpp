// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/Platform.h"

#include "platform/CapabilityText.h"
#include "policy/InactivityPolicy.h"
#include "secrets/SecretStore.h"

#include <QPointer>
#include <QTimer>

namespace TokenConsole {

QDateTime Platform::now() const
{
    return InactivityPolicy::correctedNow(clockSkewMs());
}

void Platform::deliverLater(QObject* context, std::function<void()> call)
{
    QTimer::singleShot(0, context, std::move(call));
}

void Platform::readSecret(const Token& token, QObject* context,
                          std::function<void(const QString&)> use,
                          std::function<void(const ApiError&)> fail)
{
    QPointer<QObject> guard(context);
    secrets()->read(secretAccount(token.key), context,
                    [this, guard, token, use, fail](const SecretStore::Result& secret) {
                        if (!guard)
                            return;
                        if (secret.ok()) {
                            use(secret.secret);
                            return;
                        }
                        if (secret.status == SecretStore::Result::Status::NotFound)
                            noteSecretMissing(token.key);
                        fail(ApiError::local(
                            tr("Could not read the secret of “%1” from the keychain: %2")
                                .arg(token.name, secret.message)));
                    });
}

ApiError Platform::refusal(Capability capability, const Token* token) const
{
    const QString why = whyNot(capability, token);
    return ApiError::local(why.isEmpty() ? CapabilityText::notOffered(capability) : why);
}

ApiJob* Platform::users(QObject* context, Callback<QVector<AccountUser>> done)
{
    failLater(context, done, refusal(Capability::AccountUsers));
    return nullptr;
}

ApiJob* Platform::provision(const ProvisionRequest&, QObject* context,
                            Callback<ProvisionedToken> done)
{
    failLater(context, done, refusal(Capability::Provision));
    return nullptr;
}

ApiJob* Platform::rename(const Token& token, const QString&, QObject* context,
                         Callback<Token> done)
{
    failLater(context, done, refusal(Capability::Rename, &token));
    return nullptr;
}

ApiJob* Platform::editLabels(const Token& token, const Labels&, QObject* context,
                             Callback<Token> done)
{
    failLater(context, done, refusal(Capability::EditLabels, &token));
    return nullptr;
}

ApiJob* Platform::editOwner(const Token& token, const QString&, const QString&, QObject* context,
                            Callback<Token> done)
{
    failLater(context, done, refusal(Capability::EditOwner, &token));
    return nullptr;
}

ApiJob* Platform::rotate(const Token& token, int, QObject* context, Callback<RotatedToken> done)
{
    failLater(context, done, refusal(Capability::Rotate, &token));
    return nullptr;
}

ApiJob* Platform::usage(const Token& token, int, QObject* context, Callback<TokenUsage> done)
{
    failLater(context, done, refusal(Capability::Usage, &token));
    return nullptr;
}

ApiJob* Platform::narrowAccess(const Token& token, const QStringList&, QObject* context,
                               Callback<Token> done)
{
    failLater(context, done, refusal(Capability::NarrowAccess, &token));
    return nullptr;
}

ApiJob* Platform::disable(const Token& token, QObject* context, Callback<Token> done)
{
    failLater(context, done, refusal(Capability::Disable, &token));
    return nullptr;
}

ApiJob* Platform::enable(const Token& token, QObject* context, Callback<Token> done)
{
    failLater(context, done, refusal(Capability::Enable, &token));
    return nullptr;
}

ApiJob* Platform::verify(const Token& token, QObject* context, Callback<Verification> done)
{
    failLater(context, done, refusal(Capability::Verify, &token));
    return nullptr;
}

ApiJob* Platform::activity(const Token& token, int, QObject* context,
                           Callback<QVector<ActivityEntry>> done)
{
    failLater(context, done, refusal(Capability::ActivityLog, &token));
    return nullptr;
}

ApiJob* Platform::audit(const Token* token, int, QObject* context,
                        Callback<QVector<AuditEntry>> done)
{
    failLater(context, done, refusal(Capability::AuditLog, token));
    return nullptr;
}

ApiJob* Platform::addExisting(const ExistingPair&, QObject* context, Callback<Token> done)
{
    failLater(context, done, refusal(Capability::AddExisting));
    return nullptr;
}

ApiJob* Platform::forget(const Token& token, QObject* context, Callback<bool> done)
{
    failLater(context, done, refusal(Capability::Forget, &token));
    return nullptr;
}

ApiJob* Platform::setKeepAlive(const Token& token, bool, QObject* context, Callback<Token> done)
{
    failLater(context, done, refusal(Capability::KeepAlive, &token));
    return nullptr;
}

ApiJob* Platform::listTokensInPages(QObject* context, PageCallback, Callback<TokenList> done)
{
    return listTokens(context, std::move(done));
}

} // namespace TokenConsole
