// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVector>

namespace TokenConsole {

// Writes a table (the token list as the window shows it, or an audit log) as CSV or JSON.
// CSV: RFC 4180 (quotes where needed, CRLF), UTF-8, a title row, and any text cell that
// starts with = + - @ (or a tab or carriage return) prefixed with ' so a spreadsheet does not
// run it as a formula. JSON: an array of objects keyed by the columns' stable ids, in the
// columns' order. Times are
// ISO 8601 in UTC in both. A table that holds something shaped like a token secret (a run of
// 128 hex digits) is refused, whatever the column.
class TableExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(TokenConsole::TableExportWriter)

public:
    enum class Format { Csv, Json };

    struct Column
    {
        QString id;    // stable, for JSON keys: "name", "lastActivityAt"
        QString title; // as the table's header says it, for the CSV title row
    };

    struct Table
    {
        QVector<Column> columns;
        QVector<QVariantList> rows; // one value per column: text, number, bool, time or null
    };

    static QByteArray csv(const Table& table);
    static QByteArray json(const Table& table);
    // The text of one CSV cell, quoted and formula-safe.
    static QString csvCell(const QVariant& value);
    // True when some cell or title holds a run of 128 hex digits (the shape of a secret).
    static bool holdsSecretShape(const Table& table);
    // The format a file name asks for: .json is JSON, anything else CSV.
    static Format formatFor(const QString& fileName);

    // Writes atomically (QSaveFile); false with a translated reason.
    static bool write(const QString& path, Format format, const Table& table, QString* error);
};

} // namespace TokenConsole
