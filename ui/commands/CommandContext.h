// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/ConsoleSession.h"

#include <QString>

class QWidget;

namespace TokenConsole {

class Clipboard;

// What a command may use of the window that started it (implemented by MainWindow).
class CommandContext
{
public:
    virtual ~CommandContext() = default;

    virtual ConsoleSession* session() const = 0; // null while not signed in
    virtual QWidget* dialogParent() const = 0;
    virtual Clipboard* clipboard() const = 0;
    virtual void selectToken(const QString& id) = 0;
    // A short outcome in the window (status bar, and a banner for errors).
    virtual void showOutcome(const QString& text, bool error) = 0;
    // Why remote actions are unavailable right now (offline), or empty.
    virtual QString unavailableReason() const { return {}; }
};

} // namespace TokenConsole
