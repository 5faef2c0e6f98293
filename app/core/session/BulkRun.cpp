// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/BulkRun.h"

#include "api/ApiJob.h"
#include "platform/Platform.h"

namespace TokenConsole {

BulkRun::BulkRun(Platform* platform, Action action, const TokenList& tokens, QObject* parent)
    : QObject(parent), m_platform(platform), m_action(action)
{
    m_items.reserve(tokens.size());
    const Capability needed = capability(action);
    for (const Token& token : tokens) {
        Item item;
        item.token = token;
        item.message = platform ? platform->whyNot(needed, &token) : QString();
        item.state = item.message.isEmpty() ? Item::State::Pending : Item::State::Skipped;
        m_items.append(item);
    }
    m_spacing.setSingleShot(true);
    connect(&m_spacing, &QTimer::timeout, this, &BulkRun::next);
}

BulkRun::~BulkRun()
{
    if (m_job)
        m_job->cancel();
}

Capability BulkRun::capability(Action action)
{
    switch (action) {
    case Action::Disable:
        return Capability::Disable;
    case Action::Enable:
        return Capability::Enable;
    case Action::Verify:
        return Capability::Verify;
    }
    return Capability::Verify;
}

int BulkRun::actionableCount() const
{
    return int(m_items.size()) - count(Item::State::Skipped);
}

int BulkRun::count(Item::State state) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [state](const Item& item) { return item.state == state; }));
}

void BulkRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_canceled = false;
    m_called = false;
    next();
}

void BulkRun::retryFailed()
{
    if (m_running)
        return;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].state != Item::State::Failed)
            continue;
        m_items[i].state = Item::State::Pending;
        m_items[i].message.clear();
        Q_EMIT itemChanged(i);
    }
    start();
}

void BulkRun::cancel()
{
    m_canceled = true;
    m_spacing.stop();
    if (!m_job && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

void BulkRun::next()
{
    m_current = -1;
    for (int i = 0; i < m_items.size() && !m_canceled; ++i) {
        if (m_items.at(i).state == Item::State::Pending) {
            m_current = i;
            break;
        }
    }
    if (m_current < 0 || !m_platform) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    if (m_action == Action::Verify && m_called && m_spacingMs > 0 && !m_rested) {
        // Spread verify calls out; the timer calls next() again.
        m_rested = true;
        m_spacing.start(m_spacingMs);
        return;
    }
    m_rested = false;
    const int index = m_current;
    Item& item = m_items[index];
    item.state = Item::State::Running;
    Q_EMIT itemChanged(index);
    m_called = true;
    switch (m_action) {
    case Action::Disable:
        m_job = m_platform->disable(item.token, this, [this, index](const Result<Token>& r) {
            if (r.ok())
                m_items[index].token = r.value;
            settle(index, r.ok(), r.ok() ? QString() : r.error.userMessage());
        });
        break;
    case Action::Enable:
        m_job = m_platform->enable(item.token, this, [this, index](const Result<Token>& r) {
            if (r.ok())
                m_items[index].token = r.value;
            settle(index, r.ok(), r.ok() ? QString() : r.error.userMessage());
        });
        break;
    case Action::Verify:
        m_job = m_platform->verify(
            item.token, this, [this, index](const Result<Platform::Verification>& r) {
                if (!r.ok()) {
                    settle(index, false, r.error.userMessage());
                    return;
                }
                if (!r.value.token.id.isEmpty())
                    m_items[index].token = r.value.token;
                settle(index, r.value.call.works(), r.value.call.userMessage());
            });
        break;
    }
}

void BulkRun::settle(int index, bool ok, const QString& message)
{
    m_job.clear();
    m_items[index].state = ok ? Item::State::Done : Item::State::Failed;
    m_items[index].message = message;
    Q_EMIT itemChanged(index);
    next();
}

} // namespace TokenConsole
