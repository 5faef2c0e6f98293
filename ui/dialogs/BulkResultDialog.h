// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace TokenConsole {

class BulkRun;

// The outcome of one bulk action, a row per token (done, failed with the reason, skipped with
// the platform's reason), filled in while the run goes on. Retry Failed runs the failures
// again, and only them.
class BulkResultDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes ownership of `run` (not yet started).
    BulkResultDialog(BulkRun* run, QWidget* parent = nullptr);

    BulkRun* run() const { return m_run; }
    QTableWidget* table() const { return m_table; }
    QPushButton* retryButton() const { return m_retry; }
    // One line: how many worked, failed, were skipped (or are left).
    QString summary() const;

private:
    void showItem(int index);
    void onFinished();
    void updateState();

    BulkRun* m_run;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_retry;
    QPushButton* m_close;
};

} // namespace TokenConsole
