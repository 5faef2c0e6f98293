// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/TableExportWriter.h"
#include "model/Token.h"

#include <QCoreApplication>

namespace TokenConsole {

class TokenFilterModel;

// What File › Export… and Export Audit… write: the rows the proxy shows (after search and
// filters, in its order) and the columns given (the header's visible ones, in visual order),
// with typed values (times, numbers, booleans) under stable column ids. There is no secret
// column, and none can be asked for.
class TokenExportTable
{
    Q_DECLARE_TR_FUNCTIONS(TokenConsole::TokenExportTable)

public:
    // The stable id of a TokenTableModel column ("name", "lastActivityAt", ...).
    static QString columnId(int column);
    static TableExportWriter::Table tokens(const TokenFilterModel& proxy,
                                           const QVector<int>& columns);
    static TableExportWriter::Table audit(const QVector<AuditEntry>& entries);
};

} // namespace TokenConsole
