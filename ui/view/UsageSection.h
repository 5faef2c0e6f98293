// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "model/Token.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QToolButton;
class QTreeWidget;

namespace TokenConsole {

class ConsoleSession;

// The details panel's least-privilege section: the ON24 API areas the token called in the last
// 60 days, with call counts, and where it holds more than it used, the Narrow Access… action.
// Hidden where the platform has no usage report (direct mode).
class UsageSection : public QWidget
{
    Q_OBJECT

public:
    static constexpr int days = 60;

    explicit UsageSection(QWidget* parent = nullptr);

    void setSession(ConsoleSession* session);
    // Fetches the usage when the token or its version changed.
    void setToken(const std::optional<Token>& token);
    void setNarrowAccessAction(QAction* action);
    bool isLoading() const { return !m_job.isNull() || m_pending; }
    // Area ids the shown token used in the window (after loading).
    QStringList usedAreas() const { return m_used; }

Q_SIGNALS:
    void loaded();

private:
    void fetch();
    void show(const TokenUsage& usage);

    QPointer<ConsoleSession> m_session;
    std::optional<Token> m_token;
    QLabel* m_title;
    QTreeWidget* m_list;
    QLabel* m_summary;
    QToolButton* m_narrow;
    QPointer<ApiJob> m_job;
    QStringList m_used;
    int m_generation = 0;
    bool m_pending = false;
};

} // namespace TokenConsole
