// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"
#include "platform/Capability.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

namespace TokenConsole {

class ApiJob;
class Platform;

// One action (disable, enable or verify) over several tokens, one platform job at a time. A
// token the platform cannot act on is skipped with the platform's reason; a failure on one
// token does not stop the others; retryFailed() runs only the tokens that failed. Verify calls
// are spaced out so a long selection does not use up ON24's call quota. No widgets: the GUI's
// result dialog and the CLI both watch the same signals.
class BulkRun : public QObject
{
    Q_OBJECT

public:
    enum class Action { Disable, Enable, Verify };
    Q_ENUM(Action)

    struct Item
    {
        enum class State { Pending, Running, Done, Failed, Skipped };
        Token token;
        State state = State::Pending;
        QString message; // the failure's or the skip's reason, or what ON24 said on verify
    };

    // ON24 publishes no rate limit; a second between verify calls keeps a long list polite.
    static constexpr int kVerifySpacingMs = 1000;

    BulkRun(Platform* platform, Action action, const TokenList& tokens, QObject* parent = nullptr);
    ~BulkRun() override;

    static Capability capability(Action action);
    Action action() const { return m_action; }
    const QVector<Item>& items() const { return m_items; }
    // The tokens the platform can act on (not skipped).
    int actionableCount() const;
    int count(Item::State state) const;
    bool isRunning() const { return m_running; }
    // Milliseconds between two verify calls (tests shorten it).
    void setVerifySpacing(int ms) { m_spacingMs = ms; }

    // Runs every pending item; emits itemChanged() as each one starts and ends, then finished().
    void start();
    // Runs the failed items again (nothing else).
    void retryFailed();
    // Stops after the call under way (its outcome is still reported).
    void cancel();

Q_SIGNALS:
    void itemChanged(int index);
    void finished();

private:
    void next();
    void settle(int index, bool ok, const QString& message);

    QPointer<Platform> m_platform;
    Action m_action;
    QVector<Item> m_items;
    QTimer m_spacing;
    int m_spacingMs = kVerifySpacingMs;
    int m_current = -1;
    bool m_running = false;
    bool m_canceled = false;
    bool m_called = false; // a platform call was made in this pass (spacing applies after it)
    bool m_rested = false; // the spacing before the next call has passed
    QPointer<ApiJob> m_job;
};

} // namespace TokenConsole
