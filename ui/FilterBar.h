// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace TokenConsole {

class TokenFilterModel;
class TokenTableModel;

// The row above the table: the search field and the status filter with a count per status,
// kept current (once per batch of model changes) as tokens come and go.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(TokenTableModel* model, TokenFilterModel* filter, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* statusCombo() const { return m_status; }
    void focusSearch();
    // Shows every row again (after an action's token was filtered out).
    void reset();

Q_SIGNALS:
    // The search text or the status filter changed.
    void filterChanged();

private:
    void updateCounts();

    TokenTableModel* m_model;
    TokenFilterModel* m_filter;
    QLineEdit* m_search;
    QComboBox* m_status;
    QTimer m_countTimer;
};

} // namespace TokenConsole
