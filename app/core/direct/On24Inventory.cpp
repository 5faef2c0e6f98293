// SPDX-License-Identifier: GPL-3.0-or-later
#include "direct/On24Inventory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>
#include <algorithm>
#include <atomic>

namespace TokenConsole {

namespace {

Q_LOGGING_CATEGORY(lcInventory, "tokenconsole.inventory")

// PRAGMA user_version: 0 is a new file. A schema change raises it and adds a step to open().
constexpr int schemaVersion = 1;
constexpr int busyTimeoutMs = 5000;
constexpr qint64 quotaBackOffSeconds = 60 * 60;

constexpr QFileDevice::Permissions privateFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// SQLite's companions of a database file. With journal_mode=DELETE only -journal appears, and
// only during a write; SQLite gives it the database file's permissions.
const char* const companionSuffixes[] = {"-journal", "-wal", "-shm"};

const QString columns = QStringLiteral(
    "key, name, owner, notes, login, added_at, added_by, last_activity_at, activity_source, "
    "last_verified_at, last_verify_outcome, last_verify_message, keep_alive, keep_alive_by, "
    "keep_alive_changed_at, status, retry_not_before");

// A token secret is 128 hex characters: text holding such a run must not reach the file.
const QRegularExpression& secretLike()
{
    static const QRegularExpression re(QStringLiteral("[0-9A-Fa-f]{128,}"));
    return re;
}

// A null QString binds as SQL NULL; text columns are NOT NULL, so unknown text is "".
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant redacted(QString value)
{
    return text(value.replace(secretLike(), QStringLiteral("\u2026")));
}

bool holdsSecretLikeText(const InventoryEntry& e)
{
    for (const QString* field :
         {&e.key, &e.name, &e.owner, &e.notes, &e.login, &e.addedBy, &e.keepAliveBy}) {
        if (field->contains(secretLike()))
            return true;
    }
    return false;
}

bool isKnownOutcome(const QString& outcome)
{
    static const QStringList known = {
        QStringLiteral("works"),          QStringLiteral("wrong_pair"),
        QStringLiteral("deactivated"),    QStringLiteral("quota"),
        QStringLiteral("no_permission"),  QStringLiteral("client_inactive"),
        QStringLiteral("client_unknown"), QStringLiteral("no_access_to_client"),
        QStringLiteral("failed")};
    return known.contains(outcome);
}

// Times as UTC ISO 8601 with milliseconds, so they sort as text; NULL when unknown.
QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString activitySourceName(InventoryEntry::ActivitySource source)
{
    switch (source) {
    case InventoryEntry::ActivitySource::Entered:
        return QStringLiteral("entered");
    case InventoryEntry::ActivitySource::Verify:
        return QStringLiteral("verify");
    case InventoryEntry::ActivitySource::None:
        break;
    }
    return QStringLiteral("none");
}

InventoryEntry::ActivitySource activitySourceFrom(const QString& name)
{
    if (name == QLatin1String("entered"))
        return InventoryEntry::ActivitySource::Entered;
    if (name == QLatin1String("verify"))
        return InventoryEntry::ActivitySource::Verify;
    return InventoryEntry::ActivitySource::None;
}

QString statusName(InventoryEntry::Status status)
{
    switch (status) {
    case InventoryEntry::Status::Works:
        return QStringLiteral("works");
    case InventoryEntry::Status::Deactivated:
        return QStringLiteral("deactivated");
    case InventoryEntry::Status::WrongPair:
        return QStringLiteral("wrong_pair");
    case InventoryEntry::Status::Unverified:
        break;
    }
    return QStringLiteral("unverified");
}

InventoryEntry::Status statusFrom(const QString& name)
{
    if (name == QLatin1String("works"))
        return InventoryEntry::Status::Works;
    if (name == QLatin1String("deactivated"))
        return InventoryEntry::Status::Deactivated;
    if (name == QLatin1String("wrong_pair"))
        return InventoryEntry::Status::WrongPair;
    return InventoryEntry::Status::Unverified;
}

// The values of `columns`, in order.
QVariantList rowValues(const InventoryEntry& e)
{
    return {text(e.key),
            text(e.name),
            text(e.owner),
            text(e.notes),
            text(e.login),
            timeValue(e.addedAt),
            text(e.addedBy),
            timeValue(e.lastActivityAt),
            activitySourceName(e.activitySource),
            timeValue(e.lastVerifiedAt),
            text(e.lastVerifyOutcome),
            redacted(e.lastVerifyMessage),
            e.keepAlive ? 1 : 0,
            text(e.keepAliveBy),
            timeValue(e.keepAliveChangedAt),
            statusName(e.status),
            timeValue(e.retryNotBefore)};
}

InventoryEntry entryFrom(const QSqlQuery& q)
{
    InventoryEntry e;
    e.key = q.value(0).toString();
    e.name = q.value(1).toString();
    e.owner = q.value(2).toString();
    e.notes = q.value(3).toString();
    e.login = q.value(4).toString();
    e.addedAt = timeFrom(q.value(5));
    e.addedBy = q.value(6).toString();
    e.lastActivityAt = timeFrom(q.value(7));
    e.activitySource = activitySourceFrom(q.value(8).toString());
    e.lastVerifiedAt = timeFrom(q.value(9));
    e.lastVerifyOutcome = q.value(10).toString();
    e.lastVerifyMessage = q.value(11).toString();
    e.keepAlive = q.value(12).toInt() != 0;
    e.keepAliveBy = q.value(13).toString();
    e.keepAliveChangedAt = timeFrom(q.value(14));
    e.status = statusFrom(q.value(15).toString());
    e.retryNotBefore = timeFrom(q.value(16));
    return e;
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

// What a failed statement means for the person using the console.
QString sqlProblem(const QSqlError& e, const QString& path)
{
    // Primary SQLite result codes (the low byte of an extended code).
    enum {
        Perm = 3,
        Busy = 5,
        Locked = 6,
        ReadOnly = 8,
        IoErr = 10,
        Corrupt = 11,
        Full = 13,
        CantOpen = 14,
        NotADb = 26
    };
    switch (e.nativeErrorCode().toInt() & 0xff) {
    case Full:
        return On24Inventory::tr("The disk holding the inventory %1 is full, so nothing was saved. "
                                 "Free some space, then try again.")
            .arg(nativePath(path));
    case ReadOnly:
    case Perm:
        return On24Inventory::tr("The inventory %1 is read-only, so nothing was saved. Check the "
                                 "permissions of the file and of its folder, then try again.")
            .arg(nativePath(path));
    case Busy:
    case Locked:
        return On24Inventory::tr("Another Token Console window or command is writing to the "
                                 "inventory %1. Try again in a moment.")
            .arg(nativePath(path));
    case Corrupt:
    case NotADb:
        return On24Inventory::tr("The inventory %1 is damaged or is not an inventory file. Move it "
                                 "aside and add the tokens again; their secrets are still in the "
                                 "keychain.")
            .arg(nativePath(path));
    case CantOpen:
        return On24Inventory::tr("Token Console could not open the inventory %1. Check that its "
                                 "folder exists and that you may write to it, then try again.")
            .arg(nativePath(path));
    case IoErr:
        return On24Inventory::tr("The disk failed while reading or writing the inventory %1 (%2). "
                                 "Check the disk, then try again.")
            .arg(nativePath(path), e.text());
    default:
        break;
    }
    return On24Inventory::tr("Token Console could not read or write the inventory %1 (%2). Check "
                             "the disk and the permissions of the file and of its folder, then "
                             "try again.")
        .arg(nativePath(path), e.text());
}

// Prepares, binds in order and runs one statement. nullopt and `error` on failure.
std::optional<QSqlQuery> run(const QString& connection, const QString& path, const QString& sql,
                             const QVariantList& binds, QString* error)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant& value : binds)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        // The SQL and the driver's text, never the bound values.
        qCWarning(lcInventory) << "inventory statement failed:" << sql.left(60)
                               << query.lastError().text();
        setError(error, sqlProblem(query.lastError(), path));
        return std::nullopt;
    }
    return query;
}

bool makePrivate(const QString& path, QFileDevice::Permissions permissions)
{
    return QFile::setPermissions(path, permissions);
}

std::atomic<quint64> connectionCounter{0};

QString notOpenProblem(const QString& profile)
{
    return On24Inventory::tr("The inventory of profile \u201c%1\u201d is not open, so nothing "
                             "was saved. Open the profile again, then try again.")
        .arg(profile);
}

QString secretLikeProblem()
{
    return On24Inventory::tr("A field of this token holds a long hexadecimal text that looks like "
                             "a token secret, so nothing was saved. Secrets belong in the keychain "
                             "only: remove it from the key, name, owner, login or notes, then try "
                             "again.");
}

QString missingProblem(const QString& key, const QString& profile)
{
    return On24Inventory::tr("The token %1 is not in the inventory of profile \u201c%2\u201d. It "
                             "may have been forgotten in another window: reload the list.")
        .arg(key, profile);
}

} // namespace

On24Inventory::On24Inventory(QString profileName)
    : m_profileName(std::move(profileName)),
      m_connectionName(QStringLiteral("tokenconsole.inventory.%1").arg(++connectionCounter))
{
}

On24Inventory::~On24Inventory()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString On24Inventory::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/inventory");
}

QString On24Inventory::databasePath(const QString& profileName)
{
    // Hex of the UTF-8 name: no separator, dot or case can reach the file system, so "a/../b",
    // "Prod" and "prod" stay distinct files inside directory(), even on case-insensitive disks.
    // A long name is hashed instead, so the path stays well within Windows' 260 characters.
    const QByteArray utf8 = profileName.toUtf8();
    const QString encoded =
        utf8.size() <= 48
            ? QString::fromLatin1(utf8.toHex())
            : QStringLiteral("sha256-") +
                  QString::fromLatin1(
                      QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
    return directory() + QStringLiteral("/profile-") + encoded + QStringLiteral(".sqlite");
}

QString On24Inventory::currentUserName()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // A session without those (a service, a container): the home folder is named after the user.
    return QFileInfo(QDir::homePath()).fileName();
}

bool On24Inventory::isOpen() const
{
    return m_open;
}

bool On24Inventory::open(QString* error)
{
    if (m_open)
        return true;
    const QString folder = directory();
    const QString path = databasePath(m_profileName);

    // Created 0700 (QDir::mkdir applies the mode at creation, so no window of wider access);
    // an existing folder is narrowed too, whoever made it.
    QDir dir(folder);
    if (!dir.exists()) {
        if (!QDir().mkpath(QFileInfo(folder).absolutePath()) ||
            (!QDir().mkdir(folder, privateFolder) && !dir.exists())) {
            setError(error, tr("Token Console could not create the inventory folder %1. Check that "
                               "you may write to its parent folder and that the disk is not full, "
                               "then try again.")
                                .arg(nativePath(folder)));
            return false;
        }
    }
    if (!makePrivate(folder, privateFolder)) {
        setError(error, tr("Token Console could not make the inventory folder %1 private to your "
                           "user account. Check who owns it, then try again.")
                            .arg(nativePath(folder)));
        return false;
    }

    // Create the file 0600 before SQLite does, which would use the umask (often 0644).
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, privateFile) &&
            !QFileInfo::exists(path)) {
            setError(error, tr("Token Console could not create the inventory file %1 (%2). Check "
                               "that you may write to its folder and that the disk is not full, "
                               "then try again.")
                                .arg(nativePath(path), file.errorString()));
            return false;
        }
    }
    QStringList files = {path};
    for (const char* suffix : companionSuffixes) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            files.append(path + QLatin1String(suffix));
    }
    for (const QString& file : files) {
        if (!makePrivate(file, privateFile)) {
            setError(error, tr("Token Console could not make the inventory file %1 private to "
                               "your user account. Check who owns it, then try again.")
                                .arg(nativePath(file)));
            return false;
        }
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open()) {
            setError(error, sqlProblem(db.lastError(), path));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }

    const auto fail = [this](QString* err, const QString& text) {
        setError(err, text);
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    };

    QString problem;
    // DELETE: the rollback journal exists only during a write (no lasting -wal/-shm files);
    // secure_delete: a forgotten token's row is overwritten, not left in free pages.
    if (!run(m_connectionName, path, QStringLiteral("PRAGMA journal_mode = DELETE"), {},
             &problem) ||
        !run(m_connectionName, path, QStringLiteral("PRAGMA secure_delete = ON"), {}, &problem))
        return fail(error, problem);

    auto version = run(m_connectionName, path, QStringLiteral("PRAGMA user_version"), {}, &problem);
    if (!version)
        return fail(error, problem);
    if (!version->next())
        return fail(error, sqlProblem(version->lastError(), path));
    const int found = version->value(0).toInt();
    version.reset();
    if (found > schemaVersion) {
        return fail(error, tr("The inventory %1 was written by a newer version of Token Console. "
                              "Update Token Console to use this profile.")
                               .arg(nativePath(path)));
    }
    if (found < schemaVersion) {
        // IMMEDIATE: two processes opening a new file at once create the schema one at a time.
        const QStringList steps = {QStringLiteral("BEGIN IMMEDIATE"),
                                   QStringLiteral("CREATE TABLE IF NOT EXISTS tokens ("
                                                  " key TEXT PRIMARY KEY NOT NULL,"
                                                  " name TEXT NOT NULL DEFAULT '',"
                                                  " owner TEXT NOT NULL DEFAULT '',"
                                                  " notes TEXT NOT NULL DEFAULT '',"
                                                  " login TEXT NOT NULL DEFAULT '',"
                                                  " added_at TEXT,"
                                                  " added_by TEXT NOT NULL DEFAULT '',"
                                                  " last_activity_at TEXT,"
                                                  " activity_source TEXT NOT NULL DEFAULT 'none',"
                                                  " last_verified_at TEXT,"
                                                  " last_verify_outcome TEXT NOT NULL DEFAULT '',"
                                                  " last_verify_message TEXT NOT NULL DEFAULT '',"
                                                  " keep_alive INTEGER NOT NULL DEFAULT 0,"
                                                  " keep_alive_by TEXT NOT NULL DEFAULT '',"
                                                  " keep_alive_changed_at TEXT,"
                                                  " status TEXT NOT NULL DEFAULT 'unverified',"
                                                  " retry_not_before TEXT)"),
                                   QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion),
                                   QStringLiteral("COMMIT")};
        for (const QString& step : steps) {
            if (!run(m_connectionName, path, step, {}, &problem)) {
                run(m_connectionName, path, QStringLiteral("ROLLBACK"), {}, nullptr);
                return fail(error, problem);
            }
        }
    }
    m_open = true;
    return true;
}

QVector<InventoryEntry> On24Inventory::entries() const
{
    QVector<InventoryEntry> out;
    if (!m_open)
        return out;
    auto query = run(m_connectionName, databasePath(m_profileName),
                     QStringLiteral("SELECT %1 FROM tokens").arg(columns), {}, nullptr);
    if (!query)
        return out;
    while (query->next())
        out.append(entryFrom(*query));
    std::sort(out.begin(), out.end(), [](const InventoryEntry& a, const InventoryEntry& b) {
        const int byName = a.name.localeAwareCompare(b.name);
        return byName != 0 ? byName < 0 : a.key < b.key;
    });
    return out;
}

std::optional<InventoryEntry> On24Inventory::entry(const QString& key) const
{
    if (!m_open)
        return std::nullopt;
    auto query =
        run(m_connectionName, databasePath(m_profileName),
            QStringLiteral("SELECT %1 FROM tokens WHERE key = ?").arg(columns), {key}, nullptr);
    if (!query || !query->next())
        return std::nullopt;
    return entryFrom(*query);
}

bool On24Inventory::contains(const QString& key) const
{
    if (!m_open)
        return false;
    auto query = run(m_connectionName, databasePath(m_profileName),
                     QStringLiteral("SELECT 1 FROM tokens WHERE key = ?"), {key}, nullptr);
    return query && query->next();
}

On24Inventory::AddResult On24Inventory::add(const InventoryEntry& entry, QString* error)
{
    if (!m_open) {
        setError(error, notOpenProblem(m_profileName));
        return AddResult::Failed;
    }
    if (entry.key.isEmpty()) {
        setError(error, tr("The token has no key, so it was not added. Enter its key, then try "
                           "again."));
        return AddResult::Failed;
    }
    if (holdsSecretLikeText(entry)) {
        setError(error, secretLikeProblem());
        return AddResult::Failed;
    }
    InventoryEntry row = entry;
    if (!row.addedAt.isValid())
        row.addedAt = QDateTime::currentDateTimeUtc();
    if (row.addedBy.isEmpty())
        row.addedBy = currentUserName();

    const QString path = databasePath(m_profileName);
    QStringList marks;
    for (int i = 0; i < int(rowValues(row).size()); ++i)
        marks.append(QStringLiteral("?"));
    auto query = run(m_connectionName, path,
                     QStringLiteral("INSERT INTO tokens (%1) VALUES (%2) ON CONFLICT (key) DO "
                                    "NOTHING")
                         .arg(columns, marks.join(QStringLiteral(", "))),
                     rowValues(row), error);
    if (!query)
        return AddResult::Failed;
    if (query->numRowsAffected() > 0)
        return AddResult::Added;

    const auto present = this->entry(entry.key);
    const QString name = present ? present->name : QString();
    setError(error, name.isEmpty()
                        ? tr("The token %1 is already in the inventory of profile \u201c%2\u201d.")
                              .arg(entry.key, m_profileName)
                        : tr("The token %1 is already in the inventory of profile \u201c%2\u201d, "
                             "named \u201c%3\u201d.")
                              .arg(entry.key, m_profileName, name));
    return AddResult::AlreadyPresent;
}

bool On24Inventory::update(const InventoryEntry& entry, QString* error)
{
    if (!m_open) {
        setError(error, notOpenProblem(m_profileName));
        return false;
    }
    if (holdsSecretLikeText(entry)) {
        setError(error, secretLikeProblem());
        return false;
    }
    QStringList assignments;
    const QStringList names = columns.split(QStringLiteral(", "));
    for (int i = 1; i < int(names.size()); ++i)
        assignments.append(names.at(i) + QStringLiteral(" = ?"));
    QVariantList binds = rowValues(entry);
    binds.append(binds.takeFirst()); // the key goes last, for WHERE
    auto query = run(m_connectionName, databasePath(m_profileName),
                     QStringLiteral("UPDATE tokens SET %1 WHERE key = ?")
                         .arg(assignments.join(QStringLiteral(", "))),
                     binds, error);
    if (!query)
        return false;
    if (query->numRowsAffected() == 0) {
        setError(error, missingProblem(entry.key, m_profileName));
        return false;
    }
    return true;
}

bool On24Inventory::remove(const QString& key, QString* error)
{
    if (!m_open) {
        setError(error, notOpenProblem(m_profileName));
        return false;
    }
    auto query = run(m_connectionName, databasePath(m_profileName),
                     QStringLiteral("DELETE FROM tokens WHERE key = ?"), {key}, error);
    if (!query)
        return false;
    if (query->numRowsAffected() == 0) {
        setError(error, missingProblem(key, m_profileName));
        return false;
    }
    return true;
}

bool On24Inventory::recordVerify(const QString& key, const QDateTime& at, const QString& outcome,
                                 const QString& message, QString* error)
{
    if (!m_open) {
        setError(error, notOpenProblem(m_profileName));
        return false;
    }
    if (!isKnownOutcome(outcome)) {
        setError(error, tr("\u201c%1\u201d is not a verify outcome Token Console knows, so "
                           "nothing was recorded.")
                            .arg(outcome));
        return false;
    }
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    QString sql = QStringLiteral(
        "UPDATE tokens SET last_verified_at = ?, last_verify_outcome = ?, last_verify_message = ?");
    QVariantList binds = {timeValue(when), outcome, redacted(message)};
    if (outcome == QLatin1String("works")) {
        // A successful call is activity on ON24's side: the countdown restarts from it.
        sql += QStringLiteral(", status = ?, last_activity_at = ?, activity_source = ?, "
                              "retry_not_before = NULL");
        binds << statusName(InventoryEntry::Status::Works) << timeValue(when)
              << activitySourceName(InventoryEntry::ActivitySource::Verify);
    } else if (outcome == QLatin1String("deactivated")) {
        sql += QStringLiteral(", status = ?");
        binds << statusName(InventoryEntry::Status::Deactivated);
    } else if (outcome == QLatin1String("wrong_pair")) {
        sql += QStringLiteral(", status = ?");
        binds << statusName(InventoryEntry::Status::WrongPair);
    } else if (outcome == QLatin1String("quota")) {
        // The quota says nothing about the pair itself; keep-alive waits before calling again.
        sql += QStringLiteral(", retry_not_before = ?");
        binds << timeValue(when.addSecs(quotaBackOffSeconds));
    }
    sql += QStringLiteral(" WHERE key = ?");
    binds << key;
    auto query = run(m_connectionName, databasePath(m_profileName), sql, binds, error);
    if (!query)
        return false;
    if (query->numRowsAffected() == 0) {
        setError(error, missingProblem(key, m_profileName));
        return false;
    }
    return true;
}

bool On24Inventory::setKeepAlive(const QString& key, bool on, const QString& by,
                                 const QDateTime& at, QString* error)
{
    if (!m_open) {
        setError(error, notOpenProblem(m_profileName));
        return false;
    }
    if (by.contains(secretLike())) {
        setError(error, secretLikeProblem());
        return false;
    }
    const QString path = databasePath(m_profileName);
    // Only a change is recorded, so "who switched it on, and when" survives a repeated "on".
    auto query =
        run(m_connectionName, path,
            QStringLiteral("UPDATE tokens SET keep_alive = ?, keep_alive_by = ?, "
                           "keep_alive_changed_at = ? WHERE key = ? AND keep_alive <> ?"),
            {on ? 1 : 0, text(by.isEmpty() ? currentUserName() : by),
             timeValue(at.isValid() ? at : QDateTime::currentDateTimeUtc()), key, on ? 1 : 0},
            error);
    if (!query)
        return false;
    if (query->numRowsAffected() == 0 && !contains(key)) {
        setError(error, missingProblem(key, m_profileName));
        return false;
    }
    return true;
}

bool On24Inventory::removeProfile(const QString& profileName, QString* error)
{
    const QString path = databasePath(profileName);
    QStringList files = {path};
    for (const char* suffix : companionSuffixes)
        files.append(path + QLatin1String(suffix));
    for (const QString& name : files) {
        QFile file(name);
        if (file.exists() && !file.remove()) {
            setError(error, tr("Token Console could not delete the inventory file %1 (%2). Check "
                               "the permissions of its folder, then try again.")
                                .arg(nativePath(name), file.errorString()));
            return false;
        }
    }
    return true;
}

} // namespace TokenConsole
