// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantHash>
#include <QVariantList>
#include <optional>

namespace TokenConsole::Sandbox {

// The sandbox's SQLite database: one connection per server, WAL journal, foreign keys on,
// bound parameters only. The schema is created on open and never dropped.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool open(const QString& directory, QString* error);
    void close();
    bool hasData() const; // any client rows: a seed is applied only when false

    // Prepares, binds in order and executes. nullopt (and a logged reason) on failure.
    std::optional<QSqlQuery> run(const QString& sql, const QVariantList& binds = {}) const;
    // run() with named values (":now") that may appear several times: each occurrence is
    // turned into a positional "?" and bound in order (Qt's SQLite binding wants that).
    std::optional<QSqlQuery> runNamed(QString sql, const QVariantHash& values) const;
    // Like run(), for statements whose failure the caller interprets (constraint violations).
    QSqlQuery prepare(const QString& sql) const;
    qint64 scalar(const QString& sql, const QVariantList& binds = {}, qint64 fallback = 0) const;

    bool begin();
    bool commit();
    void rollback();

    // Commits on commit(), rolls back on scope exit otherwise.
    class Transaction
    {
    public:
        explicit Transaction(Database& db) : m_db(db), m_active(db.begin()) {}
        ~Transaction()
        {
            if (m_active)
                m_db.rollback();
        }
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        bool isActive() const { return m_active; }
        bool commit()
        {
            if (!m_active)
                return false;
            m_active = false;
            return m_db.commit();
        }

    private:
        Database& m_db;
        bool m_active;
    };

private:
    bool createSchema(QString* error);

    QString m_connectionName;
};

} // namespace TokenConsole::Sandbox
