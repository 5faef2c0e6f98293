// SPDX-License-Identifier: GPL-3.0-or-later
// The token store on a real SQLite database in a temporary folder (no server): the
// inactivity rule as the read path applies it, warnings bookkeeping, the one-token-per-login
// constraint and version counting.
#include "sandbox/Clock.h"
#include "sandbox/Database.h"
#include "sandbox/Seeder.h"
#include "sandbox/TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace TokenConsole::Sandbox;

namespace {
constexpr qint64 day = Clock::secsPerDay;
const QString marketo = QStringLiteral("tok_demomarketo000002");
const QString salesforce = QStringLiteral("tok_demosalesforce0001");
} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir->path(), &error), qPrintable(error));
        m_now = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(Seeder::apply(*m_db, QStringLiteral("demo"), m_now, &error), qPrintable(error));
        m_store = std::make_unique<TokenStore>(*m_db);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void readPathDisablesWhatIsDue()
    {
        QCOMPARE(m_store->disableExpired(m_now), 0); // nothing due at seed time
        int before = 0;
        const QJsonObject fresh = *m_store->token(10001, marketo, &before);
        QCOMPARE(fresh.value("status").toString(), "active");

        // Marketo has 10 days left; Salesforce 59.
        QCOMPARE(m_store->disableExpired(m_now + 10 * day + 1), 1);
        int after = 0;
        const QJsonObject disabled = *m_store->token(10001, marketo, &after);
        QCOMPARE(disabled.value("status").toString(), "disabled");
        QCOMPARE(disabled.value("disabledReason").toString(), "inactivity");
        QCOMPARE(disabled.value("disabledAt"), fresh.value("autoDisableAt"));
        QVERIFY(disabled.value("autoDisableAt").isNull());
        QCOMPARE(after, before + 1);
        QCOMPARE(m_store->token(10001, salesforce)->value("status").toString(), "active");
        QCOMPARE(m_store->disableExpired(m_now + 10 * day + 1), 0); // idempotent

        const auto audit = m_store->listAudit(10001, std::numeric_limits<qint64>::max(), 1);
        const QJsonObject entry =
            QJsonDocument::fromJson(audit->itemsJson).array().at(0).toObject();
        QCOMPARE(entry.value("action").toString(), "inactivity_disable");
        QCOMPARE(entry.value("tokenId").toString(), marketo);
        QCOMPARE(entry.value("actor").toString(), "system");
    }

    void warningsOncePerThresholdPerPeriod()
    {
        // The seed's Marketo token: 10 days left → the 14-day band.
        QCOMPARE(m_store->recordWarnings(m_now), 1);
        QCOMPARE(m_store->recordWarnings(m_now), 0);
        QCOMPARE(m_store->recordWarnings(m_now + 2 * day), 0);      // 8 days left: same band
        QCOMPARE(m_store->recordWarnings(m_now + 3 * day), 1);      // 7 days left
        QCOMPARE(m_store->recordWarnings(m_now + 9 * day + 60), 1); // jumps to the 1-day band
        QCOMPARE(m_store->recordWarnings(m_now + 9 * day + 120), 0);

        // Activity starts a new period: its warnings are due again later.
        QVERIFY(m_store->recordActivity(marketo, m_now + 9 * day + 180, "GET", "/v2/client/10001",
                                        200));
        QCOMPARE(m_store->recordWarnings(m_now + 9 * day + 240), 0);
        // 46 days after the call: Marketo's new 14-day warning, plus Salesforce's first one
        // (59 days left at seed time, 4 now: the 7-day band).
        QCOMPARE(m_store->recordWarnings(m_now + 9 * day + 180 + 46 * day), 2);
    }

    void oneTokenPerLoginIsTheDatabasesRule()
    {
        QJsonObject token;
        QString secret;
        TokenAccess access;
        QCOMPARE(m_store->provision(10001, 1006, "First", access, "admin@acme.example", m_now,
                                    &token, &secret),
                 TokenStore::Result::Ok);
        QCOMPARE(secret.size(), 128);
        QCOMPARE(m_store->provision(10001, 1006, "Second", access, "admin@acme.example", m_now,
                                    &token, &secret),
                 TokenStore::Result::Exists);
        const auto page = m_store->listTokens(10001, 0, 1000);
        QCOMPARE(page->count, 4);
    }

    void renameChecksTheVersion()
    {
        QJsonObject token;
        QCOMPARE(m_store->rename(10001, salesforce, 2, "X", "a", m_now, &token),
                 TokenStore::Result::VersionMismatch);
        QCOMPARE(token.value("name").toString(), "Salesforce");
        QCOMPARE(m_store->rename(10001, salesforce, 3, "CRM", "a", m_now, &token),
                 TokenStore::Result::Ok);
        QCOMPARE(token.value("version").toInt(), 4);
        QCOMPARE(m_store->rename(10001, salesforce, 4, "CRM", "a", m_now, &token),
                 TokenStore::Result::Ok);
        QCOMPARE(token.value("version").toInt(), 4); // no change, no new version
        QCOMPARE(m_store->rename(10002, salesforce, 4, "CRM", "a", m_now, &token),
                 TokenStore::Result::NotFound);
    }

    void pagesAreCompleteAndEndWithoutCursor()
    {
        const auto first = m_store->listTokens(10001, 0, 2);
        QCOMPARE(first->count, 2);
        QVERIFY(!first->nextCursor.isEmpty());
        const auto all = m_store->listTokens(10001, 0, 3);
        QCOMPARE(all->count, 3);
        QVERIFY(all->nextCursor.isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TokenStore> m_store;
    qint64 m_now = 0;
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
