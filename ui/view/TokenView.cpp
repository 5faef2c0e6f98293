// SPDX-License-Identifier: GPL-3.0-or-later
#include "view/TokenView.h"

#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "view/CountdownDelegate.h"
#include "view/DateDelegate.h"
#include "view/StatusBadgeDelegate.h"
#include "view/TokenTableAccessible.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace TokenConsole {

TokenView::TokenView(QWidget* parent) : QTableView(parent)
{
    // Screen readers get the columns on screen only (Qt's table interface lists hidden ones).
    static const bool accessibleTable = [] {
        QAccessible::installFactory(&TokenTableAccessible::factory);
        return true;
    }();
    Q_UNUSED(accessibleTable)
    setObjectName(QStringLiteral("tokenView"));
    setAccessibleName(tr("Tokens"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Shift and Ctrl pick several rows for the bulk actions.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setSortingEnabled(true);
    // Tab moves on to the next control instead of walking the cells: keyboard users need out.
    setTabKeyNavigation(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // A fixed row height keeps large lists fast: the view never measures rows.
    QHeaderView* rows = verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 12);
    rows->setMinimumSectionSize(fontMetrics().height() + 4);

    QHeaderView* columns = horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setStretchLastSection(true);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &TokenView::showHeaderMenu);

    setItemDelegateForColumn(TokenTableModel::StatusColumn, new StatusBadgeDelegate(this));
    setItemDelegateForColumn(TokenTableModel::AutoDisableColumn, new CountdownDelegate(this));
    auto* dates = new DateDelegate(this);
    setItemDelegateForColumn(TokenTableModel::LastActivityColumn, dates);
    setItemDelegateForColumn(TokenTableModel::CreatedColumn, dates);
}

void TokenView::setTokenModel(TokenFilterModel* proxy)
{
    m_proxy = proxy;
    setModel(proxy);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TokenView::currentTokenChanged);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokenView::currentTokenChanged);
    // The focus ring spans the row, beyond the cells the view repaints itself.
    connect(selectionModel(), &QItemSelectionModel::currentChanged, viewport(),
            qOverload<>(&QWidget::update));
    restoreHeaderState();
    QHeaderView* columns = horizontalHeader();
    // Until someone sets a width (a drag, a restored layout), the columns follow the rows and
    // the view's width.
    connect(columns, &QHeaderView::sectionResized, this, [this](int column, int from, int to) {
        // Not the view's own sizing, a column shown or hidden, or the stretched last column.
        if (m_sizing || !m_autoFit || from == 0 || to == 0)
            return;
        const QHeaderView* header = horizontalHeader();
        int last = header->count() - 1;
        while (last > 0 && header->isSectionHidden(header->logicalIndex(last)))
            --last;
        if (header->stretchLastSection() && column == header->logicalIndex(last))
            return;
        m_autoFit = false; // the user's widths stay from now on
        saveHeaderState();
    });
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(0);
    connect(&m_fitTimer, &QTimer::timeout, this, [this] {
        if (m_autoFit)
            fitColumns();
    });
    const auto fitLater = [this] {
        if (m_autoFit)
            m_fitTimer.start();
    };
    connect(proxy, &QAbstractItemModel::rowsInserted, this, fitLater);
    connect(proxy, &QAbstractItemModel::modelReset, this, fitLater);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, fitLater);
    connect(columns, &QHeaderView::sectionResized, this, &TokenView::saveHeaderState);
    connect(columns, &QHeaderView::sectionMoved, this, &TokenView::saveHeaderState);
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &TokenView::saveHeaderState);
}

std::optional<Token> TokenView::currentToken() const
{
    if (!selectionModel())
        return std::nullopt;
    const QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_proxy->token(rows.first());
}

TokenList TokenView::selectedTokens() const
{
    TokenList tokens;
    if (!selectionModel())
        return tokens;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    tokens.reserve(rows.size());
    for (const QModelIndex& row : rows)
        tokens.append(m_proxy->token(row));
    return tokens;
}

int TokenView::selectTokens(const QStringList& ids)
{
    if (!m_proxy)
        return 0;
    QItemSelection selection;
    QModelIndex first;
    for (const QString& id : ids) {
        const QModelIndex index = m_proxy->indexOf(id);
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                            | QItemSelectionModel::Rows);
    if (first.isValid())
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    return int(selection.size());
}

QString TokenView::currentTokenId() const
{
    const auto token = currentToken();
    return token ? token->id : QString();
}

bool TokenView::selectToken(const QString& id)
{
    if (!m_proxy)
        return false;
    const QModelIndex proxyIndex = m_proxy->indexOf(id);
    if (!proxyIndex.isValid())
        return false;
    selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    scrollTo(proxyIndex);
    return true;
}

void TokenView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

bool TokenView::event(QEvent* event)
{
    // The Menu key: the platform sends a context menu event; it belongs at the current row, not
    // where the mouse pointer happens to be.
    if (event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent*>(event)->reason() == QContextMenuEvent::Keyboard) {
        showContextMenuAtCurrent();
        return true;
    }
    return QTableView::event(event);
}

void TokenView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Menu
        || (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier)) {
        showContextMenuAtCurrent();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void TokenView::showContextMenuAtCurrent()
{
    if (contextMenuPolicy() != Qt::ActionsContextMenu || actions().isEmpty())
        return;
    QPoint position = viewport()->rect().topLeft();
    const QModelIndex current = currentIndex();
    if (current.isValid()) {
        scrollTo(current);
        position = QPoint(columnViewportPosition(firstVisibleColumn()) + 8,
                          rowViewportPosition(current.row()) + rowHeight(current.row()));
    }
    QMenu::exec(actions(), viewport()->mapToGlobal(position), nullptr, this);
}

QModelIndex TokenView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    // Rows are selected whole: Home and End go to the first and last row (as in a list), with
    // or without Ctrl, not to the first and last column.
    if ((action == MoveHome || action == MoveEnd) && model() && model()->rowCount() > 0) {
        const int row = action == MoveHome ? 0 : model()->rowCount() - 1;
        const int column =
            currentIndex().isValid() ? currentIndex().column() : firstVisibleColumn();
        return model()->index(row, column);
    }
    return QTableView::moveCursor(action, modifiers);
}

QItemSelectionModel::SelectionFlags TokenView::selectionCommand(const QModelIndex& index,
                                                               const QEvent* event) const
{
    // Ctrl+Home and Ctrl+End select the row they go to, as Home and End do; with several rows
    // selectable, Qt would otherwise only move the focus there.
    if (event && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<const QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Home || key->key() == Qt::Key_End)
            && key->modifiers() == Qt::ControlModifier)
            return QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
    }
    return QTableView::selectionCommand(index, event);
}

void TokenView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    // QTableView's own version announces the cell by Qt's numbering, hidden columns included;
    // TokenTableAccessible numbers the columns on screen.
    QAbstractItemView::currentChanged(current, previous);
    if (!QAccessible::isActive() || !current.isValid())
        return;
    auto* table = dynamic_cast<TokenTableAccessible*>(QAccessible::queryAccessibleInterface(this));
    if (!table)
        return;
    int child = table->childIndex(current.row(), current.column());
    if (child < 0)
        child = table->childIndex(current.row(), firstVisibleColumn());
    if (child < 0)
        return;
    QAccessibleEvent event(this, QAccessible::Focus);
    event.setChild(child);
    QAccessible::updateAccessibility(&event);
}

void TokenView::selectionChanged(const QItemSelection& selected, const QItemSelection& deselected)
{
    // As QTableView does (one event for the first cell each way), by the shown columns.
    QAbstractItemView::selectionChanged(selected, deselected);
    if (!QAccessible::isActive())
        return;
    auto* table = dynamic_cast<TokenTableAccessible*>(QAccessible::queryAccessibleInterface(this));
    if (!table)
        return;
    const auto announce = [this, table](const QItemSelection& cells, QAccessible::Event type) {
        if (cells.isEmpty())
            return;
        const QModelIndex first = cells.first().topLeft();
        int child = table->childIndex(first.row(), first.column());
        if (child < 0)
            child = table->childIndex(first.row(), firstVisibleColumn());
        if (child < 0)
            return;
        QAccessibleEvent event(this, type);
        event.setChild(child);
        QAccessible::updateAccessibility(&event);
    };
    announce(selected, QAccessible::SelectionAdd);
    announce(deselected, QAccessible::SelectionRemove);
}

int TokenView::firstVisibleColumn() const
{
    const QHeaderView* columns = horizontalHeader();
    for (int visual = 0; visual < columns->count(); ++visual) {
        const int logical = columns->logicalIndex(visual);
        if (!columns->isSectionHidden(logical))
            return logical;
    }
    return 0;
}

void TokenView::focusInEvent(QFocusEvent* event)
{
    QTableView::focusInEvent(event);
    viewport()->update();
}

void TokenView::focusOutEvent(QFocusEvent* event)
{
    QTableView::focusOutEvent(event);
    viewport()->update();
}

void TokenView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    QPainter painter(viewport());
    const QModelIndex current = currentIndex();
    if (hasFocus() && current.isValid()) {
        // A visible focus ring around the current row, in a colour that stands out both on the
        // selection and on a plain row, with the light and the dark palette.
        const int right = qMin(viewport()->width(),
                               horizontalHeader()->length() - horizontalHeader()->offset());
        const QRect row(0, rowViewportPosition(current.row()), right, rowHeight(current.row()));
        const bool selected = selectionModel()->isSelected(current);
        QPen pen(palette().color(selected ? QPalette::HighlightedText : QPalette::Highlight), 2);
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(row).adjusted(1.5, 1.5, -1.5, -1.5));
    }
    if (m_placeholder.isEmpty() || (model() && model()->rowCount() > 0))
        return;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

void TokenView::setApplicableColumns(const QSet<int>& columns)
{
    m_applicable = columns;
    QHeaderView* header = horizontalHeader();
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column) {
        if (!columns.contains(column)) {
            if (!header->isSectionHidden(column)) {
                header->setSectionHidden(column, true);
                m_hiddenForPlatform.insert(column);
            }
        } else if (m_hiddenForPlatform.remove(column)) {
            header->setSectionHidden(column, false);
        }
    }
    saveHeaderState();
}

void TokenView::saveHeaderState() const
{
    QSettings settings;
    settings.setValue(headerSettingsKey(), horizontalHeader()->saveState());
    QVariantList hidden;
    for (int column : m_hiddenForPlatform)
        hidden.append(column);
    settings.setValue(headerSettingsKey() + QStringLiteral("HiddenForPlatform"), hidden);
    settings.setValue(headerSettingsKey() + QStringLiteral("AutoFit"), m_autoFit);
}

void TokenView::restoreHeaderState()
{
    QSettings settings;
    const QByteArray state = settings.value(headerSettingsKey()).toByteArray();
    m_hiddenForPlatform.clear();
    const QScopedValueRollback sizing(m_sizing, true);
    if (state.isEmpty() || !horizontalHeader()->restoreState(state)
        || horizontalHeader()->count() != TokenTableModel::ColumnCount) {
        applyDefaultLayout();
        return;
    }
    m_autoFit = settings.value(headerSettingsKey() + QStringLiteral("AutoFit"), false).toBool();
    const QVariantList hidden =
        settings.value(headerSettingsKey() + QStringLiteral("HiddenForPlatform")).toList();
    for (const QVariant& column : hidden)
        m_hiddenForPlatform.insert(column.toInt());
}

void TokenView::applyDefaultLayout()
{
    const QScopedValueRollback sizing(m_sizing, true);
    QHeaderView* columns = horizontalHeader();
    m_hiddenForPlatform.clear();
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column) {
        columns->moveSection(columns->visualIndex(column), column);
        const bool applies = m_applicable.isEmpty() || m_applicable.contains(column);
        columns->setSectionHidden(column, !applies);
        if (!applies)
            m_hiddenForPlatform.insert(column);
    }
    // The owner sits beside the name, where people look for who to ask.
    columns->moveSection(columns->visualIndex(TokenTableModel::OwnerColumn), 1);
    // The key and the creation date are in the details panel; the table starts compact.
    columns->setSectionHidden(TokenTableModel::KeyColumn, true);
    columns->setSectionHidden(TokenTableModel::CreatedColumn, true);
    columns->setSectionHidden(TokenTableModel::AccessColumn, true);
    sortByColumn(TokenTableModel::AutoDisableColumn, Qt::AscendingOrder);
    m_autoFit = true;
    fitColumns();
}

int TokenView::sampleWidth(int column, int rows) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    int widest = 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model()->index(row, column);
        if (QAbstractItemDelegate* delegate = itemDelegateForIndex(index))
            widest = qMax(widest, delegate->sizeHint(option, index).width());
    }
    return widest + 8;
}

void TokenView::fitColumns()
{
    if (!model())
        return;
    // A bounded sample of rows: measuring every row of a large account would take seconds.
    const int rows = qMin(model()->rowCount(), 200);
    // Before the rows are in and the view has its width, headers are shown whole.
    const bool final = rows > 0 && isVisible();
    const QScopedValueRollback sizing(m_sizing, true);
    QHeaderView* columns = horizontalHeader();
    struct Want
    {
        int column;
        int content;
        int header;
    };
    QVector<Want> wants;
    int contentTotal = 0;
    int excessTotal = 0;
    for (int column = 0; column < columns->count(); ++column) {
        if (column == TokenTableModel::NameColumn || columns->isSectionHidden(column))
            continue;
        const Want want{column, sampleWidth(column, rows), columns->sectionSizeHint(column)};
        contentTotal += want.content;
        excessTotal += qMax(0, want.header - want.content);
        wants.append(want);
    }
    // The names keep their room (up to 30 characters) before headers do; the vertical scroll
    // bar may come with more rows.
    const QScrollBar* scroll = verticalScrollBar();
    const int available =
        viewport()->width() - (scroll->isVisible() ? 0 : scroll->sizeHint().width());
    const int character = fontMetrics().averageCharWidth();
    const int nameMinimum =
        qBound(character * 12, sampleWidth(TokenTableModel::NameColumn, rows), character * 30);
    const int budget = available - nameMinimum;
    // Headers wider than their column's content give way first (they elide) when space is
    // short; content is never cut for a header.
    const double headerShare = !final || excessTotal == 0
                                   ? 1.0
                                   : qBound(0.0, double(budget - contentTotal) / excessTotal, 1.0);
    int used = 0;
    for (const Want& want : wants) {
        const int excess = qMax(0, want.header - want.content);
        const int width = want.content + int(excess * headerShare);
        columns->resizeSection(want.column, width);
        used += width;
    }
    // The name takes the width left over (the user may still resize it).
    const int nameWidth = qMax(nameMinimum, columns->sectionSizeHint(TokenTableModel::NameColumn));
    columns->resizeSection(TokenTableModel::NameColumn,
                           final ? qMax(nameWidth, available - used) : nameWidth);
}

void TokenView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    if (m_autoFit)
        m_fitTimer.start();
}

void TokenView::showHeaderMenu(const QPoint& position)
{
    QHeaderView* columns = horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    const int count = model() ? model()->columnCount() : 0;
    int visible = 0;
    for (int column = 0; column < count; ++column)
        visible += columns->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < count; ++column) {
        if (!m_applicable.isEmpty() && !m_applicable.contains(column))
            continue;
        QAction* action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!columns->isSectionHidden(column));
        // The last visible column cannot be hidden: an empty table helps nobody.
        action->setEnabled(columns->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            horizontalHeader()->setSectionHidden(column, !shown);
            saveHeaderState();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset Columns")), &QAction::triggered, this, [this] {
        applyDefaultLayout();
        saveHeaderState();
    });
    menu.exec(columns->viewport()->mapToGlobal(position));
}

} // namespace TokenConsole
