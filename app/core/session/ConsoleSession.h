// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiJob.h"
#include "model/Token.h"
#include "platform/Platform.h"
#include "profiles/Profile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace TokenConsole {

class TokenTableModel;

// One open connection: the profile, its platform and the token list it keeps in the shared
// TokenTableModel. It is the model's one writer: refreshes, and every token a platform job
// changed (Platform::tokenChanged), reach the table through it. The window swaps sessions when
// the profile changes; the model and view stay.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `platform`.
    ConsoleSession(const Profile& profile, Platform* platform, TokenTableModel* model,
                   bool embedded, QObject* parent = nullptr);
    ~ConsoleSession() override;

    const Profile& profile() const { return m_profile; }
    bool isEmbedded() const { return m_embedded; }
    Platform* platform() const { return m_platform; }
    TokenTableModel* model() const { return m_model; }

    Account account() const { return m_platform->account(); }
    SessionUser user() const { return m_platform->user(); }

    // Loads the account, then the token list; emits ready() or refreshFailed().
    void start();
    void refresh();
    bool isRefreshing() const { return m_refreshing; }
    bool hasLoaded() const { return m_lastRefresh.isValid(); }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    // The list on screen is older than the last attempt (the last refresh failed).
    bool isStale() const { return m_lastError.isError(); }
    ApiError lastError() const { return m_lastError; }

    // The skew-corrected "now" every countdown uses.
    QDateTime now() const { return m_platform->now(); }
    void tick();

Q_SIGNALS:
    void ready();
    void refreshStarted();
    void refreshed();
    void refreshFailed(const TokenConsole::ApiError& error);
    void sessionExpired();
    void clockSkewChanged(qint64 skewMs);

private:
    void showPendingPages();
    void fetchTokens();
    void fail(const ApiError& error);
    void applyLocalSecrets();

    Profile m_profile;
    bool m_embedded;
    Platform* m_platform;
    TokenTableModel* m_model;
    bool m_accountLoaded = false;
    bool m_refreshing = false;
    QPointer<ApiJob> m_refreshJob;
    // A first load's pages, shown at once and then at most every 100 ms: the table takes a
    // few big steps instead of a hundred small ones while the rest travels.
    TokenList m_pendingPages;
    QTimer m_pageTimer;
    QDateTime m_lastRefresh;
    ApiError m_lastError;
};

} // namespace TokenConsole
