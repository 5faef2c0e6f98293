// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaselineModel.h"

#include <QMainWindow>

class QLineEdit;
class QTableView;

namespace TokenConsole::Bench {

// The usual Qt window the view benchmarks compare against: a search field over a QTableView
// of a QStandardItemModel behind a stock QSortFilterProxyModel, ten columns, sortable.
class BareWindow : public QMainWindow
{
public:
    BareWindow();

    void load(const TokenList& tokens);
    QLineEdit* search() const { return m_search; }
    QTableView* view() const { return m_view; }
    QSortFilterProxyModel& proxy() { return m_baseline.proxy(); }

private:
    BaselineModel m_baseline;
    QLineEdit* m_search;
    QTableView* m_view;
};

} // namespace TokenConsole::Bench
