// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleInterface>
#include <QPersistentModelIndex>
#include <QPointer>

class QTableView;

namespace TokenConsole {

class TokenTableAccessible;

// One cell of the token table, or one of its column headers (row -1), for screen readers. Its
// text is the model's Qt::AccessibleTextRole (which says what the delegates only draw), else
// the displayed text.
class TokenCellAccessible : public QAccessibleInterface, public QAccessibleTableCellInterface
{
public:
    TokenCellAccessible(QTableView* view, int row, int logicalColumn);

    bool isHeader() const { return m_header; }
    int modelRow() const { return m_index.row(); }
    int logicalColumn() const { return m_column; }

    // QAccessibleInterface
    bool isValid() const override;
    QObject* object() const override { return nullptr; }
    QWindow* window() const override;
    QAccessibleInterface* focusChild() const override { return nullptr; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* parent() const override;
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void* interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTableCellInterface
    bool isSelected() const override;
    QList<QAccessibleInterface*> columnHeaderCells() const override;
    QList<QAccessibleInterface*> rowHeaderCells() const override { return {}; }
    int columnIndex() const override;
    int rowIndex() const override { return m_header ? -1 : m_index.row(); }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface* table() const override { return parent(); }

private:
    TokenTableAccessible* tableInterface() const;

    QPointer<QTableView> m_view;
    QPersistentModelIndex m_index; // invalid for a header
    int m_column;
    bool m_header;
};

} // namespace TokenConsole
