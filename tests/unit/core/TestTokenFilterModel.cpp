// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestTokens.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace TokenConsole;
using M = TokenTableModel;
using F = TokenFilterModel::StatusFilter;

class TestTokenFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void text_data();
    void text();
    void status_data();
    void status();
    void sorting_data();
    void sorting();
    void followsSourceChanges();
    void tokensByIndexAndIndexesById();
    void ownerAndNotes_data();
    void ownerAndNotes();
    void ownerSearchFollowsChanges();
    void namesSortNaturally_data();
    void namesSortNaturally();
    void typingNarrowsAndDeletingWidens();
    void aFilterChangeIsOneLayoutChange();
    void pagesArriveWhileSorted();
    void statusCountsInOnePass();
    void largeRefreshStaysSortedAndFiltered_data();
    void largeRefreshStaysSortedAndFiltered();

private:
    QStringList visibleIds() const;
    M* m_model = nullptr;
    TokenFilterModel* m_filter = nullptr;
    QAbstractItemModelTester* m_sourceTester = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestTokenFilterModel::init()
{
    const QDateTime now = TestTokens::fixedNow();
    m_model = new M(this);
    m_model->setNow(now);
    // a: used yesterday; b: 50 days inactive; c: disabled manually; d: disabled for inactivity;
    // e: 58 days inactive, never used.
    Token a = TestTokens::make(1, now, 1);
    a.name = QStringLiteral("Salesforce");
    a.login = QStringLiteral("jane@acme.example");
    Token b = TestTokens::make(2, now, 50);
    b.name = QStringLiteral("Marketo");
    b.login = QStringLiteral("bob@acme.example");
    Token c = TestTokens::make(3, now, 5);
    c.name = QStringLiteral("BI warehouse");
    c.status = Token::Status::Disabled;
    c.disabledReason = Token::DisabledReason::Manual;
    c.autoDisableAt = {};
    Token d = TestTokens::make(4, now, 70);
    d.name = QStringLiteral("old sync");
    d.status = Token::Status::Disabled;
    d.disabledReason = Token::DisabledReason::Inactivity;
    d.autoDisableAt = {};
    Token e = TestTokens::make(5, now, 58);
    e.name = QStringLiteral("alpha");
    e.lastActivityAt = {};
    e.key = QStringLiteral("ZZSPECIALKEY0000000000000000000");
    m_model->refresh({a, b, c, d, e});
    m_filter = new TokenFilterModel(this);
    m_sourceTester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_filter->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestTokenFilterModel::tokensByIndexAndIndexesById()
{
    m_filter->setFilterText(QStringLiteral("market"));
    QCOMPARE(m_filter->rowCount(), 1);
    const QModelIndex shown = m_filter->indexOf(m_model->token(1).id, 2);
    QVERIFY(shown.isValid());
    QCOMPARE(shown.column(), 2);
    QCOMPARE(m_filter->token(shown).name, QStringLiteral("Marketo"));
    // Filtered out, unknown, or no index at all.
    QVERIFY(!m_filter->indexOf(m_model->token(0).id).isValid());
    QVERIFY(!m_filter->indexOf(QStringLiteral("tok_nobody")).isValid());
    QVERIFY(m_filter->token(QModelIndex()).id.isEmpty());
}

void TestTokenFilterModel::cleanup()
{
    delete m_tester;
    delete m_filter;
    delete m_sourceTester;
    delete m_model;
}

QStringList TestTokenFilterModel::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids << m_filter->index(row, 0).data(M::IdRole).toString().right(1);
    return ids;
}

void TestTokenFilterModel::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("empty") << "" << QStringList{"1", "2", "3", "4", "5"};
    QTest::newRow("name, any case") << "sALes" << QStringList{"1"};
    QTest::newRow("login") << "bob@" << QStringList{"2"};
    QTest::newRow("key") << "zzspecial" << QStringList{"5"};
    QTest::newRow("spaces trimmed") << "  marketo " << QStringList{"2"};
    QTest::newRow("no match") << "nothing-like-this" << QStringList{};
}

void TestTokenFilterModel::text()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    m_filter->setFilterText(text);
    QCOMPARE(visibleIds(), ids);
}

void TestTokenFilterModel::ownerAndNotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("owner, any case") << "marketing OPS" << QStringList{"1"};
    QTest::newRow("notes") << "WAREHOUSE nightly" << QStringList{"2"};
    QTest::newRow("non-ASCII owner, folded") << "JÜRGEN" << QStringList{"3"};
    QTest::newRow("non-ASCII notes, lower case typed") << "hauptstraße" << QStringList{"3"};
    QTest::newRow("never across owner and notes") << "ops\nthe" << QStringList{};
    QTest::newRow("name still matches") << "alpha" << QStringList{"5"};
}

void TestTokenFilterModel::ownerAndNotes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    Token a = m_model->token(0);
    a.owner = QStringLiteral("Raj (Marketing Ops)");
    a.notes = QStringLiteral("The CRM sync.");
    Token b = m_model->token(1);
    b.notes = QStringLiteral("Nightly: the warehouse nightly export.");
    Token c = m_model->token(2);
    c.owner = QStringLiteral("Jürgen");
    c.notes = QStringLiteral("HAUPTSTRASSE 5, HAUPTSTRAẞE");
    m_model->upsert(a);
    m_model->upsert(b);
    m_model->upsert(c);
    m_filter->setFilterText(text);
    QCOMPARE(visibleIds(), ids);
}

void TestTokenFilterModel::ownerSearchFollowsChanges()
{
    m_filter->setFilterText(QStringLiteral("raj"));
    QCOMPARE(visibleIds(), QStringList{});
    // An edit (only the notes: no visible column changes), a new token, a removal.
    Token b = m_model->token(1);
    b.notes = QStringLiteral("Ask Raj first.");
    ++b.version;
    m_model->upsert(b);
    QCOMPARE(visibleIds(), QStringList{"2"});
    Token f = TestTokens::make(6, TestTokens::fixedNow(), 3);
    f.owner = QStringLiteral("RAJ");
    m_model->upsert(f);
    QCOMPARE(visibleIds(), (QStringList{"2", "6"}));
    m_model->remove(b.id);
    QCOMPARE(visibleIds(), QStringList{"6"});
    b.notes.clear();
    TokenList all = m_model->tokens();
    all.append(b);
    m_model->refresh(all);
    QCOMPARE(visibleIds(), QStringList{"6"});
}

void TestTokenFilterModel::status_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("within");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("all") << int(F::All) << 14 << QStringList{"1", "2", "3", "4", "5"};
    QTest::newRow("active") << int(F::Active) << 14 << QStringList{"1", "2", "5"};
    QTest::newRow("expiring 14") << int(F::Expiring) << 14 << QStringList{"2", "5"};
    QTest::newRow("expiring 3") << int(F::Expiring) << 3 << QStringList{"5"};
    QTest::newRow("disabled") << int(F::Disabled) << 14 << QStringList{"3", "4"};
    QTest::newRow("inactivity") << int(F::DisabledForInactivity) << 14 << QStringList{"4"};
}

void TestTokenFilterModel::status()
{
    QFETCH(int, filter);
    QFETCH(int, within);
    QFETCH(QStringList, ids);
    m_filter->setExpiringWithinDays(within);
    m_filter->setStatusFilter(F(filter));
    QCOMPARE(visibleIds(), ids);
    int matching = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        matching += m_filter->matchesStatus(row, F(filter)) ? 1 : 0;
    QCOMPARE(matching, int(ids.size()));
}

void TestTokenFilterModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    QTest::newRow("name") << int(M::NameColumn) << QStringList{"5", "3", "2", "4", "1"};
    QTest::newRow("last activity: never first") << int(M::LastActivityColumn) << QStringList{"5", "4", "2", "3", "1"};
    QTest::newRow("days inactive") << int(M::DaysInactiveColumn) << QStringList{"1", "3", "2", "5", "4"};
    QTest::newRow("auto-disable: disabled last") << int(M::AutoDisableColumn) << QStringList{"5", "2", "1", "3", "4"};
    QTest::newRow("status: ties in server order") << int(M::StatusColumn) << QStringList{"1", "2", "5", "3", "4"};
}

void TestTokenFilterModel::sorting()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    m_filter->sort(column, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), ascending);
    m_filter->sort(column, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(visibleIds(), descending);
}

void TestTokenFilterModel::followsSourceChanges()
{
    m_filter->setFilterText(QStringLiteral("sales"));
    QCOMPARE(visibleIds(), QStringList{"1"});
    Token b = m_model->token(1);
    b.name = QStringLiteral("Salesloft");
    m_model->upsert(b);
    QCOMPARE(visibleIds(), (QStringList{"1", "2"}));
}

void TestTokenFilterModel::largeRefreshStaysSortedAndFiltered_data()
{
    QTest::addColumn<int>("changed");  // rows touched by the refresh: below and above the batch threshold
    QTest::newRow("few rows: one by one") << 5;
    QTest::newRow("many rows: one pass") << 150;
}

void TestTokenFilterModel::largeRefreshStaysSortedAndFiltered()
{
    QFETCH(int, changed);
    const QDateTime now = TestTokens::fixedNow();
    M model;
    model.setNow(now);
    TokenList list;
    for (int i = 0; i < 300; ++i)
        list.append(TestTokens::make(i, now, 1 + (i * 7) % 50));
    model.refresh(list);
    TokenFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.sort(M::LastActivityColumn, Qt::DescendingOrder);
    filter.setFilterText(QStringLiteral("1"));
    const QPersistentModelIndex kept = filter.index(0, 0);
    const QString keptId = kept.data(M::IdRole).toString();

    // Touch `changed` rows: used now (moves them to the top) and renamed (changes the filter).
    for (int i = 0; i < changed; ++i) {
        Token& t = list[(i * 37) % 300];
        t.lastActivityAt = now.addSecs(-i);
        t.inactiveSince = t.lastActivityAt;
        t.autoDisableAt = t.inactiveSince.addDays(60);
        t.name = QStringLiteral("renamed %1").arg(i);
        ++t.version;
    }
    list.append(TestTokens::make(1001, now, 0));  // and one new token
    model.refresh(list);

    // Compare against the answer computed from scratch.
    QVector<const Token*> expected;
    for (const Token& t : model.tokens())
        if (t.name.contains(QLatin1Char('1')) || t.login.contains(QLatin1Char('1')) || t.key.contains(QLatin1Char('1')))
            expected.append(&t);
    std::stable_sort(expected.begin(), expected.end(), [](const Token* a, const Token* b) {
        if (a->lastActivityAt != b->lastActivityAt)
            return a->lastActivityAt > b->lastActivityAt;
        return a > b;  // ties in server (row) order, reversed with the sort
    });
    QCOMPARE(filter.rowCount(), int(expected.size()));
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, 0).data(M::IdRole).toString(), expected.at(row)->id);
    // The selection survives: a persistent index still names the same token.
    if (kept.isValid())
        QCOMPARE(kept.data(M::IdRole).toString(), keptId);
}

void TestTokenFilterModel::namesSortNaturally_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("ascending");
    QTest::newRow("numbers by value") << QStringList{"Integration 10", "Integration 2", "Integration 1"}
                                      << QStringList{"Integration 1", "Integration 2", "Integration 10"};
    QTest::newRow("case does not matter") << QStringList{"beta", "Alpha", "alpha 2"}
                                          << QStringList{"Alpha", "alpha 2", "beta"};
    QTest::newRow("leading zeros are the same number, then the server's order")
        << QStringList{"Sync 007", "Sync 7", "Sync 10"} << QStringList{"Sync 007", "Sync 7", "Sync 10"};
    QTest::newRow("several numbers") << QStringList{"v1.10", "v1.9", "v1.9.1"}
                                     << QStringList{"v1.9", "v1.9.1", "v1.10"};
}

void TestTokenFilterModel::namesSortNaturally()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, ascending);
    M model;
    TokenList tokens;
    for (int i = 0; i < names.size(); ++i) {
        Token t = TestTokens::make(i, TestTokens::fixedNow(), 1);
        t.name = names.at(i);
        tokens.append(t);
    }
    model.refresh(tokens);
    TokenFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.sort(M::NameColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown << filter.index(row, M::NameColumn).data().toString();
    QCOMPARE(shown, ascending);
}

void TestTokenFilterModel::typingNarrowsAndDeletingWidens()
{
    // "a" then "al" (narrowed from what "a" shows) must equal "al" typed at once.
    m_filter->setFilterText(QStringLiteral("a"));
    const QStringList a = visibleIds();
    m_filter->setFilterText(QStringLiteral("al"));
    const QStringList narrowed = visibleIds();
    m_filter->setFilterText(QString());
    QCOMPARE(m_filter->rowCount(), 5);
    m_filter->setFilterText(QStringLiteral("al"));
    QCOMPARE(visibleIds(), narrowed);
    QStringList expected;  // what a search from scratch finds, in the proxy's (server) order
    for (const Token& t : m_model->tokens()) {
        for (const QString& field : {t.name, t.owner, t.notes, t.login, t.key}) {
            if (field.contains(QLatin1String("al"), Qt::CaseInsensitive)) {
                expected << t.id.right(1);
                break;
            }
        }
    }
    QCOMPARE(narrowed, expected);
    QVERIFY(a.size() > narrowed.size());
}

void TestTokenFilterModel::aFilterChangeIsOneLayoutChange()
{
    // A view takes one layout change at once; thousands of row removals one by one.
    QSignalSpy removed(m_filter, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_filter, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_filter, &QAbstractItemModel::layoutChanged);
    const QPersistentModelIndex current = m_filter->indexOf(m_model->token(1).id);  // Marketo
    QVERIFY(current.isValid());
    m_filter->setFilterText(QStringLiteral("o"));  // "Marketo", "old sync", "Salesforce"…
    m_filter->setStatusFilter(F::Active);
    m_filter->sort(M::NameColumn, Qt::DescendingOrder);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(layout.count(), 3);
    // The persistent index (a selection) follows its token.
    QVERIFY(current.isValid());
    QCOMPARE(current.data(M::IdRole).toString(), m_model->token(1).id);
    m_filter->setFilterText(QStringLiteral("salesforce"));
    QVERIFY(!current.isValid());
}

void TestTokenFilterModel::pagesArriveWhileSorted()
{
    // A first load appends page after page; the view stays sorted and filtered throughout.
    const QDateTime now = TestTokens::fixedNow();
    M model;
    model.setNow(now);
    TokenFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.sort(M::DaysInactiveColumn, Qt::AscendingOrder);
    filter.setFilterText(QStringLiteral("2"));
    TokenList all;
    for (int page = 0; page < 4; ++page) {
        TokenList tokens;
        for (int i = 0; i < 25; ++i)
            tokens.append(TestTokens::make(page * 25 + i, now, 1 + (page * 25 + i) * 13 % 59));
        model.append(tokens);
        all.append(tokens);
        int previous = -1;
        for (int row = 0; row < filter.rowCount(); ++row) {
            const Token t = filter.token(filter.index(row, 0));
            QVERIFY(t.name.contains(QLatin1Char('2')) || t.login.contains(QLatin1Char('2'))
                    || t.key.contains(QLatin1Char('2')));
            const int days = filter.index(row, M::DaysInactiveColumn).data(M::SortRole).toInt();
            QVERIFY(days >= previous);
            previous = days;
        }
    }
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(filter.totalCount(), 100);
}

void TestTokenFilterModel::statusCountsInOnePass()
{
    const TokenFilterModel::StatusCounts counts = m_filter->statusCounts();
    for (F filter : {F::All, F::Active, F::Expiring, F::Disabled, F::DisabledForInactivity}) {
        int expected = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            expected += m_filter->matchesStatus(row, filter) ? 1 : 0;
        QCOMPARE(counts.of(filter), expected);
    }
    QCOMPARE(counts.all, 5);
    QCOMPARE(counts.disabled, 2);
}

QTEST_GUILESS_MAIN(TestTokenFilterModel)
#include "TestTokenFilterModel.moc"
