// SPDX-License-Identifier: GPL-3.0-or-later
#include "Seeder.h"

#include "Clock.h"
#include "Database.h"
#include "DemoData.h"
#include "PasswordHasher.h"
#include "SandboxLog.h"
#include "SecretGenerator.h"
#include "SecretHasher.h"
#include "TokenStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QVector>
#include <algorithm>

namespace TokenConsole::Sandbox {

namespace {
constexpr qint64 day = Clock::secsPerDay;
constexpr qint64 period = qint64(TokenStore::inactivityDays) * day;

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool parseBulk(const QString& seed, int* count)
{
    if (!seed.startsWith(QLatin1String("bulk:")))
        return false;
    bool ok = false;
    const int n = seed.mid(5).toInt(&ok);
    if (!ok || n < 0 || n > Seeder::maxBulk)
        return false;
    *count = n;
    return true;
}
} // namespace

bool Seeder::isValid(const QString& seed, QString* error)
{
    int count = 0;
    if (seed == QLatin1String("demo") || seed == QLatin1String("none") || parseBulk(seed, &count))
        return true;
    *error = tr("Unknown seed \"%1\": use demo, none or bulk:N (N from 0 to %2).")
                 .arg(seed)
                 .arg(maxBulk);
    return false;
}

bool Seeder::apply(Database& db, const QString& seed, qint64 now, QString* error, bool* applied)
{
    if (applied)
        *applied = false;
    if (!isValid(seed, error))
        return false;
    if (seed == QLatin1String("none"))
        return true;
    Database::Transaction tx(db); // BEGIN IMMEDIATE: a second process waits here
    if (!tx.isActive()) {
        *error = tr("Could not seed the sandbox database: it is locked. Try again.");
        return false;
    }
    if (db.hasData())
        return true;
    int count = 0;
    const bool ok = parseBulk(seed, &count) ? seedBulk(db, count, now) : seedDemo(db, now);
    if (!ok || !tx.commit()) {
        *error = tr("Could not seed the sandbox database (%1). See the log above, then try "
                    "an empty data folder.")
                     .arg(seed);
        return false;
    }
    if (applied)
        *applied = true;
    qCInfo(lcSandbox) << "Seeded the database:" << seed;
    return true;
}

bool Seeder::seedDemo(Database& db, qint64 now)
{
    bool ok = true;
    auto run = [&](const char* sql, const QVariantList& binds) {
        ok = ok && db.run(QString::fromLatin1(sql), binds).has_value();
    };
    run("INSERT INTO clients(id, name, connect) VALUES (?, ?, ?)",
        {10001, QStringLiteral("Acme Webinars"), 1});
    run("INSERT INTO clients(id, name, connect) VALUES (?, ?, ?)",
        {10002, QStringLiteral("Globex Events"), 0});
    run("INSERT INTO subclients(id, client_id, parent_id, name) VALUES (?, ?, ?, ?)",
        {10011, 10001, QVariant(QMetaType::fromType<qint64>()), QStringLiteral("Acme EMEA")});
    run("INSERT INTO subclients(id, client_id, parent_id, name) VALUES (?, ?, ?, ?)",
        {10012, 10001, QVariant(QMetaType::fromType<qint64>()), QStringLiteral("Acme Americas")});
    run("INSERT INTO subclients(id, client_id, parent_id, name) VALUES (?, ?, ?, ?)",
        {10013, 10001, 10012, QStringLiteral("Acme Canada")});

    struct User
    {
        qint64 id;
        qint64 clientId;
        const char* login;
        const char* displayName;
        const char* loginType;
        bool manageUsers;
        const char* password; // only the demo's own documented passwords
        const char* jobTitle;
        int lastLoginDaysAgo; // -1: never signed in
    };
    const User users[] = {
        {1001, 10001, "admin@acme.example", "Ada Admin", "Platform Login", true, "sandbox-admin",
         "Marketing Operations Lead", 1},
        {1002, 10001, "viewer@acme.example", "Victor Viewer", "Platform Login", false,
         "sandbox-viewer", "Marketing Analyst", 6},
        {1003, 10001, "jane@acme.example", "Jane Doe", "Platform Login", false, nullptr,
         "CRM Administrator", 2},
        {1004, 10001, "raj@acme.example", "Raj Patel", "Platform Login", false, nullptr,
         "Marketing Ops Manager", 51},
        {1005, 10001, "li@acme.example", "Li Wei", "Reports Only Login", false, nullptr,
         "BI Analyst", 73},
        {1006, 10001, "omar@acme.example", "Omar Haddad", "Presenter Login", false, nullptr,
         "Solutions Engineer", -1},
        {1007, 10001, "eva@acme.example", "Eva Novak", "Platform Login", false, nullptr,
         "Demand Generation Manager", 14},
        {2001, 10002, "admin@globex.example", "Gloria Admin", "Platform Login", true,
         "sandbox-admin", "Events Director", 3},
        {2002, 10002, "kim@globex.example", "Kim Lee", "Platform Login", false, nullptr,
         "Event Manager", 9},
        {2003, 10002, "sam@globex.example", "Sam Ortiz", "Go Live Login", false, nullptr,
         "Producer", -1},
    };
    for (const User& u : users) {
        const QVariant hash = u.password ? QVariant(QString::fromLatin1(PasswordHasher::hash(
                                               QString::fromLatin1(u.password))))
                                         : QVariant(QMetaType::fromType<QString>());
        const QVariant lastLogin = u.lastLoginDaysAgo < 0
                                       ? QVariant(QMetaType::fromType<qint64>())
                                       : QVariant(now - u.lastLoginDaysAgo * day);
        run("INSERT INTO users(id, client_id, login, display_name, login_type, manage_users,"
            " password_hash, job_title, last_login_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {u.id, u.clientId, QString::fromLatin1(u.login), QString::fromLatin1(u.displayName),
             QString::fromLatin1(u.loginType), u.manageUsers ? 1 : 0, hash,
             QString::fromLatin1(u.jobTitle), lastLogin});
    }

    // Tokens relative to now: used yesterday; 50 days idle; disabled for inactivity 12 days ago.
    struct DemoToken
    {
        const char* id;
        qint64 userId;
        const char* name;
        qint64 createdAt;
        qint64 lastActivityAt;
        bool disabled;
        int version;
    };
    const DemoToken tokens[] = {
        {"tok_demosalesforce0001", 1003, "Salesforce", now - 200 * day, now - 1 * day, false, 3},
        {"tok_demomarketo000002", 1004, "Marketo", now - 300 * day, now - 50 * day, false, 2},
        {"tok_demotableau000003", 1005, "Tableau", now - 400 * day, now - 72 * day, true, 4},
    };
    const QString admin = QStringLiteral("admin@acme.example");
    struct AuditRow
    {
        qint64 at;
        QString actor;
        QString action;
        QString tokenId;
        QString detail;
    };
    QVector<AuditRow> audit;
    for (const DemoToken& t : tokens) {
        const QString id = QString::fromLatin1(t.id);
        const qint64 inactiveSince = t.lastActivityAt;
        const QVariant null = QVariant(QMetaType::fromType<qint64>());
        run("INSERT INTO tokens(id, client_id, user_id, name, key, secret_hash, access, status,"
            " disabled_reason, created_at, created_by, last_activity_at, inactive_since,"
            " auto_disable_at, disabled_at, version) VALUES"
            " (?, 10001, ?, ?, ?, ?, 'all_endpoints', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {id, t.userId, QString::fromLatin1(t.name), SecretGenerator::tokenKey(),
             QString::fromLatin1(SecretHasher::hash(SecretGenerator::tokenSecret().toLatin1())),
             t.disabled ? QStringLiteral("disabled") : QStringLiteral("active"),
             t.disabled ? QVariant(QStringLiteral("inactivity"))
                        : QVariant(QMetaType::fromType<QString>()),
             t.createdAt, admin, t.lastActivityAt, inactiveSince,
             t.disabled ? null : QVariant(inactiveSince + period),
             t.disabled ? QVariant(inactiveSince + period) : null, t.version});
        run("INSERT INTO activity(token_id, at, method, path, status, area)"
            " VALUES (?, ?, 'GET', ?, 200, 'client_analytics')",
            {id, t.lastActivityAt, QStringLiteral("/v2/client/10001/event")});
        audit.append({t.createdAt, admin, QStringLiteral("provision"), id,
                      QStringLiteral("Provisioned \"%1\" (access: all_endpoints).")
                          .arg(QString::fromLatin1(t.name))});
        if (t.disabled) {
            audit.append({inactiveSince + period, QStringLiteral("system"),
                          QStringLiteral("inactivity_disable"), id,
                          QStringLiteral("Disabled automatically after %1 days without activity.")
                              .arg(TokenStore::inactivityDays)});
        }
    }
    // The audit lists newest first by insertion order, so insert it in time order.
    std::sort(audit.begin(), audit.end(),
              [](const AuditRow& a, const AuditRow& b) { return a.at < b.at; });
    for (const AuditRow& a : audit) {
        run("INSERT INTO audit(client_id, at, actor, action, token_id, detail)"
            " VALUES (10001, ?, ?, ?, ?, ?)",
            {a.at, a.actor, a.action, a.tokenId, a.detail});
    }

    // ON24 data: a few events per client, with registrants and attendees.
    const QVector<DemoData::Person> people{
        {QStringLiteral("Gina"), QStringLiteral("Lockhart"), QStringLiteral("Initech"),
         QStringLiteral("Marketing Manager"), QStringLiteral("Mountain View"), QStringLiteral("CA"),
         QStringLiteral("United States")},
        {QStringLiteral("Tom"), QStringLiteral("Baker"), QStringLiteral("Umbrella"),
         QStringLiteral("Director"), QStringLiteral("Boston"), QStringLiteral("MA"),
         QStringLiteral("United States")},
        {QStringLiteral("Priya"), QStringLiteral("Shah"), QStringLiteral("Hooli"),
         QStringLiteral("Analyst"), QStringLiteral("London"), QStringLiteral(""),
         QStringLiteral("United Kingdom")},
        {QStringLiteral("Lars"), QStringLiteral("Berg"), QStringLiteral("Vandelay"),
         QStringLiteral("CTO"), QStringLiteral("Oslo"), QStringLiteral(""),
         QStringLiteral("Norway")},
        {QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("Soylent"),
         QStringLiteral("Engineer"), QStringLiteral("Lisbon"), QStringLiteral(""),
         QStringLiteral("Portugal")},
    };
    struct Event
    {
        qint64 id;
        qint64 clientId;
        const char* title;
        const char* contentType;
        qint64 liveStart;
        int registrants;
        int attendees;
    };
    const Event events[] = {
        {311512, 10001, "Q3 Product Launch", "webcast", now - 20 * day, 5, 3},
        {311513, 10001, "Customer Success Summit", "webcast", now - 45 * day, 4, 2},
        {311514, 10001, "Roadmap Preview", "experience", now + 10 * day, 3, 0},
        {412001, 10002, "Globex Quarterly Briefing", "webcast", now - 15 * day, 3, 2},
        {412002, 10002, "Globex Partner Day", "webcast", now - 60 * day, 2, 1},
    };
    qint64 eventUserId = 49177588;
    for (const Event& e : events) {
        run("INSERT INTO events(id, client_id, json) VALUES (?, ?, ?)",
            {e.id, e.clientId,
             json(DemoData::event(e.id, e.clientId, QString::fromLatin1(e.title),
                                  QString::fromLatin1(e.contentType), e.liveStart, 60,
                                  e.registrants, e.attendees, e.liveStart - 30 * day))});
        for (int i = 0; i < e.registrants; ++i) {
            const DemoData::Person& p = people.at(i % people.size());
            ++eventUserId;
            run("INSERT INTO registrants(event_id, json) VALUES (?, ?)",
                {e.id,
                 json(DemoData::registrant(eventUserId, e.id, p, e.liveStart - (10 - i) * day))});
            if (i < e.attendees) {
                run("INSERT INTO attendees(event_id, json) VALUES (?, ?)",
                    {e.id, json(DemoData::attendee(eventUserId, DemoData::email(p), e.liveStart,
                                                   40 - 10 * i, 15 * i, 8.5 - i))});
            }
        }
    }
    return ok;
}

bool Seeder::seedBulk(Database& db, int count, qint64 now)
{
    QElapsedTimer timer;
    timer.start();
    bool ok = db.run(QStringLiteral("INSERT INTO clients(id, name, connect) VALUES (?, ?, 1)"),
                     {bulkClientId, QStringLiteral("Bulk Webinars")})
                  .has_value();
    ok = ok &&
         db.run(QStringLiteral("INSERT INTO users(id, client_id, login, display_name,"
                               " login_type, manage_users, password_hash)"
                               " VALUES (1, ?, ?, ?, 'Platform Login', 1, ?)"),
                {bulkClientId, QStringLiteral("admin@bulk.example"), QStringLiteral("Bulk Admin"),
                 QString::fromLatin1(PasswordHasher::hash(QStringLiteral("sandbox-admin")))})
             .has_value();
    // Set-based inserts: N users and N tokens in two statements. The secrets of these tokens
    // are never shown to anyone, so a random salted-hash-shaped value stands in for each.
    ok = ok &&
         db.run(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                               " WHERE i < ?) INSERT INTO users(id, client_id, login, display_name,"
                               " login_type, manage_users) SELECT i + 1, ?,"
                               " printf('user%07d@bulk.example', i), printf('Bulk User %d', i),"
                               " 'Platform Login', 0 FROM n WHERE ? > 0"),
                {count, bulkClientId, count})
             .has_value();
    ok = ok &&
         db.run(QStringLiteral("INSERT INTO tokens(id, client_id, user_id, name, key, secret_hash,"
                               " access, status, created_at, created_by, inactive_since,"
                               " auto_disable_at, version)"
                               " SELECT printf('tok_b%019d', id), ?, id,"
                               " printf('Integration %d', id - 1), hex(randomblob(16)),"
                               " lower(hex(randomblob(16))) || '$' || lower(hex(randomblob(32))),"
                               " 'all_endpoints', 'active', ?, 'admin@bulk.example', ?, ?, 1"
                               " FROM users WHERE client_id = ? AND id > 1 ORDER BY id"),
                {bulkClientId, now, now, now + period, bulkClientId})
             .has_value();
    qCInfo(lcSandbox) << "Bulk seed of" << count << "tokens took" << timer.elapsed() << "ms";
    return ok;
}

} // namespace TokenConsole::Sandbox
