#pragma once

#include "model/Token.h"

#include <QTableView>
#include <optional>

class QSortFilterProxyModel;

namespace TokenConsole {

class TokenTableModel;

// The token table: fixed row height, sortable, a header context menu to show and hide columns,
// and the header layout (order, widths, hidden columns, sort) kept across runs.
class TokenView : public QTableView
{
    Q_OBJECT

public:
    explicit TokenView(QWidget* parent = nullptr);

    // `proxy` must sit on a TokenTableModel.
    void setModels(QSortFilterProxyModel* proxy, TokenTableModel* source);

    std::optional<Token> currentToken() const;
    QString currentTokenId() const;
    // Selects (and scrolls to) the token's row; false when it is filtered out or unknown.
    bool selectToken(const QString& id);

    void saveHeaderState() const;
    void restoreHeaderState();
    static QString headerSettingsKey() { return QStringLiteral("ui/tokenTable/header"); }

Q_SIGNALS:
    void currentTokenChanged();

private:
    void showHeaderMenu(const QPoint& position);
    void applyDefaultLayout();

    QSortFilterProxyModel* m_proxy = nullptr;
    TokenTableModel* m_source = nullptr;
};

} // namespace TokenConsole
