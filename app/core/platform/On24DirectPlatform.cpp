// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/On24DirectPlatform.h"

#include "Logging.h"
#include "api/ApiJob.h"
#include "api/On24Client.h"
#include "direct/InventoryEntry.h"
#include "direct/On24Inventory.h"
#include "direct/TokenPairFormat.h"
#include "model/TokenTableModel.h"
#include "platform/CapabilityText.h"
#include "secrets/SecretStore.h"
#include "text/TokenNameRules.h"

#include <QPointer>
#include <QTimeZone>

namespace TokenConsole {

namespace {

using Outcome = On24Client::Verification::Outcome;

Token::PairState pairState(InventoryEntry::Status status)
{
    switch (status) {
    case InventoryEntry::Status::Works:
        return Token::PairState::Works;
    case InventoryEntry::Status::Deactivated:
        return Token::PairState::Deactivated;
    case InventoryEntry::Status::WrongPair:
        return Token::PairState::WrongPair;
    case InventoryEntry::Status::Unverified:
        break;
    }
    return Token::PairState::Unverified;
}

Token::ActivitySource activitySource(InventoryEntry::ActivitySource source)
{
    switch (source) {
    case InventoryEntry::ActivitySource::Verify:
        return Token::ActivitySource::Verify;
    case InventoryEntry::ActivitySource::Entered:
        return Token::ActivitySource::Entered;
    case InventoryEntry::ActivitySource::None:
        break;
    }
    return Token::ActivitySource::None;
}

} // namespace

On24DirectPlatform::On24DirectPlatform(const Profile& profile, SecretStore* secrets,
                                       QObject* parent)
    : Platform(parent), m_profile(profile), m_baseUrl(profile.effectiveOn24BaseUrl()),
      m_secrets(secrets), m_on24(new On24Client(this)),
      m_inventory(std::make_unique<On24Inventory>(profile.name))
{
}

On24DirectPlatform::~On24DirectPlatform() = default;

bool On24DirectPlatform::open(QString* error)
{
    if (!m_inventory->open(error))
        return false;
    rememberKeys(m_inventory->entries());
    return true;
}

void On24DirectPlatform::rememberKeys(const QVector<InventoryEntry>& entries)
{
    m_keys.clear();
    for (const InventoryEntry& entry : entries)
        m_keys.insert(entry.key);
}

QString On24DirectPlatform::description() const
{
    return tr("ON24 account %1 (direct mode)").arg(m_profile.clientId);
}

Account On24DirectPlatform::account() const
{
    Account account;
    account.clientId = m_profile.clientId;
    account.name = m_clientName.isEmpty() ? tr("ON24 account %1").arg(m_profile.clientId)
                                          : m_clientName;
    account.policy = m_policy;
    return account;
}

SessionUser On24DirectPlatform::user() const
{
    return {};  // nobody signs in: every pair authenticates itself
}

QString On24DirectPlatform::localUser()
{
    return On24Inventory::currentUserName();
}

QString On24DirectPlatform::whyNot(Capability capability, const Token* token) const
{
    switch (capability) {
    case Capability::List:
    case Capability::AddExisting:
    case Capability::EditLabels:
    case Capability::Rename:  // the local label: ON24's page keeps its own name
    case Capability::Forget:
    case Capability::EditOwner:  // kept on this computer with the other labels
        return {};
    case Capability::Verify:
    case Capability::KeepAlive:
    case Capability::CopySecret:
        if (token && !holdsSecret(token->key))
            return CapabilityText::noLocalSecret(token->name);
        return {};
    case Capability::AccountUsers:
        if (localSecretKeys().isEmpty())
            return tr("ON24 answers only calls made with a token pair: add one first.");
        return {};
    case Capability::Provision:
    case Capability::Disable:
    case Capability::Enable:
        return CapabilityText::onlyOnOn24Page();
    case Capability::Rotate:
        return CapabilityText::noRotationOnOn24();
    case Capability::Usage:
    case Capability::NarrowAccess:
        return CapabilityText::noUsageOnOn24();
    case Capability::ActivityLog:
    case Capability::AuditLog:
        return tr("ON24's API does not show a token's activity; this console records only its "
                  "own calls.");
    }
    return CapabilityText::notOffered(capability);
}

bool On24DirectPlatform::offers(Capability capability) const
{
    switch (capability) {
    case Capability::Provision:
    case Capability::Disable:
    case Capability::Enable:
    case Capability::Rotate:
    case Capability::Usage:
    case Capability::NarrowAccess:
    case Capability::ActivityLog:
    case Capability::AuditLog:
        return false;
    default:
        return true;
    }
}

QString On24DirectPlatform::standingNotice() const
{
    return tr("Direct mode: these are the token pairs added on this computer, proved with real "
              "ON24 calls. Provision, disable and enable tokens on ON24's page (Platform Tools › "
              "Integrations › API Tokens); here you verify them and keep them alive.");
}

QSet<int> On24DirectPlatform::columns() const
{
    return {TokenTableModel::NameColumn,        TokenTableModel::OwnerColumn,
            TokenTableModel::LoginColumn,       TokenTableModel::KeyColumn,
            TokenTableModel::StatusColumn,      TokenTableModel::LastActivityColumn,
            TokenTableModel::AutoDisableColumn, TokenTableModel::KeepAliveColumn,
            TokenTableModel::LastVerifiedColumn};
}

Token On24DirectPlatform::toToken(const InventoryEntry& e, const InactivityPolicySettings& policy)
{
    Token t;
    t.id = e.key;
    t.key = e.key;
    t.name = e.name;
    t.login = e.login;
    t.owner = e.owner;
    t.notes = e.notes;
    t.createdAt = e.addedAt;
    t.createdBy = e.addedBy;
    t.pairState = pairState(e.status);
    t.status = e.status == InventoryEntry::Status::Deactivated ? Token::Status::Disabled
                                                               : Token::Status::Active;
    t.disabledReason = t.isActive() ? Token::DisabledReason::None
                                    : Token::DisabledReason::Unknown;
    t.activitySource = activitySource(e.activitySource);
    t.lastActivityAt = e.lastActivityAt;
    t.inactiveSince = e.lastActivityAt;
    if (t.isActive() && e.lastActivityAt.isValid())
        t.autoDisableAt = e.lastActivityAt.addDays(policy.inactivityDays);
    t.keepAlive = e.keepAlive;
    t.keepAliveBy = e.keepAliveBy;
    t.keepAliveChangedAt = e.keepAliveChangedAt;
    t.lastVerifiedAt = e.lastVerifiedAt;
    t.lastVerifyOutcome = e.lastVerifyOutcome;
    t.lastVerifyMessage = e.lastVerifyMessage;
    t.retryNotBefore = e.retryNotBefore;
    return t;
}

InventoryEntry On24DirectPlatform::toEntry(const Token& t)
{
    InventoryEntry e;
    e.key = t.key;
    e.name = t.name;
    e.login = t.login;
    e.owner = t.owner;
    e.notes = t.notes;
    e.addedAt = t.createdAt;
    e.addedBy = t.createdBy;
    e.lastActivityAt = t.lastActivityAt;
    switch (t.activitySource) {
    case Token::ActivitySource::Verify:
        e.activitySource = InventoryEntry::ActivitySource::Verify;
        break;
    case Token::ActivitySource::Entered:
        e.activitySource = InventoryEntry::ActivitySource::Entered;
        break;
    case Token::ActivitySource::Platform:
    case Token::ActivitySource::None:
        e.activitySource = InventoryEntry::ActivitySource::None;
        break;
    }
    switch (t.pairState) {
    case Token::PairState::Works:
        e.status = InventoryEntry::Status::Works;
        break;
    case Token::PairState::Deactivated:
        e.status = InventoryEntry::Status::Deactivated;
        break;
    case Token::PairState::WrongPair:
        e.status = InventoryEntry::Status::WrongPair;
        break;
    case Token::PairState::NotTracked:
    case Token::PairState::Unverified:
        e.status = InventoryEntry::Status::Unverified;
        break;
    }
    e.keepAlive = t.keepAlive;
    e.keepAliveBy = t.keepAliveBy;
    e.keepAliveChangedAt = t.keepAliveChangedAt;
    e.lastVerifiedAt = t.lastVerifiedAt;
    e.lastVerifyOutcome = t.lastVerifyOutcome;
    e.lastVerifyMessage = t.lastVerifyMessage;
    e.retryNotBefore = t.retryNotBefore;
    return e;
}

QString On24DirectPlatform::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Works: return QStringLiteral("works");
    case Outcome::WrongPair: return QStringLiteral("wrong_pair");
    case Outcome::Deactivated: return QStringLiteral("deactivated");
    case Outcome::QuotaExhausted: return QStringLiteral("quota");
    case Outcome::NoAccessToClient: return QStringLiteral("no_access_to_client");
    case Outcome::NoPermission: return QStringLiteral("no_permission");
    case Outcome::ClientInactive: return QStringLiteral("client_inactive");
    case Outcome::ClientUnknown: return QStringLiteral("client_unknown");
    case Outcome::Failed: break;
    }
    return QStringLiteral("failed");
}

Result<Token> On24DirectPlatform::tokenFor(const QString& key) const
{
    Result<Token> result;
    const std::optional<InventoryEntry> entry = m_inventory->entry(key);
    if (!entry)
        result.error = ApiError::local(
            tr("The pair %1 is not in this computer's inventory any more.").arg(key));
    else
        result.value = toToken(*entry, m_policy);
    return result;
}

void On24DirectPlatform::noteServerDate(const QDateTime& serverDate)
{
    if (!serverDate.isValid())
        return;
    const qint64 skew = QDateTime::currentDateTimeUtc().msecsTo(serverDate);
    // The Date header has whole seconds: ignore what rounding alone explains.
    if (qAbs(skew - m_clockSkewMs) < 2000)
        return;
    m_clockSkewMs = skew;
    Q_EMIT clockSkewChanged(skew);
}

ApiJob* On24DirectPlatform::loadAccount(QObject* context, Callback<Account> done)
{
    // Countdowns need ON24's clock before any pair is called: ask it without a pair.
    return m_on24->probeClock(m_baseUrl, m_profile.clientId, context,
                              [this, done](const QDateTime& serverDate) {
                                  noteServerDate(serverDate);
                                  Result<Account> result;
                                  result.value = account();
                                  done(result);
                              });
}

ApiJob* On24DirectPlatform::listTokens(QObject* context, Callback<TokenList> done)
{
    TokenList tokens;
    const QVector<InventoryEntry> entries = m_inventory->entries();
    rememberKeys(entries);  // another process (the CLI) may have added or forgotten pairs
    tokens.reserve(entries.size());
    for (const InventoryEntry& entry : entries)
        tokens.append(toToken(entry, m_policy));
    succeedLater(context, done, tokens);
    return nullptr;
}

ApiJob* On24DirectPlatform::fetchToken(const QString& id, QObject* context, Callback<Token> done)
{
    const Result<Token> result = tokenFor(id);
    deliverLater(context, [done, result] { done(result); });
    return nullptr;
}

ApiJob* On24DirectPlatform::users(QObject* context, Callback<QVector<AccountUser>> done)
{
    // Any pair on this computer may read the users; a working one is tried first.
    const QVector<InventoryEntry> entries = m_inventory->entries();
    Token reader;
    for (const InventoryEntry& entry : entries) {
        if (reader.key.isEmpty() || entry.status == InventoryEntry::Status::Works)
            reader = toToken(entry, m_policy);
        if (entry.status == InventoryEntry::Status::Works)
            break;
    }
    if (reader.key.isEmpty()) {
        failLater(context, done, refusal(Capability::AccountUsers));
        return nullptr;
    }
    const QString key = reader.key;
    const auto failed = [done](const ApiError& error) {
        Result<QVector<AccountUser>> result;
        result.error = error;
        done(result);
    };
    readSecret(reader, context, [=](const QString& secret) {
        QSet<QString> withPairs;
        for (const InventoryEntry& entry : entries)
            withPairs.insert(entry.login.toLower());
        m_on24->fetchUsers(
            m_baseUrl, m_profile.clientId, key, secret, context,
            [=](const On24Client::Verification& call, const QVector<On24Client::User>& users) {
                noteServerDate(call.serverDate);
                Result<QVector<AccountUser>> result;
                if (!call.works()) {
                    result.error = ApiError::local(call.userMessage());
                    done(result);
                    return;
                }
                for (const On24Client::User& u : users) {
                    AccountUser user;
                    user.login = u.userName.isEmpty() ? u.email : u.userName;
                    user.displayName = u.name;
                    user.loginType = u.type;
                    user.manageUsers = u.manageUsers;
                    user.hasToken = withPairs.contains(user.login.toLower());
                    result.value.append(user);
                }
                done(result);
            });
    }, failed);
    return nullptr;
}

ApiJob* On24DirectPlatform::rename(const Token& token, const QString& name, QObject* context,
                                   Callback<Token> done)
{
    return editLabels(token, {name, token.owner, token.notes}, context, std::move(done));
}

ApiJob* On24DirectPlatform::editOwner(const Token& token, const QString& owner,
                                      const QString& notes, QObject* context, Callback<Token> done)
{
    return editLabels(token, {token.name, owner, notes}, context, std::move(done));
}

ApiJob* On24DirectPlatform::editLabels(const Token& token, const Labels& labels, QObject* context,
                                       Callback<Token> done)
{
    const QString name = labels.name.trimmed();
    if (const QString problem = TokenNameRules::problem(name); !problem.isEmpty()) {
        failLater(context, done, ApiError::local(problem));
        return nullptr;
    }
    std::optional<InventoryEntry> entry = m_inventory->entry(token.key);
    QString error;
    if (!entry) {
        failLater(context, done, tokenFor(token.key).error);
        return nullptr;
    }
    entry->name = name;
    entry->owner = labels.owner.trimmed();
    entry->notes = labels.notes.trimmed();
    if (!m_inventory->update(*entry, &error)) {
        failLater(context, done, ApiError::local(error));
        return nullptr;
    }
    const Token changed = toToken(*entry, m_policy);
    Q_EMIT tokenChanged(changed);
    succeedLater(context, done, changed);
    return nullptr;
}

ApiJob* On24DirectPlatform::verify(const Token& token, QObject* context,
                                   Callback<Verification> done)
{
    const QString key = token.key;
    const auto failed = [done](const ApiError& error) {
        Result<Verification> result;
        result.error = error;
        done(result);
    };
    readSecret(token, context, [=](const QString& secret) {
        m_on24->verify(m_baseUrl, m_profile.clientId, key, secret, context,
                       [=](const On24Client::Verification& call) {
                           noteServerDate(call.serverDate);
                           if (call.works())
                               m_clientName = call.clientName;
                           Result<Verification> result;
                           result.value.call = call;
                           QString error;
                           const QString message =
                               call.works() ? QString() : call.serverMessage.isEmpty()
                                   ? call.userMessage()
                                   : call.serverMessage;
                           // A call that never reached ON24 says nothing about the pair.
                           if (call.outcome != Outcome::Failed
                               && !m_inventory->recordVerify(key, now(), outcomeId(call.outcome),
                                                             message, &error))
                               qCWarning(lcApi) << "could not record a verify:" << error;
                           const Result<Token> reread = tokenFor(key);
                           result.value.token = reread.ok() ? reread.value : token;
                           if (reread.ok())
                               Q_EMIT tokenChanged(reread.value);
                           done(result);
                       });
    }, failed);
    return nullptr;
}

ApiJob* On24DirectPlatform::addExisting(const ExistingPair& pair, QObject* context,
                                        Callback<Token> done)
{
    const QString key = TokenPairFormat::normalizedKey(pair.key);
    const QString secret = TokenPairFormat::normalizedSecret(pair.secret);
    const QString name = pair.name.trimmed();
    for (const QString& problem : {TokenPairFormat::keyProblem(key),
                                   TokenPairFormat::secretProblem(secret),
                                   TokenNameRules::problem(name)}) {
        if (!problem.isEmpty()) {
            failLater(context, done, ApiError::local(problem));
            return nullptr;
        }
    }
    if (m_inventory->contains(key)) {
        const std::optional<InventoryEntry> existing = m_inventory->entry(key);
        failLater(context, done,
                  ApiError::local(tr("The key %1 is already in this inventory as “%2”.")
                                      .arg(key, existing ? existing->name : QString())));
        return nullptr;
    }

    QPointer<QObject> guard(context);
    // First prove the pair with ON24, then keep the secret, then record the pair: nothing is
    // stored for a pair ON24 refuses, and no inventory row exists without its secret.
    return m_on24->verify(
        m_baseUrl, m_profile.clientId, key, secret, context,
        [=](const On24Client::Verification& call) {
            if (!guard)
                return;
            noteServerDate(call.serverDate);
            InventoryEntry entry;
            entry.key = key;
            entry.name = name;
            entry.login = pair.login.trimmed();
            entry.owner = pair.owner.trimmed();
            entry.notes = pair.notes.trimmed();
            entry.addedAt = now();
            entry.addedBy = localUser();
            if (pair.lastActivity.isValid()) {
                // The page shows a date: its start is the worst case.
                entry.lastActivityAt = QDateTime(pair.lastActivity, QTime(0, 0), QTimeZone::utc());
                entry.activitySource = InventoryEntry::ActivitySource::Entered;
            }
            entry.keepAlive = pair.keepAlive;
            if (pair.keepAlive) {
                entry.keepAliveBy = localUser();
                entry.keepAliveChangedAt = entry.addedAt;
            }
            entry.lastVerifiedAt = entry.addedAt;
            entry.lastVerifyOutcome = outcomeId(call.outcome);
            switch (call.outcome) {
            case Outcome::Works:
                m_clientName = call.clientName;
                entry.status = InventoryEntry::Status::Works;
                entry.lastActivityAt = entry.addedAt;
                entry.activitySource = InventoryEntry::ActivitySource::Verify;
                break;
            case Outcome::Deactivated:
                entry.status = InventoryEntry::Status::Deactivated;
                entry.lastVerifyMessage = call.serverMessage;
                break;
            case Outcome::QuotaExhausted:
                entry.status = InventoryEntry::Status::Unverified;
                entry.lastVerifyMessage = call.serverMessage;
                entry.retryNotBefore = entry.addedAt.addSecs(3600);
                break;
            case Outcome::WrongPair:
            case Outcome::NoAccessToClient:
            case Outcome::NoPermission:
            case Outcome::ClientInactive:
            case Outcome::ClientUnknown:
            case Outcome::Failed: {
                Result<Token> refused;
                refused.error = ApiError::local(
                    call.outcome == Outcome::Failed
                        ? tr("Could not check the pair with ON24, so nothing was stored: %1")
                              .arg(call.userMessage())
                        : tr("ON24 refused the pair, so nothing was stored: %1%2")
                              .arg(call.userMessage(),
                                   call.serverMessage.isEmpty()
                                       ? QString()
                                       : tr(" (ON24 said: “%1”)").arg(call.serverMessage)));
                done(refused);
                return;
            }
            }
            m_secrets->setLabel(secretAccount(key), SecretStore::entryLabel(name, account().name));
            m_secrets->store(
                secretAccount(key), secret, context, [=](const SecretStore::Result& stored) {
                    if (!guard)
                        return;
                    Result<Token> result;
                    if (!stored.ok()) {
                        result.error = ApiError::local(
                            tr("The pair works, but its secret could not be kept in the "
                               "keychain, so nothing was stored: %1")
                                .arg(stored.message));
                        done(result);
                        return;
                    }
                    QString error;
                    if (m_inventory->add(entry, &error) != On24Inventory::AddResult::Added) {
                        // Leave no orphaned secret behind.
                        m_secrets->remove(secretAccount(key), this,
                                          [](const SecretStore::Result&) {});
                        result.error = ApiError::local(
                            error.isEmpty() ? tr("The key %1 is already in this inventory.")
                                                  .arg(key)
                                            : error);
                        done(result);
                        return;
                    }
                    result.value = toToken(entry, m_policy);
                    m_keys.insert(key);
                    Q_EMIT tokenChanged(result.value);
                    Q_EMIT localSecretsChanged();
                    done(result);
                });
        });
}

ApiJob* On24DirectPlatform::forget(const Token& token, QObject* context, Callback<bool> done)
{
    QPointer<QObject> guard(context);
    const QString key = token.key;
    m_secrets->remove(secretAccount(key), context, [=](const SecretStore::Result& removed) {
        if (!guard)
            return;
        Result<bool> result;
        if (!removed.ok() && removed.status != SecretStore::Result::Status::NotFound) {
            result.error = ApiError::local(
                tr("The secret of “%1” could not be removed from the keychain, so the pair was "
                   "kept: %2")
                    .arg(token.name, removed.message));
            done(result);
            return;
        }
        QString error;
        if (!m_inventory->remove(key, &error)) {
            result.error = ApiError::local(error);
            done(result);
            return;
        }
        result.value = true;
        m_keys.remove(key);
        Q_EMIT tokenRemoved(key);
        Q_EMIT localSecretsChanged();
        done(result);
    });
    return nullptr;
}

ApiJob* On24DirectPlatform::setKeepAlive(const Token& token, bool on, QObject* context,
                                         Callback<Token> done)
{
    QString error;
    if (!m_inventory->setKeepAlive(token.key, on, localUser(), now(), &error)) {
        failLater(context, done, ApiError::local(error));
        return nullptr;
    }
    const Result<Token> changed = tokenFor(token.key);
    if (changed.ok())
        Q_EMIT tokenChanged(changed.value);
    deliverLater(context, [done, changed] { done(changed); });
    return nullptr;
}

QString On24DirectPlatform::secretAccount(const QString& tokenKey) const
{
    return SecretStore::accountName(m_profile.name, tokenKey);
}

QSet<QString> On24DirectPlatform::localSecretKeys() const
{
    // Every pair in the inventory was stored with its secret. Kept in memory: capability
    // checks ask for it on every selection change.
    return m_keys;
}

QDateTime On24DirectPlatform::retryNotBefore(const QString& key) const
{
    const std::optional<InventoryEntry> entry = m_inventory->entry(key);
    return entry ? entry->retryNotBefore : QDateTime();
}

} // namespace TokenConsole
