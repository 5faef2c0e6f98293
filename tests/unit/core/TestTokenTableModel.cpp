// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestTokens.h"
#include "i18n/Translations.h"
#include "model/TokenTableModel.h"
#include "policy/InactivityPolicy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace TokenConsole;
using M = TokenTableModel;

namespace {

// "first-last" for each rowsRemoved/rowsInserted, in emission order.
QStringList rowRanges(const QSignalSpy& spy)
{
    QStringList out;
    for (const QList<QVariant>& args : spy)
        out << QStringLiteral("%1-%2").arg(args.at(1).toInt()).arg(args.at(2).toInt());
    return out;
}

// "r<first>-<last>:c<first>-<last>" for each dataChanged.
QStringList changeRanges(const QSignalSpy& spy)
{
    QStringList out;
    for (const QList<QVariant>& args : spy) {
        const auto tl = args.at(0).value<QModelIndex>();
        const auto br = args.at(1).value<QModelIndex>();
        out << QStringLiteral("r%1-%2:c%3-%4").arg(tl.row()).arg(br.row()).arg(tl.column()).arg(br.column());
    }
    return out;
}

} // namespace

class TestTokenTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QModelIndex>();
        Translations::install(QStringLiteral("en"));
    }
    void merge_data();
    void merge();
    void displayRoles_data();
    void displayRoles();
    void sortRoleIsTyped();
    void upsertAndIndexOf();
    void tickAnnouncesOnlyMovedRows();
    void localSecretColumn();
    void clearRemovesAll();
};

void TestTokenTableModel::merge_data()
{
    QTest::addColumn<int>("initial");
    QTest::addColumn<QList<int>>("removed");
    QTest::addColumn<int>("added");
    QTest::addColumn<QList<int>>("renamed");
    QTest::addColumn<QList<int>>("used");
    QTest::addColumn<QStringList>("removals");
    QTest::addColumn<QStringList>("inserts");
    QTest::addColumn<QStringList>("changes");

    using L = QList<int>;
    QTest::newRow("identical: no signal") << 5 << L{} << 0 << L{} << L{} << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("first load") << 0 << L{} << 4 << L{} << L{} << QStringList{} << QStringList{"0-3"} << QStringList{};
    QTest::newRow("append") << 3 << L{} << 2 << L{} << L{} << QStringList{} << QStringList{"3-4"} << QStringList{};
    QTest::newRow("remove ranges from the back") << 10 << L{1, 2, 3, 7, 9} << 0 << L{} << L{}
        << QStringList{"9-9", "7-7", "1-3"} << QStringList{} << QStringList{};
    QTest::newRow("remove everything") << 4 << L{0, 1, 2, 3} << 0 << L{} << L{}
        << QStringList{"0-3"} << QStringList{} << QStringList{};
    QTest::newRow("rename: name column only") << 6 << L{} << 0 << L{2} << L{}
        << QStringList{} << QStringList{} << QStringList{"r2-2:c0-0"};
    QTest::newRow("adjacent renames batch") << 6 << L{} << 0 << L{2, 3, 5} << L{}
        << QStringList{} << QStringList{} << QStringList{"r2-3:c0-0", "r5-5:c0-0"};
    QTest::newRow("activity: three columns") << 6 << L{} << 0 << L{} << L{4}
        << QStringList{} << QStringList{} << QStringList{"r4-4:c5-7"};
    QTest::newRow("different columns do not merge") << 6 << L{} << 0 << L{1} << L{2}
        << QStringList{} << QStringList{} << QStringList{"r1-1:c0-0", "r2-2:c5-7"};
    QTest::newRow("all at once") << 8 << L{0, 6} << 2 << L{3} << L{5}
        << QStringList{"6-6", "0-0"} << QStringList{"6-7"} << QStringList{"r2-2:c0-0", "r4-4:c5-7"};
}

void TestTokenTableModel::merge()
{
    QFETCH(int, initial);
    QFETCH(QList<int>, removed);
    QFETCH(int, added);
    QFETCH(QList<int>, renamed);
    QFETCH(QList<int>, used);
    QFETCH(QStringList, removals);
    QFETCH(QStringList, inserts);
    QFETCH(QStringList, changes);

    const QDateTime now = TestTokens::fixedNow();
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(now);
    TokenList before;
    for (int i = 0; i < initial; ++i)
        before.append(TestTokens::make(i, now, 5));
    model.refresh(before);

    TokenList after;
    for (int i = 0; i < initial; ++i) {
        if (removed.contains(i))
            continue;
        Token t = before.at(i);
        if (renamed.contains(i)) {
            t.name += QStringLiteral(" (renamed)");
            ++t.version;
        }
        if (used.contains(i)) {
            t.lastActivityAt = now.addSecs(-60);
            t.inactiveSince = t.lastActivityAt;
            t.autoDisableAt = t.inactiveSince.addDays(60);
            ++t.version;
        }
        after.append(t);
    }
    for (int i = 0; i < added; ++i)
        after.append(TestTokens::make(1000 + i, now));

    QSignalSpy reset(&model, &M::modelAboutToBeReset);
    QSignalSpy removedSpy(&model, &M::rowsRemoved);
    QSignalSpy insertedSpy(&model, &M::rowsInserted);
    QSignalSpy changedSpy(&model, &M::dataChanged);
    model.refresh(after);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(rowRanges(removedSpy), removals);
    QCOMPARE(rowRanges(insertedSpy), inserts);
    QCOMPARE(changeRanges(changedSpy), changes);
    QCOMPARE(model.rowCount(), int(after.size()));
    for (const Token& t : after) {
        const QModelIndex index = model.indexOf(t.id);
        QVERIFY2(index.isValid(), qPrintable(t.id));
        QCOMPARE(model.token(index), t);
        QCOMPARE(index.data(M::IdRole).toString(), t.id);
    }
    for (int i : removed)
        QVERIFY(!model.indexOf(before.at(i).id).isValid());
}

void TestTokenTableModel::displayRoles_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<int>("status");  // 0 active, 1 manual, 2 inactivity
    QTest::addColumn<QString>("text");

    QTest::newRow("days left") << int(M::AutoDisableColumn) << 48 << 0 << "12 days";
    QTest::newRow("one day left") << int(M::AutoDisableColumn) << 59 << 0 << "1 day";
    QTest::newRow("today") << int(M::AutoDisableColumn) << 61 << 0 << "Today";
    QTest::newRow("disabled: dash") << int(M::AutoDisableColumn) << 10 << 1 << QStringLiteral("\u2014");
    QTest::newRow("status active") << int(M::StatusColumn) << 1 << 0 << "Active";
    QTest::newRow("status disabled") << int(M::StatusColumn) << 1 << 1 << "Disabled";
    QTest::newRow("status inactivity") << int(M::StatusColumn) << 61 << 2 << "Disabled (inactivity)";
    QTest::newRow("access all") << int(M::AccessColumn) << 1 << 0 << "All endpoints";
    QTest::newRow("days inactive") << int(M::DaysInactiveColumn) << 50 << 0 << "50";
    QTest::newRow("no local secret") << int(M::LocalSecretColumn) << 1 << 0 << "No";
}

void TestTokenTableModel::displayRoles()
{
    QFETCH(int, column);
    QFETCH(int, daysAgo);
    QFETCH(int, status);
    QFETCH(QString, text);
    const QDateTime now = TestTokens::fixedNow();
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(now);
    Token t = TestTokens::make(1, now, daysAgo);
    if (status > 0) {
        t.status = Token::Status::Disabled;
        t.disabledReason = status == 1 ? Token::DisabledReason::Manual : Token::DisabledReason::Inactivity;
        t.autoDisableAt = {};
        t.disabledAt = now;
    }
    model.refresh({t});
    QCOMPARE(model.index(0, column).data().toString(), text);
    QVERIFY(model.headerData(column, Qt::Horizontal).toString().size() > 2);
    QVERIFY(!model.index(0, column).data(Qt::ForegroundRole).isValid());
}

void TestTokenTableModel::sortRoleIsTyped()
{
    const QDateTime now = TestTokens::fixedNow();
    M model;
    model.setNow(now);
    Token never = TestTokens::make(2, now, 3);
    never.lastActivityAt = {};
    model.refresh({TestTokens::make(1, now, 50), never});
    QCOMPARE(model.index(0, M::LastActivityColumn).data(M::SortRole).typeId(), QMetaType::LongLong);
    QVERIFY(model.index(1, M::LastActivityColumn).data(M::SortRole).toLongLong()
            < model.index(0, M::LastActivityColumn).data(M::SortRole).toLongLong());
    QCOMPARE(model.index(0, M::AutoDisableColumn).data(M::SortRole).toInt(), 10);
    QCOMPARE(model.index(0, M::DaysInactiveColumn).data(M::SortRole).toInt(), 50);
    QCOMPARE(model.index(0, 0).data(M::BandRole).toInt(), int(InactivityPolicy::Band::Warning));
    QCOMPARE(model.index(1, 0).data(M::BandRole).toInt(), int(InactivityPolicy::Band::None));
    QCOMPARE(model.index(0, 0).data(M::DaysLeftRole).toInt(), 10);
    QCOMPARE(model.index(0, 0).data(M::TokenRole).value<Token>().id, model.token(0).id);
}

void TestTokenTableModel::upsertAndIndexOf()
{
    const QDateTime now = TestTokens::fixedNow();
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(now);
    model.refresh({TestTokens::make(1, now), TestTokens::make(2, now)});
    QSignalSpy changed(&model, &M::dataChanged);
    QSignalSpy inserted(&model, &M::rowsInserted);

    Token t = model.token(1);
    t.status = Token::Status::Disabled;
    t.disabledReason = Token::DisabledReason::Manual;
    t.disabledAt = now;
    t.autoDisableAt = {};
    model.upsert(t);
    // The band moved (row colour): the whole row is announced.
    QCOMPARE(changeRanges(changed), QStringList{"r1-1:c0-12"});
    model.upsert(t);
    QCOMPARE(changed.count(), 1);
    model.upsert(TestTokens::make(3, now));
    QCOMPARE(rowRanges(inserted), QStringList{"2-2"});
    QCOMPARE(model.indexOf(QStringLiteral("tok_000003"), 4).row(), 2);
    QCOMPARE(model.indexOf(QStringLiteral("tok_000003"), 4).column(), 4);
    QVERIFY(!model.indexOf(QStringLiteral("nope")).isValid());
}

void TestTokenTableModel::tickAnnouncesOnlyMovedRows()
{
    const QDateTime now = TestTokens::fixedNow();
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(now);
    TokenList list;
    for (int i = 0; i < 4; ++i)
        list.append(TestTokens::make(i, now, 10));
    // Row 2 crosses the 14-day warning line within the next hour.
    list[2].inactiveSince = now.addDays(-46).addSecs(30 * 60);
    list[2].autoDisableAt = list[2].inactiveSince.addDays(60);
    model.refresh(list);
    QSignalSpy changed(&model, &M::dataChanged);
    model.setNow(now.addSecs(60));
    QCOMPARE(changed.count(), 0);
    model.setNow(now.addSecs(3600));
    QCOMPARE(changeRanges(changed), QStringList{"r2-2:c0-12"});
}

void TestTokenTableModel::localSecretColumn()
{
    const QDateTime now = TestTokens::fixedNow();
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh({TestTokens::make(1, now), TestTokens::make(2, now)});
    QSignalSpy changed(&model, &M::dataChanged);
    model.setLocalSecretKeys({model.token(1).key});
    QCOMPARE(changeRanges(changed), QStringList{"r1-1:c9-9"});
    QCOMPARE(model.index(1, M::LocalSecretColumn).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(model.index(0, M::LocalSecretColumn).data().toString(), QStringLiteral("No"));
}

void TestTokenTableModel::clearRemovesAll()
{
    const QDateTime now = TestTokens::fixedNow();
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh({TestTokens::make(1, now), TestTokens::make(2, now)});
    QSignalSpy removed(&model, &M::rowsRemoved);
    model.clear();
    QCOMPARE(rowRanges(removed), QStringList{"0-1"});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexOf(QStringLiteral("tok_000001")).isValid());
}

QTEST_GUILESS_MAIN(TestTokenTableModel)
#include "TestTokenTableModel.moc"
