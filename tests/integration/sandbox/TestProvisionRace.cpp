// SPDX-License-Identifier: GPL-3.0-or-later
// D7 under concurrency: twenty simultaneous provisions for one login, each on its own
// connection. The database's UNIQUE constraint must let exactly one win.
#include "ApiClient.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>
#include <memory>
#include <vector>

using namespace TokenConsole::Testing;

class TestProvisionRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exactlyOneOfTwentyWins_data()
    {
        QTest::addColumn<int>("processes");
        QTest::newRow("one sandbox") << 1;
        // The embedded sandbox of the GUI and of a CLI run can share one data folder.
        QTest::newRow("two sandboxes, one data folder") << 2;
    }
    void exactlyOneOfTwentyWins()
    {
        QFETCH(int, processes);
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SandboxProcess second;
        SandboxProcess::Options sharing;
        sharing.dataDirectory = sandbox.dataDirectory();
        if (processes == 2)
            QVERIFY2(second.start(sharing, &error), qPrintable(error));
        ApiClient admin(sandbox.url());
        const QString session =
            admin.signIn(QStringLiteral("admin@acme.example"), QStringLiteral("sandbox-admin"));
        QVERIFY(!session.isEmpty());
        ApiClient otherAdmin(processes == 2 ? second.url() : sandbox.url());
        const QString otherSession = otherAdmin.signIn(QStringLiteral("admin@acme.example"),
                                                       QStringLiteral("sandbox-admin"));
        QVERIFY(!otherSession.isEmpty());

        constexpr int racers = 20;
        // One manager each: a manager keeps at most six connections per host.
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<QNetworkReply*> replies;
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{"userId", 1006}, {"name", "Race"}, {"access", "all_endpoints"}})
                .toJson(QJsonDocument::Compact);
        for (int i = 0; i < racers; ++i) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            ApiClient& target = i % 2 ? otherAdmin : admin;
            QNetworkRequest request(target.url(QStringLiteral("/api/v1/tokens")));
            request.setRawHeader("Authorization", "Bearer " + target.session().toLatin1());
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            replies.append(managers.back()->post(request, body));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](QNetworkReply* r) { return r->isFinished(); }),
                                 20000);
        int created = 0;
        int conflicts = 0;
        for (QNetworkReply* reply : replies) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            if (status == 201)
                ++created;
            else if (status == 409 &&
                     json.value("error").toObject().value("code").toString() == "token_exists")
                ++conflicts;
        }
        QCOMPARE(created, 1);
        QCOMPARE(conflicts, racers - 1);

        // And the database holds exactly one token for that login.
        int forOmar = 0;
        for (const QJsonValue& v :
             admin.get(QStringLiteral("/api/v1/tokens")).json.value("items").toArray())
            forOmar += v.toObject().value("userId").toInt() == 1006 ? 1 : 0;
        QCOMPARE(forOmar, 1);
    }
};

QTEST_GUILESS_MAIN(TestProvisionRace)
#include "TestProvisionRace.moc"
