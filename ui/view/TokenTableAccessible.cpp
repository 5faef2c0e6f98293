// SPDX-License-Identifier: GPL-3.0-or-later
#include "view/TokenTableAccessible.h"

#include "view/TokenCellAccessible.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace TokenConsole {

namespace {

quint64 cellKey(int row, int logicalColumn)
{
    return (quint64(quint32(row + 1)) << 32) | quint32(logicalColumn);
}

} // namespace

TokenTableAccessible::TokenTableAccessible(QTableView* view)
    : QAccessibleWidget(view, QAccessible::Table)
{
}

TokenTableAccessible::~TokenTableAccessible()
{
    dropCells();
}

QAccessibleInterface* TokenTableAccessible::factory(const QString& className, QObject* object)
{
    if (className == QLatin1String("TokenConsole::TokenView") && object && object->isWidgetType())
        return new TokenTableAccessible(static_cast<QTableView*>(object));
    return nullptr;
}

QTableView* TokenTableAccessible::view() const
{
    return static_cast<QTableView*>(widget());
}

QVector<int> TokenTableAccessible::shownColumns() const
{
    QVector<int> columns;
    const QHeaderView* header = view()->horizontalHeader();
    if (!view()->model())
        return columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

int TokenTableAccessible::childIndex(int row, int logicalColumn) const
{
    const QVector<int> columns = shownColumns();
    const int column = int(columns.indexOf(logicalColumn));
    if (column < 0)
        return -1;
    return (row + 1) * int(columns.size()) + column;
}

void* TokenTableAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface)
        return static_cast<QAccessibleTableInterface*>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::Role TokenTableAccessible::role() const
{
    return QAccessible::Table;
}

int TokenTableAccessible::childCount() const
{
    return (rowCount() + 1) * columnCount();
}

QAccessibleInterface* TokenTableAccessible::cachedCell(int row, int logicalColumn) const
{
    const quint64 key = cellKey(row, logicalColumn);
    if (const auto found = m_cells.constFind(key); found != m_cells.constEnd()) {
        // A cell follows its row when rows move (a sort): then this row needs a new one.
        auto* cell =
            static_cast<TokenCellAccessible*>(QAccessible::accessibleInterface(found.value()));
        if (cell && cell->isValid() && (cell->isHeader() || cell->modelRow() == row))
            return cell;
        QAccessible::deleteAccessibleInterface(found.value());
    }
    auto* cell = new TokenCellAccessible(view(), row, logicalColumn);
    m_cells.insert(key, QAccessible::registerAccessibleInterface(cell));
    return cell;
}

QAccessibleInterface* TokenTableAccessible::child(int index) const
{
    const QVector<int> columns = shownColumns();
    if (index < 0 || columns.isEmpty() || index >= childCount())
        return nullptr;
    const int row = index / int(columns.size()) - 1;
    return cachedCell(row, columns.at(index % int(columns.size())));
}

int TokenTableAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const auto* cell = dynamic_cast<const TokenCellAccessible*>(child);
    if (!cell || !cell->isValid())
        return -1;
    return childIndex(cell->isHeader() ? -1 : cell->modelRow(), cell->logicalColumn());
}

QAccessibleInterface* TokenTableAccessible::childAt(int x, int y) const
{
    const QPoint position = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = view()->indexAt(position);
    if (!index.isValid())
        return nullptr;
    return cachedCell(index.row(), index.column());
}

QAccessibleInterface* TokenTableAccessible::cellAt(int row, int column) const
{
    const QVector<int> columns = shownColumns();
    if (row < 0 || row >= rowCount() || column < 0 || column >= columns.size())
        return nullptr;
    return cachedCell(row, columns.at(column));
}

int TokenTableAccessible::columnCount() const
{
    return int(shownColumns().size());
}

int TokenTableAccessible::rowCount() const
{
    return view()->model() ? view()->model()->rowCount(view()->rootIndex()) : 0;
}

QString TokenTableAccessible::columnDescription(int column) const
{
    const QVector<int> columns = shownColumns();
    if (column < 0 || column >= columns.size())
        return {};
    return view()->model()->headerData(columns.at(column), Qt::Horizontal).toString();
}

int TokenTableAccessible::selectedCellCount() const
{
    return int(selectedCells().size());
}

int TokenTableAccessible::selectedRowCount() const
{
    return int(selectedRows().size());
}

QList<QAccessibleInterface*> TokenTableAccessible::selectedCells() const
{
    QList<QAccessibleInterface*> cells;
    const QVector<int> columns = shownColumns();
    for (int row : selectedRows()) {
        for (int column : columns)
            cells.append(cachedCell(row, column));
    }
    return cells;
}

QList<int> TokenTableAccessible::selectedRows() const
{
    QList<int> rows;
    if (!view()->selectionModel())
        return rows;
    const QModelIndexList selected = view()->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows.append(index.row());
    return rows;
}

bool TokenTableAccessible::isRowSelected(int row) const
{
    return view()->selectionModel() &&
           view()->selectionModel()->isRowSelected(row, view()->rootIndex());
}

bool TokenTableAccessible::selectRow(int row)
{
    QItemSelectionModel* selection = view()->selectionModel();
    if (!selection || row < 0 || row >= rowCount() ||
        view()->selectionMode() == QAbstractItemView::NoSelection)
        return false;
    const QModelIndex index = view()->model()->index(row, 0, view()->rootIndex());
    const auto mode = view()->selectionMode() == QAbstractItemView::SingleSelection
                          ? QItemSelectionModel::ClearAndSelect
                          : QItemSelectionModel::Select;
    selection->setCurrentIndex(index, mode | QItemSelectionModel::Rows);
    return true;
}

bool TokenTableAccessible::unselectRow(int row)
{
    QItemSelectionModel* selection = view()->selectionModel();
    if (!selection || row < 0 || row >= rowCount())
        return false;
    selection->select(view()->model()->index(row, 0, view()->rootIndex()),
                      QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    return true;
}

void TokenTableAccessible::modelChange(QAccessibleTableModelChangeEvent* event)
{
    // Rows come, go and move with refreshes and sorts: the cells are made again on demand.
    if (event->modelChangeType() != QAccessibleTableModelChangeEvent::DataChanged)
        dropCells();
}

void TokenTableAccessible::dropCells()
{
    for (QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id);
    m_cells.clear();
}

} // namespace TokenConsole
