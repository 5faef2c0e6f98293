// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace TokenConsole {

// One API token as the Token Admin API v1 describes it. A value type: copied freely,
// compared by id for merging and by every field for change detection.
struct Token
{
    enum class Status { Active, Disabled };
    // Unknown: disabled on a platform that does not say why (ON24 in direct mode).
    enum class DisabledReason { None, Manual, Inactivity, Unknown };
    // Where lastActivityAt comes from: the platform knows every caller's activity; in direct
    // mode the console knows only its own successful calls and the date an admin typed.
    enum class ActivitySource { Platform, Verify, Entered, None };
    // What the last real API call with the pair showed (direct mode keeps it; the Token Admin
    // API knows the state itself, so it stays NotTracked there).
    enum class PairState { NotTracked, Unverified, Works, Deactivated, WrongPair };

    QString id;
    QString name;
    QString key;
    qint64 userId = 0;
    QString login;
    bool allEndpoints = true;  // "access": "all_endpoints"
    QStringList accessAreas;   // when !allEndpoints: registration, client_analytics, ...
    Status status = Status::Active;
    DisabledReason disabledReason = DisabledReason::None;
    QDateTime createdAt;
    QString createdBy;
    QDateTime lastActivityAt;  // invalid when the token was never used
    QDateTime inactiveSince;
    QDateTime autoDisableAt;   // invalid while disabled
    QDateTime disabledAt;      // invalid while active
    int version = 0;
    // Token Admin API v1.1: the last rotation of the secret, and while its grace runs, when the
    // previous secret stops working on the v2 API (invalid otherwise).
    QDateTime rotatedAt;
    QDateTime previousSecretExpiresAt;

    // Kept by direct mode's local inventory (and by Token Admin API v1.1 for owner/notes).
    QString owner;
    QString notes;
    ActivitySource activitySource = ActivitySource::Platform;
    PairState pairState = PairState::NotTracked;
    bool keepAlive = false;
    QString keepAliveBy;
    QDateTime keepAliveChangedAt;
    QDateTime lastVerifiedAt;
    QString lastVerifyOutcome;  // stable id: works, wrong_pair, deactivated, quota, ...
    QString lastVerifyMessage;  // ON24's sentence or the error, never a secret
    QDateTime retryNotBefore;   // keep-alive waits until then after ON24's quota refused it

    bool isActive() const { return status == Status::Active; }
    // Whether the previous secret still works at `now` (a rotation's grace is running).
    bool inRotationGrace(const QDateTime& now) const
    {
        return previousSecretExpiresAt.isValid() && previousSecretExpiresAt > now;
    }
    bool operator==(const Token& other) const;
    bool operator!=(const Token& other) const { return !(*this == other); }
};

using TokenList = QVector<Token>;

// A user of the account (a "Login" a token can be provisioned for).
struct AccountUser
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString loginType;
    bool hasToken = false;
    bool manageUsers = false;  // may provision tokens (known in direct mode)
};

struct InactivityPolicySettings
{
    int inactivityDays = 60;
    QVector<int> warningDays{14, 7, 3, 1};  // descending
};

struct Account
{
    qint64 clientId = 0;
    QString name;
    QStringList features;
    InactivityPolicySettings policy;

    bool hasConnect() const { return features.contains(QStringLiteral("connect")); }
};

struct SessionUser
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QStringList permissions;

    bool canManageUsers() const { return permissions.contains(QStringLiteral("manage_users")); }
};

struct Session
{
    QString token;  // the bearer session token: never logged, never persisted outside the keychain
    QDateTime expiresAt;
    SessionUser user;
    Account account;
};

struct ActivityEntry
{
    QDateTime at;
    QString method;
    QString path;
    int status = 0;
};

struct AuditEntry
{
    QDateTime at;
    QString actor;
    QString action;
    QString tokenId;
    QString detail;
};

struct ProvisionedToken
{
    Token token;
    QString secret;  // the only time the platform sends it
};

// A rotation's answer (Token Admin API v1.1): the token, its new secret (sent only this once)
// and when the previous secret stops working (invalid: it already did).
struct RotatedToken
{
    Token token;
    QString secret;
    QDateTime previousSecretExpiresAt;
};

// Successful v2 calls of one token in one ON24 API area over the report's days.
struct AreaUsage
{
    QString area;  // registration, client_analytics, ...
    qint64 calls = 0;
    QDateTime lastCallAt;  // invalid when never called in the window
};

struct TokenUsage
{
    int days = 0;
    QVector<AreaUsage> areas;  // every area the platform knows, used or not
};

} // namespace TokenConsole

Q_DECLARE_METATYPE(TokenConsole::Token)
