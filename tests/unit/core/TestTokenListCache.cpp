// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestTokens.h"
#include "platform/OfflinePlatform.h"
#include "secrets/InMemorySecretStore.h"
#include "session/StatusFilterNames.h"
#include "session/TokenListCache.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace TokenConsole;

// The saved token list per profile (offline use): private file and folder, the list back as it
// went in, nothing shaped like a secret on disk; and the read-only platform that serves it.
class TestTokenListCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void filesArePrivate();
    void noSecretOnDisk();
    void profilesAreSeparate();
    void unreadableIsNone();
    void offlinePlatformRefusesRemoteActions_data();
    void offlinePlatformRefusesRemoteActions();
    void offlinePlatformLists();
    void statusFilterNames_data();
    void statusFilterNames();

private:
    static TokenListCache::Entry entry(const QString& profile);
};

TokenListCache::Entry TestTokenListCache::entry(const QString& profile)
{
    const QDateTime now = TestTokens::fixedNow();
    TokenListCache::Entry e;
    e.profile = profile;
    e.account.clientId = 10001;
    e.account.name = QStringLiteral("Acme Corp");
    e.account.features = {QStringLiteral("connect")};
    e.account.policy.inactivityDays = 60;
    e.account.policy.warningDays = {14, 7, 3, 1};
    for (int i = 1; i <= 3; ++i)
        e.tokens.append(TestTokens::make(i, now, 10 * i));
    e.tokens[1].name = QStringLiteral("Zoë, \"東京\"");
    e.tokens[2].status = Token::Status::Disabled;
    e.tokens[2].disabledReason = Token::DisabledReason::Inactivity;
    e.tokens[2].disabledAt = now.addDays(-1);
    e.tokens[2].autoDisableAt = {};
    e.savedAt = now;
    return e;
}

void TestTokenListCache::roundTrip()
{
    QTemporaryDir dir;
    const TokenListCache cache(dir.filePath(QStringLiteral("lists")));
    const TokenListCache::Entry saved = entry(QStringLiteral("acme"));
    QString error;
    QVERIFY2(cache.save(saved, &error), qPrintable(error));
    const auto loaded = cache.load(QStringLiteral("acme"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->savedAt, saved.savedAt);
    QCOMPARE(loaded->account.name, saved.account.name);
    QCOMPARE(loaded->account.clientId, saved.account.clientId);
    QCOMPARE(loaded->account.policy.warningDays, saved.account.policy.warningDays);
    QCOMPARE(loaded->tokens.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(loaded->tokens.at(i).id, saved.tokens.at(i).id);
        QCOMPARE(loaded->tokens.at(i).name, saved.tokens.at(i).name);
        QCOMPARE(loaded->tokens.at(i).status, saved.tokens.at(i).status);
        QCOMPARE(loaded->tokens.at(i).lastActivityAt, saved.tokens.at(i).lastActivityAt);
    }
    QCOMPARE(loaded->tokens.at(2).disabledReason, Token::DisabledReason::Inactivity);
}

void TestTokenListCache::filesArePrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("nested/lists"));
    const TokenListCache cache(folder);
    QVERIFY(cache.save(entry(QStringLiteral("acme"))));
    const QFileDevice::Permissions folderPermissions = QFile::permissions(folder);
    QCOMPARE(folderPermissions &
                 (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                  QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    QVERIFY(folderPermissions.testFlag(QFileDevice::ExeOwner));
    const QFileDevice::Permissions filePermissions = QFile::permissions(cache.fileFor("acme"));
    QCOMPARE(filePermissions, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ReadUser | QFileDevice::WriteUser);
    // Saving again (a later refresh) keeps it private.
    QVERIFY(cache.save(entry(QStringLiteral("acme"))));
    QCOMPARE(QFile::permissions(cache.fileFor("acme")),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                 QFileDevice::WriteUser);
    // Only the lists are in the folder: no temporary file left behind.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestTokenListCache::noSecretOnDisk()
{
    QTemporaryDir dir;
    const TokenListCache cache(dir.filePath(QStringLiteral("lists")));
    QVERIFY(cache.save(entry(QStringLiteral("acme"))));
    QFile file(cache.fileFor(QStringLiteral("acme")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression hex128(QStringLiteral("[0-9a-fA-F]{128}"));
    QVERIFY(!hex128.match(text).hasMatch());
    // No field that holds one ("previousSecretExpiresAt" is a time, not a secret).
    QVERIFY(!text.contains(QLatin1String("\"secret\""), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QLatin1String("\"password\""), Qt::CaseInsensitive));
    QVERIFY(text.contains(QLatin1String("tok_000001")));
}

void TestTokenListCache::profilesAreSeparate()
{
    QTemporaryDir dir;
    const TokenListCache cache(dir.filePath(QStringLiteral("lists")));
    QVERIFY(cache.save(entry(QStringLiteral("acme"))));
    TokenListCache::Entry other = entry(QStringLiteral("../globex"));
    other.tokens.resize(1);
    QVERIFY(cache.save(other));
    QCOMPARE(cache.load(QStringLiteral("acme"))->tokens.size(), 3);
    QCOMPARE(cache.load(QStringLiteral("../globex"))->tokens.size(), 1);
    QVERIFY(QFileInfo(cache.fileFor(QStringLiteral("../globex"))).absolutePath() ==
            QFileInfo(cache.folder()).absoluteFilePath());
    QVERIFY(!cache.load(QStringLiteral("initech")));
    cache.remove(QStringLiteral("acme"));
    QVERIFY(!cache.load(QStringLiteral("acme")));
}

void TestTokenListCache::unreadableIsNone()
{
    QTemporaryDir dir;
    const TokenListCache cache(dir.filePath(QStringLiteral("lists")));
    QVERIFY(cache.save(entry(QStringLiteral("acme"))));
    QFile file(cache.fileFor(QStringLiteral("acme")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{not json");
    file.close();
    QString error;
    QVERIFY(!cache.load(QStringLiteral("acme"), &error));
    QVERIFY(!error.isEmpty());
}

void TestTokenListCache::offlinePlatformRefusesRemoteActions_data()
{
    QTest::addColumn<Capability>("capability");
    for (Capability c : {Capability::Provision, Capability::Rename, Capability::Disable,
                         Capability::Enable, Capability::Verify, Capability::AuditLog,
                         Capability::ActivityLog, Capability::CopySecret})
        QTest::newRow(qPrintable(QString::number(int(c)))) << c;
}

void TestTokenListCache::offlinePlatformRefusesRemoteActions()
{
    QFETCH(Capability, capability);
    InMemorySecretStore secrets;
    const TokenListCache::Entry cached = entry(QStringLiteral("acme"));
    OfflinePlatform platform(cached, &secrets);
    const QString why = platform.whyNot(capability, &cached.tokens.first());
    QVERIFY2(why.startsWith(QLatin1String("Offline")), qPrintable(why));
    QVERIFY(why.contains(platform.cachedAtText()));
    QVERIFY(platform.can(Capability::List));
}

void TestTokenListCache::offlinePlatformLists()
{
    InMemorySecretStore secrets;
    OfflinePlatform platform(entry(QStringLiteral("acme")), &secrets);
    bool called = false;
    platform.listTokens(&platform, [&called](const Result<TokenList>& r) {
        called = true;
        QCOMPARE(r.value.size(), 3);
    });
    QVERIFY(!called); // never before the job returns
    QTRY_VERIFY(called);
    QCOMPARE(platform.account().name, QStringLiteral("Acme Corp"));
}

void TestTokenListCache::statusFilterNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("ids");
    // Tokens 10, 20 and 30 days inactive (60-day rule); the third disabled for inactivity.
    QTest::newRow("all") << "all" << QStringList{"tok_000001", "tok_000002", "tok_000003"};
    QTest::newRow("active") << "active" << QStringList{"tok_000001", "tok_000002"};
    QTest::newRow("expiring") << "expiring" << QStringList{};
    QTest::newRow("disabled") << "disabled" << QStringList{"tok_000003"};
    QTest::newRow("disabled-for-inactivity")
        << "Disabled-For-Inactivity" << QStringList{"tok_000003"};
}

void TestTokenListCache::statusFilterNames()
{
    QFETCH(QString, name);
    QFETCH(QStringList, ids);
    TokenFilterModel::StatusFilter filter;
    QVERIFY(StatusFilterNames::parse(name, &filter));
    QCOMPARE(StatusFilterNames::name(filter), name.toLower());
    const TokenListCache::Entry e = entry(QStringLiteral("acme"));
    QStringList matched;
    for (const Token& t :
         StatusFilterNames::matching(e.tokens, e.account.policy, e.savedAt, filter))
        matched.append(t.id);
    QCOMPARE(matched, ids);
    QVERIFY(!StatusFilterNames::parse(QStringLiteral("soon"), &filter));
}

QTEST_GUILESS_MAIN(TestTokenListCache)
#include "TestTokenListCache.moc"
