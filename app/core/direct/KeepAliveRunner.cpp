// SPDX-License-Identifier: GPL-3.0-or-later
#include "direct/KeepAliveRunner.h"

#include "policy/InactivityPolicy.h"

namespace TokenConsole {

KeepAliveRunner::KeepAliveRunner(Platform* platform, Options options, QObject* parent)
    : QObject(parent), m_platform(platform), m_options(options)
{
    m_spacing.setSingleShot(true);
    connect(&m_spacing, &QTimer::timeout, this, &KeepAliveRunner::next);
}

KeepAliveRunner::Outcome::Action KeepAliveRunner::assess(const Token& token, int thresholdDays,
                                                         const QDateTime& now, int* daysInactive)
{
    const bool known = token.activitySource != Token::ActivitySource::None
        && token.inactiveSince.isValid();
    *daysInactive = known ? InactivityPolicy::daysInactive(token.inactiveSince, now) : -1;
    if (token.retryNotBefore.isValid() && now < token.retryNotBefore)
        return Outcome::Action::BackingOff;
    // A token with no known activity may be about to go: it is always due.
    if (known && *daysInactive < thresholdDays)
        return Outcome::Action::NotDue;
    return Outcome::Action::Called;
}

void KeepAliveRunner::start(const TokenList& tokens, const QDateTime& now)
{
    m_summary = {};
    m_due.clear();
    m_running = true;
    for (const Token& token : tokens) {
        if (!token.keepAlive)
            continue;
        ++m_summary.optedIn;
        Outcome o;
        o.token = token;
        o.action = assess(token, m_options.thresholdDays, now, &o.daysInactive);
        if (o.action == Outcome::Action::Called && m_options.dryRun)
            o.action = Outcome::Action::WouldCall;
        if (o.action == Outcome::Action::Called) {
            m_due.append(o);
            continue;
        }
        Q_EMIT outcome(o);
    }
    next();
}

void KeepAliveRunner::next()
{
    if (m_due.isEmpty() || !m_platform) {
        m_running = false;
        Q_EMIT finished(m_summary);
        return;
    }
    Outcome o = m_due.takeFirst();
    ++m_summary.called;
    m_platform->verify(o.token, this, [this, o](const Result<Platform::Verification>& r) mutable {
        if (r.ok()) {
            o.works = r.value.call.works();
            o.message = r.value.call.userMessage();
            o.token = r.value.token;
        } else {
            o.message = r.error.userMessage();
        }
        if (o.works) {
            ++m_summary.works;
        } else {
            ++m_summary.failed;
            o.action = Outcome::Action::Failed;
        }
        Q_EMIT outcome(o);
        if (m_due.isEmpty())
            next();
        else
            m_spacing.start(m_options.spacingMs);
    });
}

} // namespace TokenConsole
