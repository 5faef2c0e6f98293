// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace TokenConsole::Bench {

// The usual approach the benchmark compares against: a QStandardItemModel with one item per
// cell (display text + typed sort value) behind a stock QSortFilterProxyModel.
class BaselineModel
{
public:
    static constexpr int sortRole = Qt::UserRole + 1;

    BaselineModel();

    void load(const TokenList& tokens);
    // Applies a refresh: changed cells are set item by item, as such code usually does.
    void update(const TokenList& tokens);
    QStandardItemModel& model() { return m_model; }
    QSortFilterProxyModel& proxy() { return m_proxy; }

private:
    QList<QStandardItem*> makeRow(const Token& token) const;
    void setCell(int row, int column, const QVariant& display, const QVariant& sort);

    QStandardItemModel m_model;
    QSortFilterProxyModel m_proxy;
    QHash<QString, int> m_rowById;
    QHash<QString, Token> m_tokenById;
    QDateTime m_now;
};

} // namespace TokenConsole::Bench
