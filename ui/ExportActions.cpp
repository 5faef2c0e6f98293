// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"

#include "commands/CommandContext.h"
#include "export/TokenExportTable.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "platform/CapabilityText.h"
#include "platform/Platform.h"
#include "session/ConsoleSession.h"
#include "view/TokenView.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>

namespace TokenConsole {

ExportActions::ExportActions(CommandContext* context, TokenView* view, QObject* parent)
    : QObject(parent), m_context(context), m_view(view),
      m_export(new QAction(tr("&Export…"), this)),
      m_exportAudit(new QAction(tr("Export &Audit…"), this))
{
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setStatusTip(tr("Write the tokens the table shows, with its visible columns, to a "
                              "CSV or JSON file"));
    m_exportAudit->setObjectName(QStringLiteral("exportAuditAction"));
    m_exportAudit->setStatusTip(tr("Write the audit log (the selected token's, or the whole "
                                   "account's) to a CSV or JSON file"));
    connect(m_export, &QAction::triggered, this, [this] {
        chooseFile(tr("Export Tokens"), tr("tokens"),
                   [this](const QString& path) { exportTokensTo(path); });
    });
    connect(m_exportAudit, &QAction::triggered, this, [this] {
        const std::optional<Token> token = m_view->currentToken();
        const QString name = token ? tr("audit-%1").arg(token->id) : tr("audit");
        chooseFile(token ? tr("Export the Audit of “%1”").arg(token->name) : tr("Export Audit"),
                   name, [this, token](const QString& path) { exportAuditTo(path, token); });
    });
    updateActions();
}

void ExportActions::updateActions()
{
    ConsoleSession* session = m_context->session();
    m_export->setEnabled(session != nullptr);
    QString why = session ? session->platform()->whyNot(Capability::AuditLog)
                          : CapabilityText::notConnected();
    if (why.isEmpty())
        why = m_context->unavailableReason();
    m_exportAudit->setEnabled(why.isEmpty());
    m_exportAudit->setToolTip(why.isEmpty() ? m_exportAudit->statusTip()
                                            : tr("Unavailable: %1").arg(why));
}

TableExportWriter::Table ExportActions::visibleTable() const
{
    QVector<int> columns;
    const QHeaderView* header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    const auto* proxy = qobject_cast<const TokenFilterModel*>(m_view->model());
    return proxy ? TokenExportTable::tokens(*proxy, columns) : TableExportWriter::Table{};
}

bool ExportActions::exportTokensTo(const QString& path)
{
    const TableExportWriter::Table table = visibleTable();
    QString error;
    const bool ok =
        TableExportWriter::write(path, TableExportWriter::formatFor(path), table, &error);
    finish(path, ok,
           ok ? tr("Exported %n token(s) to %1.", nullptr, int(table.rows.size()))
                    .arg(QDir::toNativeSeparators(path))
              : error);
    return ok;
}

void ExportActions::exportAuditTo(const QString& path, const std::optional<Token>& token)
{
    ConsoleSession* session = m_context->session();
    if (!session) {
        finish(path, false, CapabilityText::notConnected());
        return;
    }
    session->platform()->audit(
        token ? &*token : nullptr, 0, this,
        [this, path, token](const Result<QVector<AuditEntry>>& result) {
            if (!result.ok()) {
                finish(path, false,
                       tr("Could not read the audit log: %1").arg(result.error.userMessage()));
                return;
            }
            QString error;
            const bool ok = TableExportWriter::write(path, TableExportWriter::formatFor(path),
                                                     TokenExportTable::audit(result.value), &error);
            finish(path, ok,
                   ok ? tr("Exported %n audit entries to %1.", nullptr, int(result.value.size()))
                            .arg(QDir::toNativeSeparators(path))
                      : error);
        });
}

void ExportActions::chooseFile(const QString& title, const QString& suggestedName,
                               std::function<void(const QString&)> accepted)
{
    QSettings settings;
    QString folder = settings.value(lastFolderKey()).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(m_context->dialogParent(), title, folder);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    dialog->setNameFilters({csv, json});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(suggestedName + QStringLiteral(".csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, json](const QString& filter) {
        dialog->setDefaultSuffix(filter == json ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [accepted](const QString& path) {
        QSettings().setValue(lastFolderKey(), QFileInfo(path).absolutePath());
        accepted(path);
    });
    dialog->open();
}

void ExportActions::finish(const QString& path, bool ok, const QString& message)
{
    m_context->showOutcome(message, !ok);
    Q_EMIT exported(path, ok);
}

} // namespace TokenConsole
