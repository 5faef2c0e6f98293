// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <memory>

class QToolBar;
class QToolButton;

namespace TokenConsole {

// Keeps every toolbar action in sight: text beside the icons while all of it fits the
// toolbar's width, icons only (the text stays in the tooltips) when it does not, and text
// again once there is room. Without this a long translation pushes the last actions into the
// overflow menu at a common width (German at 1024 px hid Refresh).
class ToolBarFitter : public QObject
{
    Q_OBJECT

public:
    explicit ToolBarFitter(QToolBar* toolbar);
    ~ToolBarFitter() override;

    // The width the toolbar needs to show every visible action with its text.
    int widthWithText() const;
    void refit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleRefit();

    QToolBar* m_toolbar;
    // Measures an action's button with text, whatever the toolbar shows now; never shown.
    std::unique_ptr<QToolButton> m_probe;
    bool m_scheduled = false;
};

} // namespace TokenConsole
