// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "model/Token.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QAction;
class QTreeWidget;

namespace TokenConsole {

class ConsoleSession;
class UsageSection;

// Everything about the selected token: every field, its recent API activity and the audit
// entries that concern it.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget* parent = nullptr);

    void setSession(ConsoleSession* session);
    // Shows the token; fetches activity and audit when the token or its version changed.
    void setToken(const std::optional<Token>& token);
    void reload();
    QString tokenId() const { return m_token ? m_token->id : QString(); }
    bool isLoading() const { return m_pending > 0; }
    // The least-privilege section's Narrow Access… button triggers this action.
    void setNarrowAccessAction(QAction* action);
    UsageSection* usageSection() const { return m_usage; }

Q_SIGNALS:
    // Activity and audit for the shown token have arrived (or failed).
    void loaded();

private:
    void fill();
    void fetch();
    QLabel* addField(const QString& label, const QString& objectName);
    QLineEdit* addCopyableField(const QString& label, const QString& objectName);
    // A caption row and, below it, the value's row.
    void addRows(const QString& label, QWidget* value);
    void setRowShown(QWidget* value, bool shown);

    QPointer<ConsoleSession> m_session;
    std::optional<Token> m_token;
    QStackedWidget* m_stack;
    QLabel* m_title;
    QFormLayout* m_form;
    QHash<QString, QLabel*> m_fields;
    QHash<QWidget*, QLabel*> m_captions;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_id = nullptr;
    QTabWidget* m_tabs;
    QTreeWidget* m_activity;
    QTreeWidget* m_audit;
    QLabel* m_historyStatus;
    QPointer<ApiJob> m_activityJob;
    QPointer<ApiJob> m_auditJob;
    int m_pending = 0;
    int m_generation = 0;
    UsageSection* m_usage;
    QTimer m_graceTicker;  // counts a rotation's grace down while one runs
};

} // namespace TokenConsole
