// SPDX-License-Identifier: GPL-3.0-or-later
// Restart persistence: committed writes survive a stop (and a SIGKILL), and a seed is
// applied only to an empty data folder.
#include "ApiClient.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenConsole::Testing;

class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void restartKeepsDataAndSkipsTheSeed_data()
    {
        QTest::addColumn<bool>("hardKill");
        QTest::newRow("stop") << false;
        QTest::newRow("SIGKILL") << true;
    }
    void restartKeepsDataAndSkipsTheSeed()
    {
        QFETCH(bool, hardKill);
        QTemporaryDir data;
        QVERIFY(data.isValid());
        SandboxProcess::Options options;
        options.dataDirectory = data.path();

        QString provisionedId;
        QJsonArray tokensBefore;
        int auditBefore = 0;
        {
            SandboxProcess first;
            QString error;
            QVERIFY2(first.start(options, &error), qPrintable(error));
            ApiClient admin(first.url());
            QVERIFY(!admin.signIn("admin@acme.example", "sandbox-admin").isEmpty());
            provisionedId =
                admin.provision(1006, "Kept").value("token").toObject().value("id").toString();
            QVERIFY(!provisionedId.isEmpty());
            const HttpResult renamed =
                admin.send("PATCH", "/api/v1/tokens/tok_demosalesforce0001",
                           "{\"name\":\"Renamed before restart\"}", {{"If-Match", "\"3\""}});
            QCOMPARE(renamed.status, 200);
            tokensBefore = admin.get("/api/v1/tokens").json.value("items").toArray();
            auditBefore =
                admin.get("/api/v1/audit?limit=1000").json.value("items").toArray().size();
            if (hardKill)
                first.kill();
            else
                first.stop();
        }

        SandboxProcess second;
        QString error;
        QVERIFY2(second.start(options, &error), qPrintable(error));
        ApiClient admin(second.url());
        QVERIFY(!admin.signIn("admin@acme.example", "sandbox-admin").isEmpty());
        const QJsonArray tokensAfter = admin.get("/api/v1/tokens").json.value("items").toArray();
        QCOMPARE(tokensAfter.size(), 4); // three demo tokens + the provisioned one, no reseed
        QCOMPARE(tokensAfter, tokensBefore);
        QCOMPARE(admin.get("/api/v1/tokens/tok_demosalesforce0001").json.value("name").toString(),
                 "Renamed before restart");
        // The seed added nothing: the audit holds exactly what it held (a sweep at start may
        // only re-check warnings already recorded).
        QCOMPARE(admin.get("/api/v1/audit?limit=1000").json.value("items").toArray().size(),
                 auditBefore);
        QCOMPARE(admin.provision(1006, "Again").size(), 0); // still one token per login
    }

    void noneSeedStartsEmpty()
    {
        SandboxProcess::Options options;
        options.seed = QStringLiteral("none");
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(options, &error), qPrintable(error));
        ApiClient client(sandbox.url());
        const HttpResult r = client.post(
            "/api/v1/sessions", {{"login", "admin@acme.example"}, {"password", "sandbox-admin"}});
        QCOMPARE(r.status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "TestSandboxPersistence.moc"
