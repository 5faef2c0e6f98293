// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>

class QTableView;

namespace TokenConsole {

// The token table as screen readers see it. Qt's own table interface (6.4) lists every column
// of the model, hidden ones included, in the model's order; this one lists the columns on
// screen, in their on-screen order. Children: a row of column headers, then the cells, row by
// row (as Qt's, without the hidden vertical header).
class TokenTableAccessible : public QAccessibleWidget, public QAccessibleTableInterface
{
public:
    explicit TokenTableAccessible(QTableView* view);
    ~TokenTableAccessible() override;

    // For QAccessible::installFactory: the interface of TokenConsole::TokenView.
    static QAccessibleInterface* factory(const QString& className, QObject* object);

    QTableView* view() const;
    // The logical columns on screen, left to right.
    QVector<int> shownColumns() const;
    // The child index of a model cell (row, logical column), or -1 when it is not shown.
    int childIndex(int row, int logicalColumn) const;

    // QAccessibleInterface
    void* interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::Role role() const override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;

    // QAccessibleTableInterface
    QAccessibleInterface* caption() const override { return nullptr; }
    QAccessibleInterface* summary() const override { return nullptr; }
    QAccessibleInterface* cellAt(int row, int column) const override;
    int columnCount() const override;
    int rowCount() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int) const override { return {}; }
    int selectedCellCount() const override;
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override;
    QList<QAccessibleInterface*> selectedCells() const override;
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override;
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int row) const override;
    bool selectRow(int row) override;
    bool selectColumn(int) override { return false; }
    bool unselectRow(int row) override;
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent* event) override;

private:
    QAccessibleInterface* cachedCell(int row, int logicalColumn) const;
    void dropCells();

    // (row + 1) << 32 | logical column; row -1 is the header row.
    mutable QHash<quint64, QAccessible::Id> m_cells;
};

} // namespace TokenConsole
