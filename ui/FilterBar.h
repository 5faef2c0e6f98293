// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace TokenConsole {

class TokenFilterModel;
class TokenTableModel;

// The row above the table: the search field with how many tokens match ("12 of 100,000"),
// and the status filter with a count per status, kept current (at most every 100 ms) as
// tokens come and go.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(TokenTableModel* model, TokenFilterModel* filter, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* statusCombo() const { return m_status; }
    QLabel* matchCountLabel() const { return m_matches; }
    void focusSearch();
    // Shows every row again (after an action's token was filtered out).
    void reset();

Q_SIGNALS:
    // The search text or the status filter changed.
    void filterChanged();

private:
    void updateCounts();
    void updateMatches();

    TokenTableModel* m_model;
    TokenFilterModel* m_filter;
    QLineEdit* m_search;
    QComboBox* m_status;
    QLabel* m_matches;
    QTimer m_countTimer;
    bool m_countsPending = false;
};

} // namespace TokenConsole
