// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "profiles/Profile.h"
#include "session/PlatformEndpoint.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace TokenConsole {

class AdminClient;
class ConsoleSession;
class Platform;
class SecretStore;
class TokenTableModel;

// The life of a connection, without a widget: opening a profile (the embedded demo, a Token
// Admin API server with a typed or remembered password, an ON24 account in direct mode),
// signing in again when a session expires, switching profiles and dropping a session. It asks
// for passwords through signals; dialogs only collect them.
class SessionController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        SignedOut,  // no session
        SigningIn,  // a sign-in is under way
        SignedIn,   // a session, its list up to date
        Expired,    // a session whose sign-in ended; the list stays on screen
        Offline,    // a session (or an attempt) that cannot reach its platform
    };
    Q_ENUM(State)

    SessionController(TokenTableModel* model, SecretStore* secrets,
                      EmbeddedPlatformProvider embedded, QObject* parent = nullptr);
    ~SessionController() override;

    State state() const { return m_state; }
    ConsoleSession* session() const { return m_session; }
    SecretStore* secrets() const { return m_secrets; }

    // The named profile; empty or the demo's name opens the embedded sandbox.
    void openProfile(const QString& name);
    void openEmbedded();
    // Where a password comes from: the keychain or the demo (a failure is the window's to
    // show), or typed into a dialog (the dialog shows it), for a new profile or a known one.
    enum class Origin { Stored, Typed, TypedForNewProfile };
    // Signs in to a Token Admin API profile. A new profile is saved once it works, and its
    // password kept in the keychain when the profile asks for that.
    void signIn(const Profile& profile, const QString& password, Origin origin);
    // Opens a direct-mode (ON24 account) profile; a new one is saved once it opens.
    void openDirect(const Profile& profile, Origin origin = Origin::Stored);
    // A new profile from the Connect dialog, of either kind.
    void connectProfile(const Profile& profile, const QString& password);
    // The password asked for after passwordRequired(profile, true); kept in the keychain
    // afterwards when `remember`.
    void reauthenticate(const QString& password, bool remember);
    // The user declined to give the password.
    void declinePassword(const Profile& profile, bool expired);
    void drop();

    // Offline: the last list of each Token Admin API profile is kept in `folder` (empty: the
    // default under the application's data folder). When the platform cannot be reached at
    // sign-in, that list opens read-only and a sign-in is retried in the background, first
    // after `firstRetryMs`, then twice as long each time (at most five minutes).
    void setOfflineCacheFolder(const QString& folder) { m_cacheFolder = folder; }
    QString offlineCacheFolder() const { return m_cacheFolder; }
    void setOfflineRetryDelay(int firstRetryMs) { m_firstRetryMs = firstRetryMs; }
    bool isOfflineCopy() const { return m_offline.active; }

Q_SIGNALS:
    void stateChanged(TokenConsole::SessionController::State state);
    // A new session (or none) is in place.
    void sessionChanged(TokenConsole::ConsoleSession* session);
    // The first list of a session is on screen.
    void sessionReady();
    // Ask the user for the password of `profile`.
    void passwordRequired(const TokenConsole::Profile& profile, bool expired);
    // A sign-in with a typed password failed; whoever collected it shows `message`.
    void signInFailed(const QString& message);
    // A sign-in with a typed password worked.
    void signedIn();
    // Opening failed without anyone to show it to but the window.
    void openFailed(const QString& message);
    // Something worth saying that changes nothing (the password could not be remembered).
    void notice(const QString& message, bool error);
    // The sentence to show while the session is the saved list (empty: live again).
    void offlineNoticeChanged(const QString& text);

private:
    void setState(State state);
    void adopt(const Profile& profile, Platform* platform, bool embedded);
    void adoptAdminClient(const Profile& profile, AdminClient* client, bool embedded);
    void onSessionExpired();
    void fail(const QString& message);
    void failFor(Origin origin, const QString& message, const QString& detail);
    void rememberPassword(const Profile& profile, const QString& password);
    // True when the saved list of `profile` opened instead of failing with `error`.
    bool openOffline(const Profile& profile, const QString& password, const ApiError& error);
    void retryOnline();
    void saveList();

    TokenTableModel* m_model;
    SecretStore* m_secrets;
    EmbeddedPlatformProvider m_embedded;
    PlatformEndpoint m_embeddedEndpoint;
    QPointer<ConsoleSession> m_session;
    QPointer<AdminClient> m_pending;  // a sign-in under way
    State m_state = State::SignedOut;

    struct Offline
    {
        bool active = false;
        Profile profile;
        QString password;  // in memory only, for the background sign-in
        int delayMs = 0;
    };
    Offline m_offline;
    QTimer m_retry;
    QPointer<AdminClient> m_retrying;
    QString m_cacheFolder;
    int m_firstRetryMs = 5000;
};

} // namespace TokenConsole
