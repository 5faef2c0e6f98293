// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace TokenConsole {

class Banner;

// The window's message strips, top to bottom: the demo notice, the platform's standing notice
// (a permission, the contract, direct mode), a connection problem with Retry, an inactivity
// warning, and the last outcome.
class WindowBanners : public QWidget
{
    Q_OBJECT

public:
    explicit WindowBanners(QWidget* parent = nullptr);

    void setDemo(bool demo);
    void setStandingNotice(const QString& text);
    // Shown while the window shows the saved list of a platform it cannot reach; empty hides.
    void setOffline(const QString& text);
    bool isOfflineShown() const;
    void showProblem(const QString& text);
    void hideProblem();
    bool isProblemShown() const;
    void showWarning(const QString& text, bool critical);
    void hideWarning();
    // The last outcome of an action, success or error.
    void showOutcome(const QString& text, bool error);

Q_SIGNALS:
    void connectRequested();
    void retryRequested();

private:
    Banner* m_demo;
    Banner* m_notice;
    Banner* m_offline;
    Banner* m_problem;
    Banner* m_warning;
    Banner* m_outcome;
};

} // namespace TokenConsole
