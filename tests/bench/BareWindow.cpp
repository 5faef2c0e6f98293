// SPDX-License-Identifier: GPL-3.0-or-later
#include "BareWindow.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace TokenConsole::Bench {

BareWindow::BareWindow() : m_search(new QLineEdit), m_view(new QTableView)
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    setCentralWidget(central);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_baseline.proxy().setFilterFixedString(text); });
}

void BareWindow::load(const TokenList& tokens)
{
    m_baseline.load(tokens);
    m_baseline.model().setColumnCount(10);
    m_baseline.proxy().setSourceModel(&m_baseline.model());
    m_view->setModel(&m_baseline.proxy());
}

} // namespace TokenConsole::Bench
