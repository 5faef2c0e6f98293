// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/TableExportWriter.h"
#include "model/Token.h"

#include <QObject>
#include <optional>

class QAction;

namespace TokenConsole {

class CommandContext;
class TokenView;

// File › Export… (the rows and columns the table shows, as CSV or JSON) and File › Export
// Audit… (the account's audit log, or the selected token's through the per-token call). The
// file dialog starts in the folder used last; QSettings keeps only that folder.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(CommandContext* context, TokenView* view, QObject* parent = nullptr);

    QAction* exportAction() const { return m_export; }
    QAction* exportAuditAction() const { return m_exportAudit; }
    void updateActions();

    // What the table shows: visible rows in the proxy's order, visible columns in visual order.
    TableExportWriter::Table visibleTable() const;
    // Write without a dialog (the dialog's accept ends here too). Both report through the
    // window's outcome line and exported().
    bool exportTokensTo(const QString& path);
    // The selected token's audit (or the account's, when none); asynchronous.
    void exportAuditTo(const QString& path, const std::optional<Token>& token);

    static QString lastFolderKey() { return QStringLiteral("ui/export/lastFolder"); }

Q_SIGNALS:
    void exported(const QString& path, bool ok);

private:
    void chooseFile(const QString& title, const QString& suggestedName,
                    std::function<void(const QString&)> accepted);
    void finish(const QString& path, bool ok, const QString& message);

    CommandContext* m_context;
    TokenView* m_view;
    QAction* m_export;
    QAction* m_exportAudit;
};

} // namespace TokenConsole
