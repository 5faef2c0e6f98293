// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QSet>
#include <QTableView>
#include <QTimer>
#include <optional>


namespace TokenConsole {

class TokenFilterModel;

// The token table: fixed row height, sortable, a header context menu to show and hide columns,
// and the header layout (order, widths, hidden columns, sort) kept across runs.
class TokenView : public QTableView
{
    Q_OBJECT

public:
    explicit TokenView(QWidget* parent = nullptr);

    void setTokenModel(TokenFilterModel* model);

    // The one selected token; none while zero or several rows are selected.
    std::optional<Token> currentToken() const;
    // Every selected token, in the view's row order.
    TokenList selectedTokens() const;
    // Selects exactly these tokens' rows (those not filtered out); returns how many.
    int selectTokens(const QStringList& ids);
    QString currentTokenId() const;
    // Selects (and scrolls to) the token's row; false when it is filtered out or unknown.
    bool selectToken(const QString& id);

    // Shown in the empty table: loading, no tokens yet, nothing matches the filter.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }

    // The columns that mean something on the current platform; the others are hidden and left
    // out of the header menu (and shown again, unless the user hid them, when they apply).
    void setApplicableColumns(const QSet<int>& columns);

    void saveHeaderState() const;
    void restoreHeaderState();
    // Sizes the visible columns to their header and a sample of rows (never every row: an
    // account may have 100,000), the name taking the width left. Done again as rows come and
    // the view's width changes, until a width is set by hand.
    void fitColumns();
    // Opens the table's context menu at the current row, as the Menu key and Shift+F10 do.
    void showContextMenuAtCurrent();
    static QString headerSettingsKey() { return QStringLiteral("ui/tokenTable/header"); }

Q_SIGNALS:
    void currentTokenChanged();

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex& index,
                                                         const QEvent* event) const override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void selectionChanged(const QItemSelection& selected,
                          const QItemSelection& deselected) override;

private:
    void showHeaderMenu(const QPoint& position);
    void applyDefaultLayout();
    int firstVisibleColumn() const;
    int sampleWidth(int column, int rows) const;

    TokenFilterModel* m_proxy = nullptr;
    QString m_placeholder;
    QSet<int> m_applicable;
    QSet<int> m_hiddenForPlatform;
    bool m_autoFit = false; // the widths are the view's, not the user's
    bool m_sizing = false; // the view is setting widths itself
    QTimer m_fitTimer;
};

} // namespace TokenConsole
