// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

namespace TokenConsole {

class TokenTableModel;

// The case-folded owner and notes of every row of a TokenTableModel, prepared once per token
// change, so a search on each keystroke over 100,000 rows compares prepared strings instead of
// folding up to 2000 characters of notes per row. Connect it before anything that filters on
// the same signals, so its rows are current when they are read.
class TokenSearchText : public QObject
{
    Q_OBJECT

public:
    explicit TokenSearchText(QObject* parent = nullptr);

    void setModel(const TokenTableModel* model);
    // Whether the row's owner or notes contain `foldedNeedle` (already QString::toCaseFolded).
    bool contains(int row, const QString& foldedNeedle) const;

private:
    QString textOf(int row) const;
    bool ensure() const; // builds every row when the cache is missing; false without a model

    QPointer<const TokenTableModel> m_model;
    mutable QVector<QString> m_text;
    mutable bool m_valid = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace TokenConsole
