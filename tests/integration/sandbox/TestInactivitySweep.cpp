// SPDX-License-Identifier: GPL-3.0-or-later
// D8/D9 through --clock-control: warnings at 14/7/3/1 days left (once each), the disable at
// day 60, enabling and activity restarting the count. Every rule reads the server clock.
#include "ApiClient.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace TokenConsole::Testing;

class TestInactivitySweep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_admin = std::make_unique<ApiClient>(m_sandbox->url());
        QVERIFY(signIn());
    }

    void cleanup()
    {
        m_admin.reset();
        m_sandbox.reset();
    }

    void warnsAtEachThresholdOnceThenDisablesAtDaySixty()
    {
        const QJsonObject token =
            m_admin->provision(1006, QStringLiteral("Idle")).value("token").toObject();
        const QString id = token.value("id").toString();
        const QString autoDisableAt = token.value("autoDisableAt").toString();
        QVERIFY(!id.isEmpty());

        struct Step
        {
            int advance;
            QStringList expected; // the warnings' "N day(s) left" so far
        };
        const Step steps[] = {
            {45, {}},                   // 15 days left: not yet
            {1, {"14"}},                // 14 days left
            {0, {"14"}},                // a sweep with nothing new: no duplicate
            {6, {"14"}},                // 8 days left
            {1, {"14", "7"}},           // 7 days left
            {4, {"14", "7", "3"}},      // 3 days left
            {2, {"14", "7", "3", "1"}}, // 1 day left
        };
        for (const Step& step : steps) {
            QVERIFY(m_sandbox->advanceDays(step.advance));
            QVERIFY(signIn()); // the clock jump expires the session (8 h idle)
            QCOMPARE(warningDays(id), step.expected);
            QCOMPARE(status(id), QStringLiteral("active"));
        }
        QVERIFY(m_sandbox->advanceDays(1)); // day 60
        QVERIFY(signIn());
        const QJsonObject disabled = m_admin->get("/api/v1/tokens/" + id).json;
        QCOMPARE(disabled.value("status").toString(), "disabled");
        QCOMPARE(disabled.value("disabledReason").toString(), "inactivity");
        QCOMPARE(disabled.value("disabledAt").toString(), autoDisableAt);
        QVERIFY(disabled.value("autoDisableAt").isNull());
        QCOMPARE(auditActions(id).count(QStringLiteral("inactivity_disable")), 1);
        QCOMPARE(auditActions(id).count(QStringLiteral("inactivity_warning")), 4);
    }

    void enablingRestartsTheCount()
    {
        const QString id = m_admin->provision(1006, QStringLiteral("Idle"))
                               .value("token")
                               .toObject()
                               .value("id")
                               .toString();
        QVERIFY(m_sandbox->advanceDays(61));
        QVERIFY(signIn());
        QCOMPARE(status(id), QStringLiteral("disabled"));
        const HttpResult enabled = m_admin->send("POST", "/api/v1/tokens/" + id + "/enable");
        QCOMPARE(enabled.status, 200);
        const QDateTime serverNow = dateOf(enabled);
        const QDateTime since =
            QDateTime::fromString(enabled.json.value("inactiveSince").toString(), Qt::ISODate);
        QVERIFY(qAbs(since.secsTo(serverNow)) <= 2); // Date is taken a moment later
        QCOMPARE(QDateTime::fromString(enabled.json.value("autoDisableAt").toString(), Qt::ISODate),
                 since.addDays(60));

        QVERIFY(m_sandbox->advanceDays(46)); // a new period: its own 14-day warning
        QVERIFY(signIn());
        QCOMPARE(warningDays(id).count(QStringLiteral("14")), 1);
        QCOMPARE(status(id), QStringLiteral("active"));
    }

    void activityRestartsTheCount()
    {
        const QJsonObject provisioned = m_admin->provision(1007, QStringLiteral("Busy"));
        const QJsonObject token = provisioned.value("token").toObject();
        const QString id = token.value("id").toString();
        QVERIFY(m_sandbox->advanceDays(40));
        const HttpResult call =
            m_admin->on24(QStringLiteral("/v2/client/10001"), token.value("key").toString(),
                          provisioned.value("secret").toString());
        QCOMPARE(call.status, 200);
        QVERIFY(m_sandbox->advanceDays(40)); // 80 days since provisioning, 40 since the call
        QVERIFY(signIn());
        const QJsonObject now = m_admin->get("/api/v1/tokens/" + id).json;
        QCOMPARE(now.value("status").toString(), "active");
        QCOMPARE(now.value("inactiveSince"), now.value("lastActivityAt"));
        QVERIFY(warningDays(id).isEmpty());
    }

    void dateHeaderFollowsTheServerClock()
    {
        const QDateTime before = dateOf(m_admin->get(QStringLiteral("/api/v1/account")));
        QVERIFY(before.isValid());
        QVERIFY(qAbs(before.secsTo(QDateTime::currentDateTimeUtc())) <= 5);
        QVERIFY(m_sandbox->advanceDays(3));
        const QDateTime after = dateOf(m_admin->get(QStringLiteral("/api/v1/account")));
        QVERIFY(qAbs(after.secsTo(QDateTime::currentDateTimeUtc().addDays(3))) <= 5);
    }

    void demoMarketoTokenIsWarnedAtStart()
    {
        // 50 days idle at seed time: 10 days left, so the first sweep records the 14-day band.
        const QStringList days = warningDays(QStringLiteral("tok_demomarketo000002"));
        QCOMPARE(days, QStringList{QStringLiteral("10")});
    }

private:
    bool signIn()
    {
        return !m_admin
                    ->signIn(QStringLiteral("admin@acme.example"), QStringLiteral("sandbox-admin"))
                    .isEmpty();
    }

    QString status(const QString& id)
    {
        return m_admin->get("/api/v1/tokens/" + id).json.value("status").toString();
    }

    QJsonArray audit()
    {
        return m_admin->get(QStringLiteral("/api/v1/audit?limit=1000"))
            .json.value("items")
            .toArray();
    }

    QStringList auditActions(const QString& id)
    {
        QStringList actions;
        for (const QJsonValue& v : audit()) {
            if (v.toObject().value("tokenId").toString() == id)
                actions << v.toObject().value("action").toString();
        }
        return actions;
    }

    // The "N" of each warning's "N day(s) left", oldest first.
    QStringList warningDays(const QString& id)
    {
        QStringList days;
        for (const QJsonValue& v : audit()) {
            const QJsonObject e = v.toObject();
            if (e.value("tokenId").toString() == id &&
                e.value("action").toString() == QLatin1String("inactivity_warning"))
                days.prepend(e.value("detail").toString().section(QLatin1Char(' '), 0, 0));
        }
        return days;
    }

    static QDateTime dateOf(const HttpResult& r)
    {
        QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(r.header("Date")),
                                              QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        t.setTimeSpec(Qt::UTC);
        return t;
    }

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_admin;
};

QTEST_GUILESS_MAIN(TestInactivitySweep)
#include "TestInactivitySweep.moc"
