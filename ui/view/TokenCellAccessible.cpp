// SPDX-License-Identifier: GPL-3.0-or-later
#include "view/TokenCellAccessible.h"

#include "view/TokenTableAccessible.h"

#include <QHeaderView>
#include <QTableView>

namespace TokenConsole {

TokenCellAccessible::TokenCellAccessible(QTableView* view, int row, int logicalColumn)
    : m_view(view), m_column(logicalColumn), m_header(row < 0)
{
    if (!m_header)
        m_index = view->model()->index(row, logicalColumn, view->rootIndex());
}

TokenTableAccessible* TokenCellAccessible::tableInterface() const
{
    if (!m_view)
        return nullptr;
    return dynamic_cast<TokenTableAccessible*>(QAccessible::queryAccessibleInterface(m_view));
}

bool TokenCellAccessible::isValid() const
{
    if (!m_view || !m_view->model())
        return false;
    return m_header ? m_column < m_view->model()->columnCount() : m_index.isValid();
}

QWindow* TokenCellAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface* TokenCellAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
}

QString TokenCellAccessible::text(QAccessible::Text type) const
{
    if (!isValid())
        return {};
    if (m_header) {
        return type == QAccessible::Name
                   ? m_view->model()->headerData(m_column, Qt::Horizontal).toString()
                   : QString();
    }
    switch (type) {
    case QAccessible::Name: {
        const QVariant spoken = m_index.data(Qt::AccessibleTextRole);
        return spoken.isValid() ? spoken.toString() : m_index.data(Qt::DisplayRole).toString();
    }
    case QAccessible::Description:
        return m_index.data(Qt::AccessibleDescriptionRole).toString();
    default:
        return {};
    }
}

QRect TokenCellAccessible::rect() const
{
    const QTableView* view = m_view.data();
    if (!view || !isValid())
        return {};
    const QWidget* area = m_header ? view->horizontalHeader()->viewport() : view->viewport();
    if (!area || !area->isVisible())
        return {};
    if (m_header) {
        const QHeaderView* header = view->horizontalHeader();
        const QRect section(header->sectionViewportPosition(m_column), 0,
                            header->sectionSize(m_column), header->height());
        return QRect(area->mapToGlobal(section.topLeft()), section.size());
    }
    const QRect cell = view->visualRect(m_index);
    return QRect(area->mapToGlobal(cell.topLeft()), cell.size());
}

QAccessible::Role TokenCellAccessible::role() const
{
    return m_header ? QAccessible::ColumnHeader : QAccessible::Cell;
}

QAccessible::State TokenCellAccessible::state() const
{
    QAccessible::State state;
    const QTableView* view = m_view.data();
    if (!view || !isValid()) {
        state.invalid = true;
        return state;
    }
    const QRect shown(view->mapToGlobal(QPoint(0, 0)), view->size());
    if (!shown.intersects(rect()))
        state.invisible = true;
    if (m_header)
        return state;
    state.readOnly = true;
    if (view->selectionMode() != QAbstractItemView::NoSelection) {
        state.selectable = true;
        state.selected = isSelected();
        if (view->selectionMode() != QAbstractItemView::SingleSelection)
            state.multiSelectable = true;
    }
    state.focusable = true;
    if (view->hasFocus() && view->currentIndex() == m_index)
        state.focused = true;
    return state;
}

void* TokenCellAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableCellInterface && !m_header)
        return static_cast<QAccessibleTableCellInterface*>(this);
    return nullptr;
}

bool TokenCellAccessible::isSelected() const
{
    return isValid() && !m_header && m_view->selectionModel() &&
           m_view->selectionModel()->isSelected(m_index);
}

QList<QAccessibleInterface*> TokenCellAccessible::columnHeaderCells() const
{
    TokenTableAccessible* table = tableInterface();
    const int column = columnIndex();
    if (!table || column < 0)
        return {};
    return {table->child(column)};
}

int TokenCellAccessible::columnIndex() const
{
    const TokenTableAccessible* table = tableInterface();
    return table ? int(table->shownColumns().indexOf(m_column)) : -1;
}

} // namespace TokenConsole
