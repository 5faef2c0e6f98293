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
    enum class DisabledReason { None, Manual, Inactivity };

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

    bool isActive() const { return status == Status::Active; }
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

} // namespace TokenConsole

Q_DECLARE_METATYPE(TokenConsole::Token)
