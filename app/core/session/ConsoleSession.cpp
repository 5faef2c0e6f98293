// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ConsoleSession.h"

#include "session/MemoryTrim.h"

#include <utility>

#include "Logging.h"
#include "api/ApiJob.h"
#include "model/TokenTableModel.h"
#include "session/MemoryTrim.h"

namespace TokenConsole {

ConsoleSession::ConsoleSession(const Profile& profile, Platform* platform,
                               TokenTableModel* model, bool embedded, QObject* parent)
    : QObject(parent), m_profile(profile), m_embedded(embedded), m_platform(platform),
      m_model(model)
{
    m_platform->setParent(this);
    MemoryTrim::shareOneArena();
    m_pageTimer.setSingleShot(true);
    m_pageTimer.setInterval(100);
    connect(&m_pageTimer, &QTimer::timeout, this, &ConsoleSession::showPendingPages);
    connect(m_platform, &Platform::sessionExpired, this, &ConsoleSession::sessionExpired);
    connect(m_platform, &Platform::clockSkewChanged, this, [this](qint64 skewMs) {
        tick();
        Q_EMIT clockSkewChanged(skewMs);
    });
    connect(m_platform, &Platform::tokenChanged, this, [this](const Token& token) {
        m_model->upsert(token);
    });
    connect(m_platform, &Platform::tokenRemoved, this,
            [this](const QString& id) { m_model->remove(id); });
    connect(m_platform, &Platform::localSecretsChanged, this, &ConsoleSession::applyLocalSecrets);
}

ConsoleSession::~ConsoleSession()
{
    if (m_refreshJob)
        m_refreshJob->cancel();
}

void ConsoleSession::applyLocalSecrets()
{
    m_model->setLocalSecretKeys(m_platform->localSecretKeys());
}

void ConsoleSession::start()
{
    m_refreshing = true;
    m_refreshJob = m_platform->loadAccount(this, [this](const Result<Account>& result) {
        m_refreshing = false;
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        m_accountLoaded = true;
        m_model->setPolicy(result.value.policy);
        applyLocalSecrets();
        tick();
        fetchTokens();
    });
}

void ConsoleSession::refresh()
{
    if (isRefreshing())
        return;
    if (!m_accountLoaded) {
        start();
        return;
    }
    fetchTokens();
}

void ConsoleSession::fetchTokens()
{
    Q_EMIT refreshStarted();
    m_refreshing = true;
    // The first load shows each page as it arrives; later refreshes merge the whole list at
    // once, so rows never vanish and come back while it travels.
    const bool first = m_model->rowCount() == 0;
    Platform::PageCallback page;
    if (first) {
        page = [this](const TokenList& tokens) {
            m_pendingPages.append(tokens);
            if (!m_pageTimer.isActive())
                showPendingPages();
        };
    }
    m_refreshJob = m_platform->listTokensInPages(
        this, std::move(page), [this, first](const Result<TokenList>& result) {
            m_refreshing = false;
            m_refreshJob.clear();
            if (!result.ok()) {
                m_pageTimer.stop();
                m_pendingPages.clear();
                if (first)
                    m_model->clear();  // never a partial list that looks complete
                fail(result.error);
                return;
            }
            m_pageTimer.stop();
            m_pendingPages.clear();  // the whole list follows
            const bool firstSuccess = !m_lastRefresh.isValid();
            tick();
            m_model->refresh(result.value);
            m_lastRefresh = QDateTime::currentDateTime();
            m_lastError = {};
            qCDebug(lcUi) << "refreshed" << result.value.size() << "tokens";
            MemoryTrim::afterLargeChange(int(result.value.size()));
            Q_EMIT refreshed();
            if (firstSuccess)
                Q_EMIT ready();
        });
}

void ConsoleSession::showPendingPages()
{
    if (m_pendingPages.isEmpty())
        return;
    m_model->append(std::exchange(m_pendingPages, {}));
    m_pageTimer.start();
}

void ConsoleSession::fail(const ApiError& error)
{
    m_lastError = error;
    qCWarning(lcUi) << "refresh failed:" << ApiError::kindName(error.kind()) << error.httpStatus()
                    << error.requestId();
    Q_EMIT refreshFailed(error);
}

void ConsoleSession::tick()
{
    m_model->setNow(now());
}

} // namespace TokenConsole
