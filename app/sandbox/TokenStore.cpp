// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenStore.h"

#include "Clock.h"
#include "CursorCodec.h"
#include "Database.h"
#include "JsonWriter.h"
#include "SandboxLog.h"
#include "SecretGenerator.h"
#include "SecretHasher.h"
#include "TimeFormat.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace TokenConsole::Sandbox {

namespace {
constexpr qint64 periodSecs = qint64(TokenStore::inactivityDays) * Clock::secsPerDay;

enum Column {
    ColSeq,
    ColId,
    ColName,
    ColKey,
    ColUserId,
    ColLogin,
    ColAccess,
    ColStatus,
    ColDisabledReason,
    ColCreatedAt,
    ColCreatedBy,
    ColLastActivityAt,
    ColInactiveSince,
    ColAutoDisableAt,
    ColDisabledAt,
    ColVersion,
    ColOwner,
    ColNotes,
    ColRotatedAt,
    ColPreviousSecretExpiresAt,
};
} // namespace

const QVector<int>& TokenStore::warningDays()
{
    static const QVector<int> days{14, 7, 3, 1};
    return days;
}

TokenStore::TokenStore(Database& db) : m_db(db) {}

QString TokenStore::selectTokenSql()
{
    return QStringLiteral(
        "SELECT t.seq, t.id, t.name, t.key, t.user_id, u.login, t.access, t.status,"
        " t.disabled_reason, t.created_at, t.created_by, t.last_activity_at, t.inactive_since,"
        " t.auto_disable_at, t.disabled_at, t.version, t.owner, t.notes, t.rotated_at,"
        " t.previous_secret_expires_at FROM tokens t JOIN users u ON u.id = t.user_id ");
}

void TokenStore::writeToken(JsonWriter& out, const QSqlQuery& row, int* version)
{
    auto timeOrNull = [&out](const QVariant& secs) {
        if (secs.isNull())
            out.null();
        else
            out.value(TimeFormat::rfc3339(secs.toLongLong()));
    };
    const int v = row.value(ColVersion).toInt();
    if (version)
        *version = v;
    out.beginObject();
    out.key("id");
    out.value(row.value(ColId).toString());
    out.key("name");
    out.value(row.value(ColName).toString());
    out.key("key");
    out.value(row.value(ColKey).toString());
    out.key("userId");
    out.value(row.value(ColUserId).toLongLong());
    out.key("login");
    out.value(row.value(ColLogin).toString());
    out.key("access");
    const TokenAccess access = TokenAccess::fromStorage(row.value(ColAccess).toString());
    if (access.allEndpoints) {
        out.value(QStringLiteral("all_endpoints"));
    } else {
        out.beginArray();
        for (const QString& area : access.areas)
            out.value(area);
        out.endArray();
    }
    out.key("status");
    out.value(row.value(ColStatus).toString());
    out.key("disabledReason");
    const QVariant reason = row.value(ColDisabledReason);
    if (reason.isNull())
        out.null();
    else
        out.value(reason.toString());
    out.key("createdAt");
    out.value(TimeFormat::rfc3339(row.value(ColCreatedAt).toLongLong()));
    out.key("createdBy");
    out.value(row.value(ColCreatedBy).toString());
    out.key("lastActivityAt");
    timeOrNull(row.value(ColLastActivityAt));
    out.key("inactiveSince");
    out.value(TimeFormat::rfc3339(row.value(ColInactiveSince).toLongLong()));
    out.key("autoDisableAt");
    timeOrNull(row.value(ColAutoDisableAt));
    out.key("disabledAt");
    timeOrNull(row.value(ColDisabledAt));
    out.key("owner");
    out.value(row.value(ColOwner).toString());
    out.key("notes");
    out.value(row.value(ColNotes).toString());
    out.key("rotatedAt");
    timeOrNull(row.value(ColRotatedAt));
    out.key("previousSecretExpiresAt");
    timeOrNull(row.value(ColPreviousSecretExpiresAt));
    out.key("version");
    out.value(qint64(v));
    out.endObject();
}

QJsonObject TokenStore::tokenJson(const QSqlQuery& row, int* version)
{
    // One encoder for lists and single tokens, so both always agree.
    JsonWriter out(512);
    writeToken(out, row, version);
    return QJsonDocument::fromJson(out.data()).object();
}

int TokenStore::disableExpired(qint64 now)
{
    // Cheap indexed probe first, so the common case (nothing due) never opens a write.
    if (m_db.scalar(QStringLiteral("SELECT EXISTS(SELECT 1 FROM tokens WHERE status = 'active'"
                                   " AND auto_disable_at <= ?)"),
                    {now}) == 0)
        return 0;
    Database::Transaction tx(m_db);
    // Audited at detection time (not the due time) so the audit stays in time order.
    const auto audit = m_db.run(
        QStringLiteral("INSERT INTO audit(client_id, at, actor, action, token_id, detail)"
                       " SELECT client_id, ?, 'system', 'inactivity_disable', id,"
                       " printf('Disabled automatically after %1 days without activity (due"
                       " %s).', strftime('%Y-%m-%dT%H:%M:%SZ', auto_disable_at, 'unixepoch'))"
                       " FROM tokens WHERE status = 'active' AND auto_disable_at <= ?"
                       " ORDER BY auto_disable_at, seq")
            .arg(inactivityDays),
        {now, now});
    auto update = m_db.run(
        QStringLiteral("UPDATE tokens SET status = 'disabled', disabled_reason = 'inactivity',"
                       " disabled_at = auto_disable_at, auto_disable_at = NULL,"
                       " version = version + 1 WHERE status = 'active' AND auto_disable_at <= ?"),
        {now});
    if (!audit || !update || !tx.commit())
        return 0;
    const int count = update->numRowsAffected();
    qCInfo(lcSandbox) << "Disabled" << count << "token(s) for inactivity";
    return count;
}

int TokenStore::recordWarnings(qint64 now)
{
    // Set-based, so a clock jump over 100k tokens is a handful of statements, not a loop.
    // Days left round up: 13 days and 1 second left is "14 days left".
    const QString daysLeft = QStringLiteral("((auto_disable_at - :now + 86399) / 86400)");
    QVector<int> ascending = warningDays();
    std::sort(ascending.begin(), ascending.end());
    // The tightest threshold a token has reached: CASE WHEN dl <= 1 THEN 1 WHEN dl <= 3 ...
    // (the thresholds are the policy's constants, not request data)
    QString tightest = QStringLiteral("CASE");
    for (int days : ascending)
        tightest += QStringLiteral(" WHEN %1 <= %2 THEN %2").arg(daysLeft).arg(days);
    tightest += QStringLiteral(" END");
    const QString due = QStringLiteral(
        "status = 'active' AND auto_disable_at > :now AND auto_disable_at <= :windowEnd");
    QVariantHash values{
        {QStringLiteral("now"), now},
        {QStringLiteral("windowEnd"), now + qint64(ascending.constLast()) * Clock::secsPerDay}};
    auto any = m_db.runNamed(
        QStringLiteral("SELECT EXISTS(SELECT 1 FROM tokens WHERE %1)").arg(due), values);
    if (!any || !any->next() || any->value(0).toInt() == 0)
        return 0;

    Database::Transaction tx(m_db);
    // One entry per token whose tightest reached threshold has no warning in this period yet.
    auto audit = m_db.runNamed(
        QStringLiteral("INSERT INTO audit(client_id, at, actor, action, token_id, detail)"
                       " SELECT client_id, :now, 'system', 'inactivity_warning', id,"
                       " printf('%d day(s) left: disabled for inactivity at %s unless used.',"
                       " %1, strftime('%Y-%m-%dT%H:%M:%SZ', auto_disable_at, 'unixepoch'))"
                       " FROM tokens t WHERE %2 AND NOT EXISTS (SELECT 1 FROM warnings_sent w"
                       " WHERE w.token_id = t.id AND w.period_start = t.inactive_since"
                       " AND w.threshold = %3) ORDER BY auto_disable_at, seq")
            .arg(daysLeft, due, tightest),
        values);
    if (!audit)
        return 0;
    const int recorded = audit->numRowsAffected();
    // Every threshold reached counts as passed: one warning per jump, not a burst.
    for (int days : ascending) {
        values.insert(QStringLiteral("threshold"), days);
        if (!m_db.runNamed(QStringLiteral("INSERT OR IGNORE INTO warnings_sent(token_id,"
                                          " period_start, threshold) SELECT id, inactive_since,"
                                          " :threshold FROM tokens WHERE %1 AND %2 <= :threshold")
                               .arg(due, daysLeft),
                           values))
            return 0;
    }
    if (!tx.commit())
        return 0;
    if (recorded > 0)
        qCInfo(lcSandbox) << "Recorded" << recorded << "inactivity warning(s)";
    return recorded;
}

int TokenStore::endGracePeriods(qint64 now)
{
    if (m_db.scalar(QStringLiteral("SELECT EXISTS(SELECT 1 FROM tokens WHERE"
                                   " previous_secret_hash IS NOT NULL"
                                   " AND previous_secret_expires_at <= ?)"),
                    {now}) == 0)
        return 0;
    Database::Transaction tx(m_db);
    // Audited when detected (like inactivity), with the moment the grace ended.
    const auto audit = m_db.run(
        QStringLiteral("INSERT INTO audit(client_id, at, actor, action, token_id, detail)"
                       " SELECT client_id, ?, 'system', 'rotation_grace_end', id,"
                       " printf('The previous secret stopped working: its grace ended at %s.',"
                       " strftime('%Y-%m-%dT%H:%M:%SZ', previous_secret_expires_at, 'unixepoch'))"
                       " FROM tokens WHERE previous_secret_hash IS NOT NULL"
                       " AND previous_secret_expires_at <= ? ORDER BY previous_secret_expires_at,"
                       " seq"),
        {now, now});
    auto update = m_db.run(QStringLiteral("UPDATE tokens SET previous_secret_hash = NULL,"
                                          " previous_secret_expires_at = NULL,"
                                          " version = version + 1"
                                          " WHERE previous_secret_hash IS NOT NULL"
                                          " AND previous_secret_expires_at <= ?"),
                           {now});
    if (!audit || !update || !tx.commit())
        return 0;
    const int count = update->numRowsAffected();
    qCInfo(lcSandbox) << "Ended the rotation grace of" << count << "token(s)";
    return count;
}

void TokenStore::applyDeadlines(qint64 now)
{
    endGracePeriods(now);
    disableExpired(now);
}

std::optional<QJsonObject> TokenStore::token(qint64 clientId, const QString& id, int* version)
{
    auto q = m_db.run(selectTokenSql() + QStringLiteral("WHERE t.client_id = ? AND t.id = ?"),
                      {clientId, id});
    if (!q || !q->next())
        return std::nullopt;
    return tokenJson(*q, version);
}

std::optional<TokenStore::Page> TokenStore::listTokens(qint64 clientId, qint64 afterSeq, int limit)
{
    auto q = m_db.run(selectTokenSql() + QStringLiteral("WHERE t.client_id = ? AND t.seq > ?"
                                                        " ORDER BY t.seq LIMIT ?"),
                      {clientId, afterSeq, limit + 1});
    if (!q)
        return std::nullopt;
    Page page;
    JsonWriter out(qsizetype(limit) * 420);
    out.beginArray();
    qint64 lastSeq = 0;
    while (q->next()) {
        if (page.count == limit) {
            page.nextCursor = CursorCodec::encode(lastSeq);
            break;
        }
        lastSeq = q->value(ColSeq).toLongLong();
        writeToken(out, *q);
        ++page.count;
    }
    out.endArray();
    page.itemsJson = out.take();
    return page;
}

std::optional<TokenStore::Page> TokenStore::listAudit(qint64 clientId, qint64 beforeSeq, int limit)
{
    return auditPage(QStringLiteral("client_id = ? AND seq < ?"), {clientId, beforeSeq}, limit);
}

std::optional<TokenStore::Page> TokenStore::listTokenAudit(qint64 clientId, const QString& tokenId,
                                                           qint64 beforeSeq, int limit)
{
    return auditPage(QStringLiteral("client_id = ? AND token_id = ? AND seq < ?"),
                     {clientId, tokenId, beforeSeq}, limit);
}

std::optional<TokenStore::Page> TokenStore::auditPage(const QString& where,
                                                      const QVariantList& binds, int limit)
{
    QVariantList values = binds;
    values.append(limit + 1);
    auto q = m_db.run(QStringLiteral("SELECT seq, at, actor, action, token_id, detail FROM audit"
                                     " WHERE %1 ORDER BY seq DESC LIMIT ?")
                          .arg(where),
                      values);
    if (!q)
        return std::nullopt;
    Page page;
    JsonWriter out(qsizetype(limit) * 200);
    out.beginArray();
    qint64 lastSeq = 0;
    while (q->next()) {
        if (page.count == limit) {
            page.nextCursor = CursorCodec::encode(lastSeq);
            break;
        }
        lastSeq = q->value(0).toLongLong();
        out.beginObject();
        out.key("at");
        out.value(TimeFormat::rfc3339(q->value(1).toLongLong()));
        out.key("actor");
        out.value(q->value(2).toString());
        out.key("action");
        out.value(q->value(3).toString());
        out.key("tokenId");
        if (q->value(4).isNull())
            out.null();
        else
            out.value(q->value(4).toString());
        out.key("detail");
        out.value(q->value(5).toString());
        out.endObject();
        ++page.count;
    }
    out.endArray();
    page.itemsJson = out.take();
    return page;
}

std::optional<QJsonArray> TokenStore::activity(const QString& tokenId, int limit)
{
    auto q = m_db.run(QStringLiteral("SELECT at, method, path, status FROM activity"
                                     " WHERE token_id = ? ORDER BY seq DESC LIMIT ?"),
                      {tokenId, limit});
    if (!q)
        return std::nullopt;
    QJsonArray items;
    while (q->next()) {
        items.append(QJsonObject{
            {QStringLiteral("at"), TimeFormat::rfc3339(q->value(0).toLongLong())},
            {QStringLiteral("method"), q->value(1).toString()},
            {QStringLiteral("path"), q->value(2).toString()},
            {QStringLiteral("status"), q->value(3).toInt()},
        });
    }
    return items;
}

std::optional<QJsonArray> TokenStore::usage(const QString& tokenId, qint64 since)
{
    auto q = m_db.run(QStringLiteral("SELECT area, COUNT(*), MAX(at) FROM activity"
                                     " WHERE token_id = ? AND at > ? AND status = 200"
                                     " AND area IS NOT NULL GROUP BY area"),
                      {tokenId, since});
    if (!q)
        return std::nullopt;
    QHash<QString, QPair<qint64, qint64>> counted; // area -> calls, last call
    while (q->next())
        counted.insert(q->value(0).toString(),
                       {q->value(1).toLongLong(), q->value(2).toLongLong()});
    QJsonArray areas;
    for (const QString& area : InputRules::knownAreas()) {
        const auto it = counted.constFind(area);
        areas.append(
            QJsonObject{{QStringLiteral("area"), area},
                        {QStringLiteral("calls"), it == counted.cend() ? 0 : it->first},
                        {QStringLiteral("lastCallAt"),
                         it == counted.cend() ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(TimeFormat::rfc3339(it->second))}});
    }
    return areas;
}

TokenStore::Result TokenStore::provision(qint64 clientId, qint64 userId, const QString& name,
                                         const TokenAccess& access, const QString& actor,
                                         qint64 now, QJsonObject* token, QString* secret)
{
    const QString id = SecretGenerator::tokenId();
    const QString key = SecretGenerator::tokenKey();
    const QString newSecret = SecretGenerator::tokenSecret();
    Database::Transaction tx(m_db);
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO tokens(id, client_id, user_id, name, key, secret_hash, access, status,"
        " created_at, created_by, inactive_since, auto_disable_at, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, 1)"));
    for (const QVariant& v :
         QVariantList{id, clientId, userId, name, key,
                      QString::fromLatin1(SecretHasher::hash(newSecret.toLatin1())),
                      access.toStorage(), now, actor, now, now + periodSecs})
        insert.addBindValue(v);
    if (!insert.exec()) {
        // The UNIQUE(user_id) constraint is what makes "one token per login" race-free.
        if (insert.lastError().text().contains(QLatin1String("tokens.user_id")))
            return Result::Exists;
        qCWarning(lcSandbox) << "Provisioning failed:" << insert.lastError().text();
        return Result::Failed;
    }
    if (!addAudit(clientId, now, actor, QStringLiteral("provision"), id,
                  QStringLiteral("Provisioned \"%1\" (access: %2).").arg(name, access.toStorage())))
        return Result::Failed;
    if (!tx.commit())
        return Result::Failed;
    auto created = this->token(clientId, id);
    if (!created)
        return Result::Failed;
    *token = *created;
    *secret = newSecret;
    return Result::Ok;
}

TokenStore::Result TokenStore::rename(qint64 clientId, const QString& id, int expectedVersion,
                                      const QString& name, const QString& actor, qint64 now,
                                      QJsonObject* token)
{
    Changes changes;
    changes.name = name;
    return update(clientId, id, expectedVersion, changes, actor, now, token);
}

TokenStore::Result TokenStore::update(qint64 clientId, const QString& id, int expectedVersion,
                                      const Changes& changes, const QString& actor, qint64 now,
                                      QJsonObject* token)
{
    Database::Transaction tx(m_db);
    int version = 0;
    auto current = this->token(clientId, id, &version);
    if (!current)
        return Result::NotFound;
    *token = *current;
    if (version != expectedVersion)
        return Result::VersionMismatch;
    struct Field
    {
        const char* column;
        const char* action;
        QString newValue;
        QString detail;
    };
    QVector<Field> changed;
    const QString oldName = current->value(QStringLiteral("name")).toString();
    if (changes.name && *changes.name != oldName)
        changed.append({"name", "rename", *changes.name,
                        QStringLiteral("Renamed \"%1\" to \"%2\".").arg(oldName, *changes.name)});
    const QString oldOwner = current->value(QStringLiteral("owner")).toString();
    if (changes.owner && *changes.owner != oldOwner)
        changed.append({"owner", "set_owner", *changes.owner,
                        changes.owner->isEmpty()
                            ? QStringLiteral("Cleared the owner (was \"%1\").").arg(oldOwner)
                            : QStringLiteral("Set the owner to \"%1\".").arg(*changes.owner)});
    const QString oldNotes = current->value(QStringLiteral("notes")).toString();
    if (changes.notes && *changes.notes != oldNotes)
        changed.append(
            {"notes", "set_notes", *changes.notes,
             QStringLiteral("Changed the notes (%1 characters).").arg(changes.notes->size())});
    const QString oldAccess =
        TokenAccess::fromJson(current->value(QStringLiteral("access"))).toStorage();
    if (changes.access && changes.access->toStorage() != oldAccess)
        changed.append({"access", "set_access", changes.access->toStorage(),
                        QStringLiteral("Changed access from %1 to %2.")
                            .arg(oldAccess, changes.access->toStorage())});
    if (changed.isEmpty())
        return Result::Ok; // nothing changed, so the version stays
    for (const Field& f : std::as_const(changed)) {
        // Column names come from the list above, never from the request.
        if (!m_db.run(QStringLiteral("UPDATE tokens SET %1 = ? WHERE client_id = ? AND id = ?")
                          .arg(QLatin1String(f.column)),
                      {f.newValue.isNull() ? QStringLiteral("") : f.newValue, clientId, id}) ||
            !addAudit(clientId, now, actor, QLatin1String(f.action), id, f.detail))
            return Result::Failed;
    }
    if (!m_db.run(QStringLiteral("UPDATE tokens SET version = version + 1"
                                 " WHERE client_id = ? AND id = ?"),
                  {clientId, id}) ||
        !tx.commit())
        return Result::Failed;
    *token = this->token(clientId, id).value_or(QJsonObject());
    return Result::Ok;
}

TokenStore::Result TokenStore::rotate(qint64 clientId, const QString& id, int graceHours,
                                      const QString& actor, qint64 now, QJsonObject* token,
                                      QString* secret, qint64* previousExpiresAt)
{
    const QString newSecret = SecretGenerator::tokenSecret();
    Database::Transaction tx(m_db);
    auto current = this->token(clientId, id);
    if (!current)
        return Result::NotFound;
    *token = *current;
    if (current->value(QStringLiteral("status")).toString() != QLatin1String("active"))
        return Result::Disabled;
    // Two secrets at most: the one being replaced keeps working for the grace, and a secret
    // still in an earlier grace stops now.
    const qint64 expires = graceHours > 0 ? now + qint64(graceHours) * 3600 : 0;
    const QString hash = QString::fromLatin1(SecretHasher::hash(newSecret.toLatin1()));
    const bool updated =
        expires > 0
            ? m_db.run(QStringLiteral("UPDATE tokens SET previous_secret_hash = secret_hash,"
                                      " previous_secret_expires_at = ?, secret_hash = ?,"
                                      " rotated_at = ?, version = version + 1"
                                      " WHERE client_id = ? AND id = ?"),
                       {expires, hash, now, clientId, id})
                  .has_value()
            : m_db.run(QStringLiteral("UPDATE tokens SET previous_secret_hash = NULL,"
                                      " previous_secret_expires_at = NULL, secret_hash = ?,"
                                      " rotated_at = ?, version = version + 1"
                                      " WHERE client_id = ? AND id = ?"),
                       {hash, now, clientId, id})
                  .has_value();
    const QString detail =
        expires > 0 ? QStringLiteral("Rotated the secret; the previous one works until %1.")
                          .arg(TimeFormat::rfc3339(expires))
                    : QStringLiteral("Rotated the secret; the previous one stopped working.");
    if (!updated || !addAudit(clientId, now, actor, QStringLiteral("rotate"), id, detail) ||
        !tx.commit())
        return Result::Failed;
    *token = this->token(clientId, id).value_or(QJsonObject());
    *secret = newSecret;
    *previousExpiresAt = expires;
    return Result::Ok;
}

TokenStore::Result TokenStore::disable(qint64 clientId, const QString& id, const QString& actor,
                                       qint64 now, QJsonObject* token)
{
    Database::Transaction tx(m_db);
    auto current = this->token(clientId, id);
    if (!current)
        return Result::NotFound;
    *token = *current;
    if (current->value(QStringLiteral("status")).toString() != QLatin1String("active"))
        return Result::AlreadyDisabled;
    if (!m_db.run(QStringLiteral("UPDATE tokens SET status = 'disabled',"
                                 " disabled_reason = 'manual', disabled_at = ?,"
                                 " auto_disable_at = NULL, version = version + 1"
                                 " WHERE client_id = ? AND id = ?"),
                  {now, clientId, id}) ||
        !addAudit(clientId, now, actor, QStringLiteral("disable"), id,
                  QStringLiteral("Disabled by %1.").arg(actor)) ||
        !tx.commit())
        return Result::Failed;
    *token = this->token(clientId, id).value_or(QJsonObject());
    return Result::Ok;
}

TokenStore::Result TokenStore::enable(qint64 clientId, const QString& id, const QString& actor,
                                      qint64 now, QJsonObject* token)
{
    Database::Transaction tx(m_db);
    auto current = this->token(clientId, id);
    if (!current)
        return Result::NotFound;
    *token = *current;
    if (current->value(QStringLiteral("status")).toString() == QLatin1String("active"))
        return Result::AlreadyActive;
    // Enabling restarts the inactivity count (D6/D8): inactiveSince becomes now.
    if (!m_db.run(QStringLiteral("UPDATE tokens SET status = 'active', disabled_reason = NULL,"
                                 " disabled_at = NULL, last_enabled_at = ?, inactive_since = ?,"
                                 " auto_disable_at = ?, version = version + 1"
                                 " WHERE client_id = ? AND id = ?"),
                  {now, now, now + periodSecs, clientId, id}) ||
        !addAudit(clientId, now, actor, QStringLiteral("enable"), id,
                  QStringLiteral("Enabled by %1; the inactivity count restarts.").arg(actor)) ||
        !tx.commit())
        return Result::Failed;
    *token = this->token(clientId, id).value_or(QJsonObject());
    return Result::Ok;
}

std::optional<TokenStore::Credential> TokenStore::credentialByKey(const QString& key)
{
    auto q = m_db.run(QStringLiteral("SELECT id, client_id, status, secret_hash, access,"
                                     " quota_day, quota_calls, previous_secret_hash,"
                                     " previous_secret_expires_at FROM tokens WHERE key = ?"),
                      {key});
    if (!q || !q->next())
        return std::nullopt;
    Credential c;
    c.id = q->value(0).toString();
    c.clientId = q->value(1).toLongLong();
    c.active = q->value(2).toString() == QLatin1String("active");
    c.secretHash = q->value(3).toString().toLatin1();
    c.access = TokenAccess::fromStorage(q->value(4).toString());
    c.quotaDay = q->value(5).toLongLong();
    c.quotaCalls = q->value(6).toLongLong();
    c.previousSecretHash = q->value(7).toString().toLatin1();
    c.previousSecretExpiresAt = q->value(8).toLongLong();
    return c;
}

bool TokenStore::recordActivity(const QString& tokenId, qint64 now, const QString& method,
                                const QString& path, int status, const QString& area)
{
    const qint64 day = now / Clock::secsPerDay;
    Database::Transaction tx(m_db);
    return m_db.run(QStringLiteral(
                        "UPDATE tokens SET last_activity_at = ?, inactive_since = ?,"
                        " auto_disable_at = ?, version = version + 1,"
                        " quota_calls = CASE WHEN quota_day = ? THEN quota_calls + 1 ELSE 1 END,"
                        " quota_day = ? WHERE id = ? AND status = 'active'"),
                    {now, now, now + periodSecs, day, day, tokenId}) &&
           m_db.run(QStringLiteral("INSERT INTO activity(token_id, at, method, path, status,"
                                   " area) VALUES (?, ?, ?, ?, ?, ?)"),
                    {tokenId, now, method, path, status,
                     area.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(area)}) &&
           tx.commit();
}

bool TokenStore::addAudit(qint64 clientId, qint64 at, const QString& actor, const QString& action,
                          const QString& tokenId, const QString& detail)
{
    return m_db
        .run(QStringLiteral("INSERT INTO audit(client_id, at, actor, action, token_id, detail)"
                            " VALUES (?, ?, ?, ?, ?, ?)"),
             {clientId, at, actor, action,
              tokenId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(tokenId),
              detail})
        .has_value();
}

} // namespace TokenConsole::Sandbox
