// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"
#include "GuiFixture.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "secrets/InMemorySecretStore.h"
#include "view/TokenView.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TokenConsole;
using namespace TokenConsole::Testing;

// File › Export… writes what the table shows (the filtered rows in their order, the visible
// columns in their order) as CSV or JSON; Export Audit… writes one token's audit trail or the
// account's.
class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void filteredViewAsCsvAndJson();
    void dialogRemembersTheFolder();
    void auditOfOneTokenAndOfTheAccount();

private:
    static QByteArray read(const QString& path);

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_out;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExport::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<GuiFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    MainWindow::Options options = m_fixture->embeddedOptions();
    options.secretStoreFactory = [](QObject* parent) { return new InMemorySecretStore(parent); };
    m_window = m_fixture->openAdminWindow(std::move(options), &error);
    QVERIFY2(m_window, qPrintable(error));
}

void TestExport::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

QByteArray TestExport::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestExport::filteredViewAsCsvAndJson()
{
    // Active tokens only (Salesforce and Marketo; Tableau is disabled), sorted by name
    // descending; the status column moved first, the login column hidden.
    auto* status = m_window->findChild<QComboBox*>(QStringLiteral("statusFilterCombo"));
    QVERIFY(status);
    status->setCurrentIndex(1);
    QTRY_COMPARE(m_window->filterModel()->rowCount(), 2);
    TokenView* view = m_window->tokenView();
    view->sortByColumn(TokenTableModel::NameColumn, Qt::DescendingOrder);
    QHeaderView* header = view->horizontalHeader();
    header->moveSection(header->visualIndex(TokenTableModel::StatusColumn), 0);
    header->setSectionHidden(TokenTableModel::LoginColumn, true);
    header->setSectionHidden(TokenTableModel::KeyColumn, false);
    QStringList expectedTitles;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            expectedTitles.append(
                m_window->filterModel()->headerData(logical, Qt::Horizontal).toString());
    }
    QVERIFY(expectedTitles.size() >= 3);
    const QString statusTitle = m_window->filterModel()
                                    ->headerData(TokenTableModel::StatusColumn, Qt::Horizontal)
                                    .toString();
    const QString loginTitle = m_window->filterModel()
                                   ->headerData(TokenTableModel::LoginColumn, Qt::Horizontal)
                                   .toString();
    QCOMPARE(expectedTitles.first(), statusTitle);

    ExportActions* exporter = m_window->exportActions();
    QVERIFY(exporter->exportAction()->isEnabled());
    const QString csvPath = m_out.filePath(QStringLiteral("tokens.csv"));
    QVERIFY(exporter->exportTokensTo(csvPath));
    const QString csv = QString::fromUtf8(read(csvPath));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), expectedTitles.join(QLatin1Char(',')));
    QVERIFY(!lines.at(0).contains(loginTitle));
    QVERIFY(lines.at(1).startsWith(QLatin1String("active,")));
    QVERIFY2(lines.at(1).contains(QLatin1String("Salesforce")), qPrintable(csv));
    QVERIFY2(lines.at(2).contains(QLatin1String("Marketo")), qPrintable(csv));
    QVERIFY(!csv.contains(QLatin1String("Tableau")));
    QVERIFY(!csv.contains(QLatin1String("@acme.example"))); // the hidden logins

    const QString jsonPath = m_out.filePath(QStringLiteral("tokens.json"));
    QVERIFY(exporter->exportTokensTo(jsonPath));
    const QByteArray json = read(jsonPath);
    const QJsonArray rows = QJsonDocument::fromJson(json).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Salesforce"));
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Marketo"));
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.size(), expectedTitles.size());
    QVERIFY(!first.contains(QLatin1String("login")));
    QVERIFY(first.contains(QLatin1String("key")));
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    // ISO 8601 times, and the status key first, as the columns stand.
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                .match(first.value(QLatin1String("lastActivityAt")).toString())
                .hasMatch());
    QVERIFY(json.indexOf("\"status\"") < json.indexOf("\"name\""));
    // No secret: nothing shaped like one, in either file.
    static const QRegularExpression hex128(QStringLiteral("[0-9a-fA-F]{128}"));
    QVERIFY(!hex128.match(csv).hasMatch());
    QVERIFY(!hex128.match(QString::fromUtf8(json)).hasMatch());

    // A search narrows it further.
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setText(QStringLiteral("mark"));
    QTRY_COMPARE(m_window->filterModel()->rowCount(), 1);
    QVERIFY(exporter->exportTokensTo(jsonPath));
    QCOMPARE(QJsonDocument::fromJson(read(jsonPath)).array().size(), 1);
}

void TestExport::dialogRemembersTheFolder()
{
    ExportActions* exporter = m_window->exportActions();
    QSignalSpy exported(exporter, &ExportActions::exported);
    exporter->exportAction()->trigger();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"))));
    const QString path = m_out.filePath(QStringLiteral("from-dialog.csv"));
    Q_EMIT dialog->fileSelected(path); // what accepting the dialog with this name does
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(1).toBool(), true);
    QVERIFY(QFile::exists(path));
    dialog->close();
    QCOMPARE(QSettings().value(ExportActions::lastFolderKey()).toString(),
             QFileInfo(path).absolutePath());
    // Only the folder is kept.
    QVERIFY(!QSettings()
                 .value(ExportActions::lastFolderKey())
                 .toString()
                 .endsWith(QLatin1String(".csv")));

    QTRY_VERIFY(!m_window->findChild<QFileDialog*>(QStringLiteral("exportFileDialog")));
    exporter->exportAction()->trigger();
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"))));
    QCOMPARE(QFileInfo(dialog->directory().absolutePath()).canonicalFilePath(),
             QFileInfo(m_out.path()).canonicalFilePath());
    dialog->reject();
}

void TestExport::auditOfOneTokenAndOfTheAccount()
{
    // Something in the log for two tokens.
    const QString marketo = GuiFixture::idOf(*m_window, QStringLiteral("Marketo"));
    const QString salesforce = GuiFixture::idOf(*m_window, QStringLiteral("Salesforce"));
    QVERIFY(m_fixture->disable(marketo));
    QVERIFY(m_fixture->disable(salesforce));

    ExportActions* exporter = m_window->exportActions();
    QVERIFY(exporter->exportAuditAction()->isEnabled());
    QSignalSpy exported(exporter, &ExportActions::exported);
    const QString onePath = m_out.filePath(QStringLiteral("audit-marketo.json"));
    QVERIFY(m_window->tokenView()->selectToken(marketo));
    exporter->exportAuditTo(onePath, m_window->tokenView()->currentToken());
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 15000);
    QVERIFY(exported.first().at(1).toBool());
    const QJsonArray mine = QJsonDocument::fromJson(read(onePath)).array();
    QVERIFY(!mine.isEmpty());
    for (const QJsonValue& entry : mine)
        QCOMPARE(entry.toObject().value(QLatin1String("tokenId")).toString(), marketo);

    const QString allPath = m_out.filePath(QStringLiteral("audit.csv"));
    exporter->exportAuditTo(allPath, std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 15000);
    QVERIFY(exported.last().at(1).toBool());
    const QString all = QString::fromUtf8(read(allPath));
    QVERIFY(all.contains(marketo));
    QVERIFY(all.contains(salesforce));
    QVERIFY(all.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size() > mine.size() + 1);
}

QTEST_MAIN(TestExport)
#include "TestExport.moc"
