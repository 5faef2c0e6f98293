// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/TableExportWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSaveFile>

namespace TokenConsole {

namespace {

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

bool isText(const QVariant& value)
{
    return value.typeId() == QMetaType::QString;
}

QString plainText(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return isoTime(value.toDateTime());
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QStringList:
        return value.toStringList().join(QLatin1Char(','));
    default:
        return value.toString();
    }
}

QJsonValue jsonValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.toDateTime().isValid() ? QJsonValue(isoTime(value.toDateTime()))
                                            : QJsonValue(QJsonValue::Null);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    default:
        return value.toString();
    }
}

} // namespace

QString TableExportWriter::csvCell(const QVariant& value)
{
    QString text = plainText(value);
    // OWASP's CSV injection advice: a spreadsheet runs text starting with these as a formula.
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (isText(value) && !text.isEmpty() && risky.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray TableExportWriter::csv(const Table& table)
{
    QString out;
    QStringList cells;
    for (const Column& column : table.columns)
        cells.append(csvCell(column.title));
    out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const QVariantList& row : table.rows) {
        cells.clear();
        for (int i = 0; i < table.columns.size(); ++i)
            cells.append(csvCell(row.value(i)));
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QByteArray TableExportWriter::json(const Table& table)
{
    // Written by hand so each object's keys keep the table's column order (QJsonObject would
    // sort them); the values are serialised by QJsonDocument.
    const auto encode = [](const QJsonValue& value) {
        QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return text.mid(1, text.size() - 2); // without the array's brackets
    };
    QByteArray out("[");
    for (int r = 0; r < table.rows.size(); ++r) {
        out += r == 0 ? "\n    {" : ",\n    {";
        const QVariantList& row = table.rows.at(r);
        for (int i = 0; i < table.columns.size(); ++i) {
            out += i == 0 ? "\n        " : ",\n        ";
            out += encode(table.columns.at(i).id) + ": " + encode(jsonValue(row.value(i)));
        }
        out += "\n    }";
    }
    out += table.rows.isEmpty() ? "]\n" : "\n]\n";
    return out;
}

bool TableExportWriter::holdsSecretShape(const Table& table)
{
    static const QRegularExpression secret(QStringLiteral("[0-9A-Fa-f]{128}"));
    for (const Column& column : table.columns) {
        if (secret.match(column.title).hasMatch() || secret.match(column.id).hasMatch())
            return true;
    }
    for (const QVariantList& row : table.rows) {
        for (const QVariant& value : row) {
            if (secret.match(plainText(value)).hasMatch())
                return true;
        }
    }
    return false;
}

TableExportWriter::Format TableExportWriter::formatFor(const QString& fileName)
{
    return fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json
                                                                          : Format::Csv;
}

bool TableExportWriter::write(const QString& path, Format format, const Table& table,
                              QString* error)
{
    // No column holds a secret; this guards against one slipping in through a future column.
    if (holdsSecretShape(table)) {
        *error = tr("The export was refused: it would contain something shaped like a token "
                    "secret.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(format == Format::Json ? json(table) : csv(table));
    if (!file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace TokenConsole
