// SPDX-License-Identifier: GPL-3.0-or-later
#include "view/TokenView.h"

#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "view/CountdownDelegate.h"
#include "view/DateDelegate.h"
#include "view/StatusBadgeDelegate.h"
#include "text/DateText.h"

#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSortFilterProxyModel>

namespace TokenConsole {

TokenView::TokenView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("tokenView"));
    setAccessibleName(tr("Tokens"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
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
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
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
    restoreHeaderState();
    QHeaderView* columns = horizontalHeader();
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

void TokenView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount() > 0))
        return;
    QPainter painter(viewport());
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
}

void TokenView::restoreHeaderState()
{
    QSettings settings;
    const QByteArray state = settings.value(headerSettingsKey()).toByteArray();
    m_hiddenForPlatform.clear();
    if (state.isEmpty() || !horizontalHeader()->restoreState(state)
        || horizontalHeader()->count() != TokenTableModel::ColumnCount) {
        applyDefaultLayout();
        return;
    }
    const QVariantList hidden =
        settings.value(headerSettingsKey() + QStringLiteral("HiddenForPlatform")).toList();
    for (const QVariant& column : hidden)
        m_hiddenForPlatform.insert(column.toInt());
}

void TokenView::applyDefaultLayout()
{
    QHeaderView* columns = horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    // Wide enough for typical content and for the header with its sort indicator.
    auto fit = [this, &metrics](int column, const QString& sample, int extra) {
        const QString header = model()->headerData(column, Qt::Horizontal).toString();
        return qMax(metrics.horizontalAdvance(header) + 24,
                    metrics.horizontalAdvance(sample) + extra);
    };
    const QString time = DateText::date(QDate(2026, 12, 28));
    const std::pair<int, int> widths[] = {
        {TokenTableModel::NameColumn, fit(TokenTableModel::NameColumn, tr("Quarterly board report"), 16)},
        {TokenTableModel::LoginColumn,
         fit(TokenTableModel::LoginColumn, QStringLiteral("jane@acme.example"), 16)},
        {TokenTableModel::AccessColumn,
         fit(TokenTableModel::AccessColumn, tr("All endpoints"), 16)},
        {TokenTableModel::KeyColumn,
         fit(TokenTableModel::KeyColumn, QString(32, QLatin1Char('W')), 16)},
        {TokenTableModel::StatusColumn,
         fit(TokenTableModel::StatusColumn, tr("Disabled (inactivity)"), 16 + metrics.height())},
        {TokenTableModel::LastActivityColumn, fit(TokenTableModel::LastActivityColumn, time, 16)},
        {TokenTableModel::DaysInactiveColumn,
         fit(TokenTableModel::DaysInactiveColumn, QStringLiteral("999"), 16)},
        {TokenTableModel::AutoDisableColumn,
         fit(TokenTableModel::AutoDisableColumn, tr("59 days · critical"), 28 + metrics.height())},
        {TokenTableModel::CreatedColumn, fit(TokenTableModel::CreatedColumn, time, 16)},
        {TokenTableModel::LocalSecretColumn,
         fit(TokenTableModel::LocalSecretColumn, QString(), 16)},
        {TokenTableModel::OwnerColumn,
         fit(TokenTableModel::OwnerColumn, QStringLiteral("Raj Patel (Marketing Ops)"), 16)},
        {TokenTableModel::KeepAliveColumn, fit(TokenTableModel::KeepAliveColumn, tr("Off"), 16)},
        {TokenTableModel::LastVerifiedColumn,
         fit(TokenTableModel::LastVerifiedColumn, time, 16)},
    };
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
    for (const auto& [column, width] : widths)
        columns->resizeSection(column, width);
    // The key and the creation date are in the details panel; the table starts compact.
    columns->setSectionHidden(TokenTableModel::KeyColumn, true);
    columns->setSectionHidden(TokenTableModel::CreatedColumn, true);
    columns->setSectionHidden(TokenTableModel::AccessColumn, true);
    sortByColumn(TokenTableModel::AutoDisableColumn, Qt::AscendingOrder);
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
