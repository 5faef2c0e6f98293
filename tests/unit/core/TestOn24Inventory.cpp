// SPDX-License-Identifier: GPL-3.0-or-later
#include "direct/On24Inventory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace TokenConsole;

namespace {

QString tokenKey(int i)
{
    return QStringLiteral("K%1").arg(i, 31, 10, QLatin1Char('0'));
}

// 128 lower-case hex characters, shaped like an ON24 token secret.
QString secretLike(int i)
{
    return QStringLiteral("%1").arg(i, 8, 16, QLatin1Char('0')) + QStringLiteral("5e").repeated(60);
}

QDateTime utc(int day, int hour, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, minute, second, ms), Qt::UTC);
}

InventoryEntry fullEntry(int i)
{
    InventoryEntry e;
    e.key = tokenKey(i);
    e.name = QStringLiteral("Salesforce sync %1").arg(i);
    e.owner = QStringLiteral("Ana L\u00f3pez");
    e.notes = QStringLiteral("Nightly export,\n\"quoted\" and 東京 ünïcode");
    e.login = QStringLiteral("ana@example.com");
    e.addedAt = utc(1, 9, 0, 0, 1);
    e.addedBy = QStringLiteral("ana");
    e.lastActivityAt = utc(2, 10, 30, 15, 250);
    e.activitySource = InventoryEntry::ActivitySource::Entered;
    e.lastVerifiedAt = utc(3, 11, 0, 0, 999);
    e.lastVerifyOutcome = QStringLiteral("quota");
    e.lastVerifyMessage = QStringLiteral("You have reached the maximum number of calls.");
    e.keepAlive = true;
    e.keepAliveBy = QStringLiteral("bob");
    e.keepAliveChangedAt = utc(4, 12);
    e.status = InventoryEntry::Status::Deactivated;
    e.retryNotBefore = utc(3, 12, 0, 0, 999);
    return e;
}

void compareEntries(const InventoryEntry& actual, const InventoryEntry& expected)
{
    QCOMPARE(actual.key, expected.key);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.owner, expected.owner);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.login, expected.login);
    QCOMPARE(actual.addedAt, expected.addedAt);
    QCOMPARE(actual.addedBy, expected.addedBy);
    QCOMPARE(actual.lastActivityAt, expected.lastActivityAt);
    QCOMPARE(int(actual.activitySource), int(expected.activitySource));
    QCOMPARE(actual.lastVerifiedAt, expected.lastVerifiedAt);
    QCOMPARE(actual.lastVerifyOutcome, expected.lastVerifyOutcome);
    QCOMPARE(actual.lastVerifyMessage, expected.lastVerifyMessage);
    QCOMPARE(actual.keepAlive, expected.keepAlive);
    QCOMPARE(actual.keepAliveBy, expected.keepAliveBy);
    QCOMPARE(actual.keepAliveChangedAt, expected.keepAliveChangedAt);
    QCOMPARE(int(actual.status), int(expected.status));
    QCOMPARE(actual.retryNotBefore, expected.retryNotBefore);
    QVERIFY(actual == expected);
}

#ifdef Q_OS_UNIX
int fileMode(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
#endif

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestOn24Inventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void roundTripEveryField();
    void addFillsAddedAtAndBy();
    void addDuplicate();
    void addWithoutKey();
    void updateAndRemove();
    void updateAndRemoveMissing();
    void orderedByNameThenKey();
    void recordVerify_data();
    void recordVerify();
    void recordVerifyRefusals();
    void keepAlive();
    void twoInstancesSeeEachOthersWrites();
    void profilesAreSeparate();
    void closedInDestructor();
    void notOpen();
    void permissions();
    void existingPermissionsNarrowed();
    void profileNameMapsToOneFile_data();
    void profileNameMapsToOneFile();
    void profileNamesDistinct();
    void removeProfile();
    void neverStoresASecret();
    void forgottenTokenLeavesNoTrace();
    void errorNotADatabase();
    void errorNewerSchema();
    void errorFolderCannotBeCreated();
    void errorDiskFull();
    void errorReadOnly();

private:
    QTemporaryDir m_home;
};

void TestOn24Inventory::initTestCase()
{
    QVERIFY(m_home.isValid());
    // A private HOME: QStandardPaths' test mode still lives under it.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationDomain(QStringLiteral("tokenconsole.org"));
    QCoreApplication::setApplicationName(QStringLiteral("token-console-test-inventory"));
#ifdef Q_OS_UNIX
    ::umask(022); // the usual default, under which SQLite alone would create 0644 files
#endif
    QVERIFY2(On24Inventory::directory().startsWith(m_home.path()),
             qPrintable(On24Inventory::directory()));
}

void TestOn24Inventory::init()
{
    QDir(On24Inventory::directory()).removeRecursively();
    QFile::remove(On24Inventory::directory()); // errorFolderCannotBeCreated puts a file there
}

void TestOn24Inventory::roundTripEveryField()
{
    const InventoryEntry e = fullEntry(1);
    {
        On24Inventory inventory(QStringLiteral("prod"));
        QString error;
        QVERIFY2(inventory.open(&error), qPrintable(error));
        QVERIFY(inventory.isOpen());
        QCOMPARE(inventory.add(e, &error), On24Inventory::AddResult::Added);
        QVERIFY(inventory.contains(e.key));
        const auto stored = inventory.entry(e.key);
        QVERIFY(stored);
        compareEntries(*stored, e);
        if (QTest::currentTestFailed())
            return;
    }
    // A fresh instance reads the same from the file.
    On24Inventory reopened(QStringLiteral("prod"));
    QString error;
    QVERIFY2(reopened.open(&error), qPrintable(error));
    const QVector<InventoryEntry> all = reopened.entries();
    QCOMPARE(all.size(), 1);
    compareEntries(all.first(), e);
    const auto stored = reopened.entry(e.key);
    QVERIFY(stored);
    QCOMPARE(stored->addedAt.timeSpec(), Qt::UTC);

    // Times given in another zone come back as the same instant, in UTC.
    InventoryEntry zoned = fullEntry(2);
    zoned.lastActivityAt =
        QDateTime(QDate(2024, 5, 2), QTime(12, 0, 0, 7), Qt::OffsetFromUTC, 7200);
    QCOMPARE(reopened.add(zoned, &error), On24Inventory::AddResult::Added);
    QCOMPARE(reopened.entry(zoned.key)->lastActivityAt, utc(2, 10, 0, 0, 7));
    QVERIFY(!reopened.entry(QStringLiteral("absent")));
    QVERIFY(!reopened.contains(QStringLiteral("absent")));

    // Stored as UTC ISO 8601 with milliseconds.
    const QByteArray bytes = fileBytes(On24Inventory::databasePath(QStringLiteral("prod")));
    QVERIFY(bytes.contains("2024-05-02T10:30:15.250Z"));
    QVERIFY(bytes.contains("2024-05-04T12:00:00.000Z"));
}

void TestOn24Inventory::addFillsAddedAtAndBy()
{
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    InventoryEntry e;
    e.key = tokenKey(1);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QCOMPARE(inventory.add(e, &error), On24Inventory::AddResult::Added);
    const auto stored = inventory.entry(e.key);
    QVERIFY(stored);
    QVERIFY(stored->addedAt >= before);
    QVERIFY(stored->addedAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(stored->addedBy, On24Inventory::currentUserName());
    // Unknowns stay unknown.
    QVERIFY(!stored->lastActivityAt.isValid());
    QCOMPARE(int(stored->activitySource), int(InventoryEntry::ActivitySource::None));
    QVERIFY(!stored->lastVerifiedAt.isValid());
    QVERIFY(stored->lastVerifyOutcome.isEmpty());
    QVERIFY(!stored->keepAlive);
    QVERIFY(!stored->keepAliveChangedAt.isValid());
    QCOMPARE(int(stored->status), int(InventoryEntry::Status::Unverified));
    QVERIFY(!stored->retryNotBefore.isValid());

    const QByteArray user = qgetenv("USER");
    qputenv("USER", "someone");
    QCOMPARE(On24Inventory::currentUserName(), QStringLiteral("someone"));
    qputenv("USER", user);
}

void TestOn24Inventory::addDuplicate()
{
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    QCOMPARE(inventory.add(fullEntry(1), &error), On24Inventory::AddResult::Added);
    InventoryEntry again = fullEntry(1);
    again.name = QStringLiteral("Another name");
    error.clear();
    QCOMPARE(inventory.add(again, &error), On24Inventory::AddResult::AlreadyPresent);
    QVERIFY2(error.contains(tokenKey(1)) && error.contains(QStringLiteral("Salesforce sync 1")),
             qPrintable(error));
    QCOMPARE(inventory.entry(tokenKey(1))->name, QStringLiteral("Salesforce sync 1"));
    QCOMPARE(inventory.entries().size(), 1);
    // Works without an error pointer too.
    QCOMPARE(inventory.add(again, nullptr), On24Inventory::AddResult::AlreadyPresent);
}

void TestOn24Inventory::addWithoutKey()
{
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    InventoryEntry e = fullEntry(1);
    e.key.clear();
    QCOMPARE(inventory.add(e, &error), On24Inventory::AddResult::Failed);
    QVERIFY(!error.isEmpty());
    QVERIFY(inventory.entries().isEmpty());
}

void TestOn24Inventory::updateAndRemove()
{
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    QCOMPARE(inventory.add(fullEntry(1), &error), On24Inventory::AddResult::Added);
    QCOMPARE(inventory.add(fullEntry(2), &error), On24Inventory::AddResult::Added);

    // Every field but the key changes.
    InventoryEntry changed;
    changed.key = tokenKey(1);
    changed.name = QStringLiteral("Renamed");
    changed.addedBy = QStringLiteral("carol");
    changed.lastVerifyOutcome = QStringLiteral("works");
    QVERIFY2(inventory.update(changed, &error), qPrintable(error));
    compareEntries(*inventory.entry(tokenKey(1)), changed);
    compareEntries(*inventory.entry(tokenKey(2)), fullEntry(2));

    QVERIFY2(inventory.remove(tokenKey(1), &error), qPrintable(error));
    QVERIFY(!inventory.contains(tokenKey(1)));
    QVERIFY(inventory.contains(tokenKey(2)));
}

void TestOn24Inventory::updateAndRemoveMissing()
{
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    QVERIFY(!inventory.update(fullEntry(9), &error));
    QVERIFY2(error.contains(tokenKey(9)), qPrintable(error));
    error.clear();
    QVERIFY(!inventory.remove(tokenKey(9), &error));
    QVERIFY2(error.contains(tokenKey(9)), qPrintable(error));
    QVERIFY(!inventory.update(fullEntry(9), nullptr));
    QVERIFY(inventory.entries().isEmpty());
}

void TestOn24Inventory::orderedByNameThenKey()
{
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    const QList<QPair<int, QString>> rows = {{5, QStringLiteral("Gamma")},
                                             {3, QStringLiteral("Alpha")},
                                             {1, QStringLiteral("Beta")},
                                             {2, QStringLiteral("Alpha")},
                                             {4, QString()}};
    for (const auto& [i, name] : rows) {
        InventoryEntry e;
        e.key = tokenKey(i);
        e.name = name;
        QCOMPARE(inventory.add(e, &error), On24Inventory::AddResult::Added);
    }
    QStringList keys;
    for (const InventoryEntry& e : inventory.entries())
        keys.append(e.key);
    QCOMPARE(keys, (QStringList{tokenKey(4), tokenKey(2), tokenKey(3), tokenKey(1), tokenKey(5)}));
}

void TestOn24Inventory::recordVerify_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("after");
    QTest::addColumn<bool>("activity"); // lastActivityAt = at, source Verify
    QTest::addColumn<QString>("retry"); // "cleared", "kept" or "hour"

    using S = InventoryEntry::Status;
    QTest::newRow("works, from unverified")
        << int(S::Unverified) << "works" << int(S::Works) << true << "cleared";
    QTest::newRow("works, after being deactivated")
        << int(S::Deactivated) << "works" << int(S::Works) << true << "cleared";
    QTest::newRow("works, after a wrong pair")
        << int(S::WrongPair) << "works" << int(S::Works) << true << "cleared";
    QTest::newRow("deactivated") << int(S::Works) << "deactivated" << int(S::Deactivated) << false
                                 << "kept";
    QTest::newRow("wrong pair") << int(S::Works) << "wrong_pair" << int(S::WrongPair) << false
                                << "kept";
    QTest::newRow("quota keeps works")
        << int(S::Works) << "quota" << int(S::Works) << false << "hour";
    QTest::newRow("quota keeps unverified")
        << int(S::Unverified) << "quota" << int(S::Unverified) << false << "hour";
    QTest::newRow("quota keeps deactivated")
        << int(S::Deactivated) << "quota" << int(S::Deactivated) << false << "hour";
    QTest::newRow("no permission")
        << int(S::Works) << "no_permission" << int(S::Works) << false << "kept";
    QTest::newRow("client inactive")
        << int(S::Works) << "client_inactive" << int(S::Works) << false << "kept";
    QTest::newRow("client unknown")
        << int(S::Unverified) << "client_unknown" << int(S::Unverified) << false << "kept";
    QTest::newRow("failed") << int(S::WrongPair) << "failed" << int(S::WrongPair) << false
                            << "kept";
}

void TestOn24Inventory::recordVerify()
{
    QFETCH(int, before);
    QFETCH(QString, outcome);
    QFETCH(int, after);
    QFETCH(bool, activity);
    QFETCH(QString, retry);

    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    InventoryEntry e = fullEntry(1);
    e.status = InventoryEntry::Status(before);
    e.lastActivityAt = utc(2, 8);
    e.activitySource = InventoryEntry::ActivitySource::Entered;
    e.retryNotBefore = utc(3, 8);
    QCOMPARE(inventory.add(e, &error), On24Inventory::AddResult::Added);

    const QDateTime at = utc(20, 14, 15, 16, 17);
    const QString message = QStringLiteral("ON24 said: %1").arg(outcome);
    QVERIFY2(inventory.recordVerify(e.key, at, outcome, message, &error), qPrintable(error));

    InventoryEntry expected = e;
    expected.lastVerifiedAt = at;
    expected.lastVerifyOutcome = outcome;
    expected.lastVerifyMessage = message;
    expected.status = InventoryEntry::Status(after);
    if (activity) {
        expected.lastActivityAt = at;
        expected.activitySource = InventoryEntry::ActivitySource::Verify;
    }
    if (retry == QLatin1String("cleared"))
        expected.retryNotBefore = QDateTime();
    else if (retry == QLatin1String("hour"))
        expected.retryNotBefore = at.addSecs(3600);
    compareEntries(*inventory.entry(e.key), expected);
}

void TestOn24Inventory::recordVerifyRefusals()
{
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    QCOMPARE(inventory.add(fullEntry(1), &error), On24Inventory::AddResult::Added);

    QVERIFY(!inventory.recordVerify(tokenKey(9), utc(5, 1), QStringLiteral("works"), {}, &error));
    QVERIFY2(error.contains(tokenKey(9)), qPrintable(error));

    error.clear();
    QVERIFY(!inventory.recordVerify(tokenKey(1), utc(5, 1), QStringLiteral("ok"), {}, &error));
    QVERIFY(!error.isEmpty());
    compareEntries(*inventory.entry(tokenKey(1)), fullEntry(1));

    // An invalid time means now.
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(inventory.recordVerify(tokenKey(1), QDateTime(), QStringLiteral("failed"), {}, &error));
    QVERIFY(inventory.entry(tokenKey(1))->lastVerifiedAt >= before);
}

void TestOn24Inventory::keepAlive()
{
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    InventoryEntry e = fullEntry(1);
    e.keepAlive = false;
    e.keepAliveBy.clear();
    e.keepAliveChangedAt = QDateTime();
    QCOMPARE(inventory.add(e, &error), On24Inventory::AddResult::Added);

    QVERIFY2(inventory.setKeepAlive(e.key, true, QStringLiteral("ana"), utc(6, 9), &error),
             qPrintable(error));
    auto stored = inventory.entry(e.key);
    QVERIFY(stored->keepAlive);
    QCOMPARE(stored->keepAliveBy, QStringLiteral("ana"));
    QCOMPARE(stored->keepAliveChangedAt, utc(6, 9));

    // Switching on what is on keeps who did it first, and when.
    QVERIFY(inventory.setKeepAlive(e.key, true, QStringLiteral("bob"), utc(7, 9), &error));
    stored = inventory.entry(e.key);
    QCOMPARE(stored->keepAliveBy, QStringLiteral("ana"));
    QCOMPARE(stored->keepAliveChangedAt, utc(6, 9));

    QVERIFY(inventory.setKeepAlive(e.key, false, QStringLiteral("bob"), utc(8, 9), &error));
    stored = inventory.entry(e.key);
    QVERIFY(!stored->keepAlive);
    QCOMPARE(stored->keepAliveBy, QStringLiteral("bob"));
    QCOMPARE(stored->keepAliveChangedAt, utc(8, 9));
    // Nothing else moved.
    InventoryEntry rest = *stored;
    rest.keepAliveBy.clear();
    rest.keepAliveChangedAt = QDateTime();
    compareEntries(rest, e);

    QVERIFY(!inventory.setKeepAlive(tokenKey(9), true, QStringLiteral("ana"), utc(6, 9), &error));
    QVERIFY2(error.contains(tokenKey(9)), qPrintable(error));
}

void TestOn24Inventory::twoInstancesSeeEachOthersWrites()
{
    On24Inventory a(QStringLiteral("shared profile"));
    On24Inventory b(QStringLiteral("shared profile"));
    QString error;
    QVERIFY2(a.open(&error), qPrintable(error));
    QVERIFY2(b.open(&error), qPrintable(error));

    QCOMPARE(a.add(fullEntry(1), &error), On24Inventory::AddResult::Added);
    QVERIFY(b.contains(tokenKey(1)));
    QCOMPARE(b.add(fullEntry(1), &error), On24Inventory::AddResult::AlreadyPresent);

    QVERIFY(b.recordVerify(tokenKey(1), utc(10, 10), QStringLiteral("works"), {}, &error));
    QCOMPARE(int(a.entry(tokenKey(1))->status), int(InventoryEntry::Status::Works));
    QVERIFY(a.setKeepAlive(tokenKey(1), false, QStringLiteral("ana"), utc(10, 11), &error));
    QVERIFY(!b.entry(tokenKey(1))->keepAlive);

    QCOMPARE(b.add(fullEntry(2), &error), On24Inventory::AddResult::Added);
    QCOMPARE(a.entries().size(), 2);
    QVERIFY(a.remove(tokenKey(2), &error));
    QCOMPARE(b.entries().size(), 1);
    QVERIFY(!b.remove(tokenKey(2), &error));
}

void TestOn24Inventory::profilesAreSeparate()
{
    On24Inventory prod(QStringLiteral("Prod"));
    On24Inventory prodLower(QStringLiteral("prod"));
    QString error;
    QVERIFY2(prod.open(&error), qPrintable(error));
    QVERIFY2(prodLower.open(&error), qPrintable(error));
    QCOMPARE(prod.add(fullEntry(1), &error), On24Inventory::AddResult::Added);
    QVERIFY(!prodLower.contains(tokenKey(1)));
    QCOMPARE(prodLower.add(fullEntry(1), &error), On24Inventory::AddResult::Added);
}

void TestOn24Inventory::closedInDestructor()
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        On24Inventory a(QStringLiteral("prod"));
        On24Inventory b(QStringLiteral("prod"));
        QString error;
        QVERIFY(a.open(&error));
        QVERIFY(b.open(&error));
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        QVERIFY(a.open(&error)); // opening twice is harmless
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    {
        // A failed open leaves no connection behind.
        QFile::remove(On24Inventory::databasePath(QStringLiteral("bad")));
        QFile garbage(On24Inventory::databasePath(QStringLiteral("bad")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        On24Inventory bad(QStringLiteral("bad"));
        QVERIFY(!bad.open(nullptr));
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }
}

void TestOn24Inventory::notOpen()
{
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY(!inventory.isOpen());
    QVERIFY(inventory.entries().isEmpty());
    QVERIFY(!inventory.entry(tokenKey(1)));
    QVERIFY(!inventory.contains(tokenKey(1)));
    QCOMPARE(inventory.add(fullEntry(1), &error), On24Inventory::AddResult::Failed);
    QVERIFY2(error.contains(QStringLiteral("prod")), qPrintable(error));
    QVERIFY(!inventory.update(fullEntry(1), &error));
    QVERIFY(!inventory.remove(tokenKey(1), &error));
    QVERIFY(!inventory.recordVerify(tokenKey(1), utc(1, 1), QStringLiteral("works"), {}, &error));
    QVERIFY(!inventory.setKeepAlive(tokenKey(1), true, {}, utc(1, 1), &error));
    QVERIFY(!QFileInfo::exists(On24Inventory::databasePath(QStringLiteral("prod"))));
}

void TestOn24Inventory::permissions()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions only");
#else
    const mode_t previous = ::umask(022);
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    QCOMPARE(inventory.add(fullEntry(1), &error), On24Inventory::AddResult::Added);
    const QString path = On24Inventory::databasePath(QStringLiteral("prod"));
    QCOMPARE(fileMode(On24Inventory::directory()), 0700);
    QCOMPARE(fileMode(path), 0600);

    // The rollback journal exists during a write: SQLite gives it the file's mode, not the umask.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("UPDATE tokens SET notes = 'x'")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-journal")));
        QCOMPARE(fileMode(path + QStringLiteral("-journal")), 0600);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    // After the work is done only the database file is left, 0600.
    QVERIFY(inventory.recordVerify(tokenKey(1), utc(9, 9), QStringLiteral("works"), {}, &error));
    const QStringList files =
        QDir(On24Inventory::directory()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList{QFileInfo(path).fileName()});
    ::umask(previous);
#endif
}

void TestOn24Inventory::existingPermissionsNarrowed()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions only");
#else
    const QString path = On24Inventory::databasePath(QStringLiteral("prod"));
    QVERIFY(QDir().mkpath(On24Inventory::directory()));
    {
        On24Inventory inventory(QStringLiteral("prod"));
        QVERIFY(inventory.open(nullptr));
    }
    QVERIFY(::chmod(QFile::encodeName(On24Inventory::directory()).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QFile leftover(path + QStringLiteral("-journal"));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    QVERIFY(::chmod(QFile::encodeName(leftover.fileName()).constData(), 0666) == 0);

    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    QCOMPARE(fileMode(On24Inventory::directory()), 0700);
    QCOMPARE(fileMode(path), 0600);
    QCOMPARE(fileMode(leftover.fileName()), 0600);
#endif
}

void TestOn24Inventory::profileNameMapsToOneFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << "prod";
    QTest::newRow("slash") << "EU/prod";
    QTest::newRow("dot dot") << "..";
    QTest::newRow("traversal") << "../../etc/passwd";
    QTest::newRow("backslash") << "..\\..\\evil";
    QTest::newRow("spaces") << "  my   profile ";
    QTest::newRow("non-ASCII") << "東京 Ärger ✓";
    QTest::newRow("empty") << "";
    QTest::newRow("colon and NUL-free control") << "a:b\tc\nd";
    QTest::newRow("48 bytes") << QStringLiteral("p").repeated(48);
    QTest::newRow("49 bytes") << QStringLiteral("p").repeated(49);
    QTest::newRow("very long") << QStringLiteral("Ω").repeated(300);
}

void TestOn24Inventory::profileNameMapsToOneFile()
{
    QFETCH(QString, name);
    const QString path = On24Inventory::databasePath(name);
    const QFileInfo info(path);
    QCOMPARE(info.absolutePath(), QFileInfo(On24Inventory::directory()).absoluteFilePath());
    QVERIFY2(info.fileName().endsWith(QStringLiteral(".sqlite")), qPrintable(path));
    QVERIFY2(!info.fileName().startsWith(QLatin1Char('.')), qPrintable(path));
    QVERIFY2(info.fileName().size() <= 120, qPrintable(path));
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]+$"));
    QVERIFY2(safe.match(info.fileName()).hasMatch(), qPrintable(path));

    On24Inventory inventory(name);
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    QCOMPARE(inventory.add(fullEntry(1), &error), On24Inventory::AddResult::Added);
    QCOMPARE(QDir(On24Inventory::directory()).entryList(QDir::Files | QDir::Hidden),
             QStringList{info.fileName()});
    QCOMPARE(On24Inventory::databasePath(name), path); // stable
}

void TestOn24Inventory::profileNamesDistinct()
{
    const QStringList names = {QStringLiteral("prod"),
                               QStringLiteral("Prod"),
                               QStringLiteral("PROD"),
                               QStringLiteral("prod "),
                               QStringLiteral("pro/d"),
                               QStringLiteral("pro%2Fd"),
                               QStringLiteral(".."),
                               QStringLiteral("."),
                               QString(),
                               QStringLiteral("Ω").repeated(300),
                               QStringLiteral("Ω").repeated(301)};
    QSet<QString> lowerCasePaths;
    for (const QString& name : names)
        lowerCasePaths.insert(On24Inventory::databasePath(name).toLower());
    QCOMPARE(lowerCasePaths.size(), names.size());
}

void TestOn24Inventory::removeProfile()
{
    const QString path = On24Inventory::databasePath(QStringLiteral("old/profile"));
    {
        On24Inventory inventory(QStringLiteral("old/profile"));
        QString error;
        QVERIFY2(inventory.open(&error), qPrintable(error));
        QCOMPARE(inventory.add(fullEntry(1), &error), On24Inventory::AddResult::Added);
    }
    On24Inventory other(QStringLiteral("other"));
    QVERIFY(other.open(nullptr));
    QVERIFY(QFileInfo::exists(path));
    QString error;
    QVERIFY2(On24Inventory::removeProfile(QStringLiteral("old/profile"), &error),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(On24Inventory::databasePath(QStringLiteral("other"))));
    QVERIFY(On24Inventory::removeProfile(QStringLiteral("old/profile"), &error)); // already gone

    On24Inventory fresh(QStringLiteral("old/profile"));
    QVERIFY(fresh.open(&error));
    QVERIFY(fresh.entries().isEmpty());
}

void TestOn24Inventory::neverStoresASecret()
{
    // The API takes no secret, and refuses text shaped like one: a full workflow, with a secret
    // pasted into every free-text field it can reach, leaves none in the file.
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(inventory.add(fullEntry(i), &error), On24Inventory::AddResult::Added);

    int n = 100;
    for (QString InventoryEntry::*field :
         {&InventoryEntry::key, &InventoryEntry::name, &InventoryEntry::owner,
          &InventoryEntry::notes, &InventoryEntry::login, &InventoryEntry::addedBy,
          &InventoryEntry::keepAliveBy}) {
        InventoryEntry e = fullEntry(4);
        e.*field = QStringLiteral("pasted: ") + secretLike(++n);
        error.clear();
        QCOMPARE(inventory.add(e, &error), On24Inventory::AddResult::Failed);
        QVERIFY2(error.contains(QStringLiteral("keychain")), qPrintable(error));
        InventoryEntry existing = fullEntry(1);
        existing.*field = secretLike(++n).toUpper();
        QVERIFY(!inventory.update(existing, &error));
    }
    QVERIFY(!inventory.setKeepAlive(tokenKey(2), false, secretLike(++n), utc(9, 1), &error));
    // A verify message is recorded, with the secret-like run masked.
    QVERIFY(inventory.recordVerify(tokenKey(1), utc(9, 2), QStringLiteral("failed"),
                                   QStringLiteral("echo: ") + secretLike(++n), &error));
    QCOMPARE(inventory.entry(tokenKey(1))->lastVerifyMessage, QStringLiteral("echo: \u2026"));
    InventoryEntry withMessage = fullEntry(3);
    withMessage.lastVerifyMessage = secretLike(++n);
    QVERIFY(inventory.update(withMessage, &error));
    QVERIFY(inventory.recordVerify(tokenKey(2), utc(9, 3), QStringLiteral("works"), {}, &error));
    QVERIFY(inventory.recordVerify(tokenKey(3), utc(9, 4), QStringLiteral("quota"), {}, &error));
    QVERIFY(inventory.setKeepAlive(tokenKey(2), false, QStringLiteral("ana"), utc(9, 5), &error));
    QVERIFY(inventory.remove(tokenKey(3), &error));
    QCOMPARE(inventory.entries().size(), 2);

    static const QRegularExpression hex128(QStringLiteral("[0-9a-fA-F]{128}"));
    const QDir dir(On24Inventory::directory());
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
    QVERIFY(!files.isEmpty());
    for (const QString& file : files) {
        const QByteArray bytes = fileBytes(dir.filePath(file));
        QVERIFY(bytes.size() > 0);
        const QString text = QString::fromLatin1(bytes);
        const auto match = hex128.match(text);
        QVERIFY2(!match.hasMatch(), qPrintable(QStringLiteral("secret-like run at offset %1 of %2")
                                                   .arg(match.capturedStart())
                                                   .arg(file)));
        // Also as UTF-16, in case a column were ever stored that way.
        const QString utf16 = QString::fromUtf16(
            reinterpret_cast<const char16_t*>(bytes.constData()), bytes.size() / 2);
        QVERIFY(!hex128.match(utf16).hasMatch());
    }
}

void TestOn24Inventory::forgottenTokenLeavesNoTrace()
{
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    InventoryEntry e = fullEntry(1);
    e.notes = QStringLiteral("distinctive-forgotten-note");
    QCOMPARE(inventory.add(e, &error), On24Inventory::AddResult::Added);
    QCOMPARE(inventory.add(fullEntry(2), &error), On24Inventory::AddResult::Added);
    const QString path = On24Inventory::databasePath(QStringLiteral("prod"));
    QVERIFY(fileBytes(path).contains("distinctive-forgotten-note"));
    QVERIFY(inventory.remove(e.key, &error));
    const QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.contains("distinctive-forgotten-note"));
    QVERIFY(!bytes.contains(e.key.toLatin1()));
    QVERIFY(bytes.contains(tokenKey(2).toLatin1()));
}

void TestOn24Inventory::errorNotADatabase()
{
    QVERIFY(QDir().mkpath(On24Inventory::directory()));
    QFile garbage(On24Inventory::databasePath(QStringLiteral("prod")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY(!inventory.open(&error));
    QVERIFY(!inventory.isOpen());
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(garbage.fileName())), qPrintable(error));
    QCOMPARE(fileBytes(garbage.fileName()), QByteArray(4096, 'x')); // left as it was
}

void TestOn24Inventory::errorNewerSchema()
{
    const QString path = On24Inventory::databasePath(QStringLiteral("prod"));
    {
        On24Inventory inventory(QStringLiteral("prod"));
        QVERIFY(inventory.open(nullptr));
        QCOMPARE(inventory.add(fullEntry(1), nullptr), On24Inventory::AddResult::Added);
    }
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY(!inventory.open(&error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
}

void TestOn24Inventory::errorFolderCannotBeCreated()
{
    // A file where the folder should be: refused even for root.
    QVERIFY(QDir().mkpath(QFileInfo(On24Inventory::directory()).absolutePath()));
    QFile blocker(On24Inventory::directory());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY(!inventory.open(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(On24Inventory::directory())),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("could not")), qPrintable(error));
    QFile::remove(On24Inventory::directory());
}

void TestOn24Inventory::errorDiskFull()
{
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    QCOMPARE(inventory.add(fullEntry(1), &error), On24Inventory::AddResult::Added);
    // SQLite answers SQLITE_FULL, as on a full disk, once the file may not grow any more.
    const QString path = On24Inventory::databasePath(QStringLiteral("prod"));
    bool capped = false;
    for (const QString& name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.databaseName() != path)
            continue;
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        capped = true;
    }
    QVERIFY(capped);
    InventoryEntry big = fullEntry(2);
    big.notes = QStringLiteral("n").repeated(200000);
    QCOMPARE(inventory.add(big, &error), On24Inventory::AddResult::Failed);
    QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
    QVERIFY(!inventory.contains(big.key));
    QVERIFY(inventory.contains(tokenKey(1)));
}

void TestOn24Inventory::errorReadOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions only");
#else
    if (::geteuid() == 0)
        QSKIP("root writes to read-only files");
    const QString path = On24Inventory::databasePath(QStringLiteral("prod"));
    {
        On24Inventory inventory(QStringLiteral("prod"));
        QVERIFY(inventory.open(nullptr));
    }
    On24Inventory inventory(QStringLiteral("prod"));
    QString error;
    QVERIFY2(inventory.open(&error), qPrintable(error));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0400) == 0);
    QCOMPARE(inventory.add(fullEntry(1), &error), On24Inventory::AddResult::Failed);
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
#endif
}

QTEST_GUILESS_MAIN(TestOn24Inventory)
#include "TestOn24Inventory.moc"
