// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InputRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

class QSqlQuery;

namespace TokenConsole::Sandbox {

class Database;
class JsonWriter;

// Tokens, their audit trail and activity: every read and write of the token tables, with the
// inactivity rule (D8/D9) applied in set-based statements so it stays fast on 100k tokens.
class TokenStore
{
public:
    static constexpr int inactivityDays = 60;
    static const QVector<int>& warningDays(); // descending: 14, 7, 3, 1

    explicit TokenStore(Database& db);

    struct Page
    {
        QByteArray itemsJson; // a JSON array, already encoded
        int count = 0;
        QString nextCursor; // empty: no further page
    };

    // D8: disables every active token whose autoDisableAt has passed (reason "inactivity",
    // disabledAt = autoDisableAt) and records it in the audit. Returns how many it disabled.
    int disableExpired(qint64 now);
    // D9: records one "inactivity_warning" per token per threshold per inactivity period.
    int recordWarnings(qint64 now);
    // v1.1: forgets every previous secret whose rotation grace has ended, with a
    // "rotation_grace_end" audit entry. Returns how many.
    int endGracePeriods(qint64 now);
    // Everything due by now (grace ends, inactivity disables): call before reading tokens.
    void applyDeadlines(qint64 now);

    std::optional<QJsonObject> token(qint64 clientId, const QString& id, int* version = nullptr);
    std::optional<Page> listTokens(qint64 clientId, qint64 afterSeq, int limit);
    std::optional<Page> listAudit(qint64 clientId, qint64 beforeSeq, int limit);
    std::optional<Page> listTokenAudit(qint64 clientId, const QString& tokenId, qint64 beforeSeq,
                                       int limit);
    // Successful v2 calls since `since`, per ON24 area (every known area, in canonical order):
    // [{"area","calls","lastCallAt"}].
    std::optional<QJsonArray> usage(const QString& tokenId, qint64 since);
    std::optional<QJsonArray> activity(const QString& tokenId, int limit);

    enum class Result {
        Ok,
        NotFound,
        Exists,
        VersionMismatch,
        AlreadyDisabled,
        AlreadyActive,
        Disabled,
        Failed
    };
    // A PATCH: the fields given (already validated); the rest stay as they are.
    struct Changes
    {
        std::optional<QString> name;
        std::optional<QString> owner;
        std::optional<QString> notes;
        std::optional<TokenAccess> access;
    };
    Result provision(qint64 clientId, qint64 userId, const QString& name, const TokenAccess& access,
                     const QString& actor, qint64 now, QJsonObject* token, QString* secret);
    Result rename(qint64 clientId, const QString& id, int expectedVersion, const QString& name,
                  const QString& actor, qint64 now, QJsonObject* token);
    // One version step and one audit entry per field that really changes.
    Result update(qint64 clientId, const QString& id, int expectedVersion, const Changes& changes,
                  const QString& actor, qint64 now, QJsonObject* token);
    // v1.1: a new secret; the current one keeps working for graceHours (0: not at all).
    // previousExpiresAt is 0 when there is no grace.
    Result rotate(qint64 clientId, const QString& id, int graceHours, const QString& actor,
                  qint64 now, QJsonObject* token, QString* secret, qint64* previousExpiresAt);
    Result disable(qint64 clientId, const QString& id, const QString& actor, qint64 now,
                   QJsonObject* token);
    Result enable(qint64 clientId, const QString& id, const QString& actor, qint64 now,
                  QJsonObject* token);

    // The ON24 side: a token as its key + secret authenticate it.
    struct Credential
    {
        QString id;
        qint64 clientId = 0;
        bool active = false;
        QByteArray secretHash;
        QByteArray previousSecretHash; // during a rotation's grace, else empty
        qint64 previousSecretExpiresAt = 0;
        TokenAccess access;
        qint64 quotaDay = 0;
        qint64 quotaCalls = 0;
    };
    std::optional<Credential> credentialByKey(const QString& key);
    // D10: a successful call is activity: lastActivityAt = now, the count restarts, listed.
    bool recordActivity(const QString& tokenId, qint64 now, const QString& method,
                        const QString& path, int status, const QString& area = QString());

    bool addAudit(qint64 clientId, qint64 at, const QString& actor, const QString& action,
                  const QString& tokenId, const QString& detail);

    static QString selectTokenSql(); // the columns tokenJson() reads, in order
    static void writeToken(JsonWriter& out, const QSqlQuery& row, int* version = nullptr);
    static QJsonObject tokenJson(const QSqlQuery& row, int* version = nullptr);

private:
    std::optional<Page> auditPage(const QString& where, const QVariantList& binds, int limit);

    Database& m_db;
};

} // namespace TokenConsole::Sandbox
