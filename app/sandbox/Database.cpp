// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "SandboxLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStringList>
#include <QUuid>

namespace TokenConsole::Sandbox {

namespace {
const char* const schema[] = {
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS clients(id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
    " connect INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS subclients(id INTEGER PRIMARY KEY,"
    " client_id INTEGER NOT NULL REFERENCES clients(id),"
    " parent_id INTEGER REFERENCES subclients(id), name TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS users(id INTEGER PRIMARY KEY,"
    " client_id INTEGER NOT NULL REFERENCES clients(id), login TEXT NOT NULL UNIQUE,"
    " display_name TEXT NOT NULL, login_type TEXT NOT NULL, manage_users INTEGER NOT NULL,"
    " password_hash TEXT, job_title TEXT NOT NULL DEFAULT '', last_login_at INTEGER)",
    "CREATE INDEX IF NOT EXISTS users_by_client ON users(client_id, id)",
    // user_id UNIQUE is rule D7 (one token per login), enforced by the database itself.
    "CREATE TABLE IF NOT EXISTS tokens(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " id TEXT NOT NULL UNIQUE, client_id INTEGER NOT NULL REFERENCES clients(id),"
    " user_id INTEGER NOT NULL UNIQUE REFERENCES users(id), name TEXT NOT NULL,"
    " key TEXT NOT NULL UNIQUE, secret_hash TEXT NOT NULL, access TEXT NOT NULL,"
    " status TEXT NOT NULL CHECK(status IN ('active','disabled')), disabled_reason TEXT,"
    " created_at INTEGER NOT NULL, created_by TEXT NOT NULL, last_activity_at INTEGER,"
    " last_enabled_at INTEGER, inactive_since INTEGER NOT NULL, auto_disable_at INTEGER,"
    " disabled_at INTEGER, version INTEGER NOT NULL,"
    " quota_day INTEGER NOT NULL DEFAULT 0, quota_calls INTEGER NOT NULL DEFAULT 0,"
    " owner TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', rotated_at INTEGER,"
    " previous_secret_hash TEXT, previous_secret_expires_at INTEGER)",
    "CREATE INDEX IF NOT EXISTS tokens_by_client ON tokens(client_id, seq)",
    "CREATE INDEX IF NOT EXISTS tokens_due ON tokens(auto_disable_at) WHERE status = 'active'",
    "CREATE TABLE IF NOT EXISTS sessions(hash TEXT PRIMARY KEY,"
    " user_id INTEGER NOT NULL REFERENCES users(id), created_at INTEGER NOT NULL,"
    " last_used_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS audit(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " client_id INTEGER NOT NULL REFERENCES clients(id), at INTEGER NOT NULL,"
    " actor TEXT NOT NULL, action TEXT NOT NULL, token_id TEXT, detail TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS audit_by_client ON audit(client_id, seq)",
    "CREATE TABLE IF NOT EXISTS activity(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " token_id TEXT NOT NULL REFERENCES tokens(id), at INTEGER NOT NULL,"
    " method TEXT NOT NULL, path TEXT NOT NULL, status INTEGER NOT NULL, area TEXT)",
    "CREATE INDEX IF NOT EXISTS activity_by_token ON activity(token_id, seq)",
    // One warning per token, per inactivity period (its inactive_since), per threshold.
    "CREATE TABLE IF NOT EXISTS warnings_sent(token_id TEXT NOT NULL REFERENCES tokens(id),"
    " period_start INTEGER NOT NULL, threshold INTEGER NOT NULL,"
    " PRIMARY KEY(token_id, period_start, threshold))",
    "CREATE TABLE IF NOT EXISTS events(id INTEGER PRIMARY KEY,"
    " client_id INTEGER NOT NULL REFERENCES clients(id), json TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS events_by_client ON events(client_id, id)",
    "CREATE TABLE IF NOT EXISTS registrants(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " event_id INTEGER NOT NULL REFERENCES events(id), json TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS registrants_by_event ON registrants(event_id, seq)",
    "CREATE TABLE IF NOT EXISTS attendees(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " event_id INTEGER NOT NULL REFERENCES events(id), json TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS attendees_by_event ON attendees(event_id, seq)",
};

// Columns added after the first release: ALTER TABLE brings an older data folder up to date
// (CREATE TABLE above already has them for a new one).
struct AddedColumn
{
    const char* table;
    const char* column;
    const char* definition;
};
const AddedColumn addedColumns[] = {
    {"users", "job_title", "TEXT NOT NULL DEFAULT ''"},
    {"users", "last_login_at", "INTEGER"},
    // Token Admin API v1.1: owner and notes, rotation with a grace period, usage by area.
    {"tokens", "owner", "TEXT NOT NULL DEFAULT ''"},
    {"tokens", "notes", "TEXT NOT NULL DEFAULT ''"},
    {"tokens", "rotated_at", "INTEGER"},
    {"tokens", "previous_secret_hash", "TEXT"},
    {"tokens", "previous_secret_expires_at", "INTEGER"},
    {"activity", "area", "TEXT"},
};

// Indexes on added columns: created after the columns exist in an older data folder too.
const char* const lateIndexes[] = {
    "CREATE INDEX IF NOT EXISTS tokens_grace ON tokens(previous_secret_expires_at)"
    " WHERE previous_secret_hash IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS activity_by_token_time ON activity(token_id, at)",
    "CREATE INDEX IF NOT EXISTS audit_by_token ON audit(token_id, seq)",
};

constexpr QFile::Permissions privateFolder = QFile::ReadOwner | QFile::WriteOwner |
                                             QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser |
                                             QFile::ExeUser;
constexpr QFile::Permissions privateFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

// The folder holds password hashes and token metadata, so it is private (0700) whatever the
// umask: every folder created on the way to it too, and the folder itself even when an older
// version made it 0755.
bool makePrivateFolder(const QString& path)
{
    QStringList missing;
    for (QString dir = QDir::cleanPath(QDir(path).absolutePath()); !QFileInfo::exists(dir);
         dir = QFileInfo(dir).absolutePath()) {
        missing.prepend(dir);
        if (QFileInfo(dir).isRoot())
            break;
    }
    for (const QString& dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir, privateFolder) && !QFileInfo(dir).isDir())
            return false;
    }
    if (!QFileInfo(path).isDir())
        return false;
    // A folder someone else owns cannot be tightened; the sandbox still works in it.
    if (!QFile::setPermissions(path, privateFolder))
        qCWarning(lcSandbox) << "Could not make the data folder private (0700):" << path;
    return true;
}

// SQLite creates the database with 0644 minus the umask, and its -wal and -shm files with the
// database's own mode: creating the database 0600 first makes all three private.
bool makePrivateDatabaseFiles(const QString& database)
{
    QFile file(database);
    if (!file.exists() && file.open(QIODevice::WriteOnly | QIODevice::NewOnly, privateFile))
        file.close();
    bool ok = QFile::setPermissions(database, privateFile);
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const QString companion = database + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            ok = QFile::setPermissions(companion, privateFile) && ok;
    }
    return ok;
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("tokenconsole-sandbox-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

bool Database::open(const QString& directory, QString* error)
{
    close(); // a retry after a failed start must not add a duplicate connection
    if (!makePrivateFolder(directory)) {
        *error = tr("Cannot create the data folder %1: check the path and its permissions.")
                     .arg(directory);
        return false;
    }
    const QString file = QDir(directory).filePath(QStringLiteral("sandbox.sqlite"));
    if (!makePrivateDatabaseFiles(file))
        qCWarning(lcSandbox) << "Could not make the database files private (0600) in" << directory;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("Cannot open the sandbox database in %1 (%2). Check that the folder is "
                    "writable and not used by another program.")
                     .arg(directory, db.lastError().text());
        return false;
    }
    // A larger page cache (it grows only as needed) keeps bulk seeding and big pages from
    // thrashing the default 2 MB one.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-32768"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = tr("Cannot configure the sandbox database (%1). Use another data folder.")
                         .arg(q.lastError().text());
            return false;
        }
    }
    if (!createSchema(error))
        return false;
    // WAL mode has created -wal and -shm by now, with the database's mode; make sure of it.
    makePrivateDatabaseFiles(file);
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::createSchema(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    Transaction tx(*this);
    for (const char* statement : schema) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = tr("Cannot create the sandbox database (%1). Use an empty data folder.")
                         .arg(q.lastError().text());
            return false;
        }
    }
    for (const AddedColumn& added : addedColumns) {
        QSqlQuery info(db);
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(added.table)))) {
            *error = tr("Cannot create the sandbox database (%1). Use an empty data folder.")
                         .arg(info.lastError().text());
            return false;
        }
        bool present = false;
        while (info.next())
            present = present || info.value(1).toString() == QLatin1String(added.column);
        if (present)
            continue;
        QSqlQuery alter(db);
        if (!alter.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                            .arg(QLatin1String(added.table), QLatin1String(added.column),
                                 QLatin1String(added.definition)))) {
            *error = tr("Cannot create the sandbox database (%1). Use an empty data folder.")
                         .arg(alter.lastError().text());
            return false;
        }
    }
    for (const char* statement : lateIndexes) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = tr("Cannot create the sandbox database (%1). Use an empty data folder.")
                         .arg(q.lastError().text());
            return false;
        }
    }
    return tx.commit();
}

bool Database::hasData() const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM clients")) > 0;
}

QSqlQuery Database::prepare(const QString& sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

std::optional<QSqlQuery> Database::run(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q = prepare(sql);
    for (const QVariant& value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcSandbox) << "Database statement failed:" << q.lastError().text();
        return std::nullopt;
    }
    return q;
}

std::optional<QSqlQuery> Database::runNamed(QString sql, const QVariantHash& values) const
{
    QVariantList binds;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        if (sql.at(i) != QLatin1Char(':'))
            continue;
        qsizetype end = i + 1;
        while (end < sql.size() && (sql.at(end).isLetterOrNumber() || sql.at(end) == '_'))
            ++end;
        const QString name = sql.mid(i + 1, end - i - 1);
        if (!values.contains(name))
            continue;
        binds.append(values.value(name));
        sql.replace(i, end - i, QLatin1Char('?'));
    }
    return run(sql, binds);
}

qint64 Database::scalar(const QString& sql, const QVariantList& binds, qint64 fallback) const
{
    auto q = run(sql, binds);
    if (!q || !q->next())
        return fallback;
    return q->value(0).toLongLong();
}

bool Database::begin()
{
    // IMMEDIATE takes the write lock up front: the GUI and a CLI run can share one embedded
    // data folder, and a deferred transaction that reads and then writes could otherwise
    // fail with SQLITE_BUSY instead of waiting (busy timeout) for the other process.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    qCWarning(lcSandbox) << "Could not begin a transaction:" << q.lastError().text();
    return false;
}

bool Database::commit()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    qCWarning(lcSandbox) << "Commit failed:" << q.lastError().text();
    rollback();
    return false;
}

void Database::rollback()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace TokenConsole::Sandbox
