// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "profiles/Profile.h"
#include "session/PlatformEndpoint.h"

#include <QObject>
#include <QPointer>

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

private:
    void setState(State state);
    void adopt(const Profile& profile, Platform* platform, bool embedded);
    void adoptAdminClient(const Profile& profile, AdminClient* client, bool embedded);
    void onSessionExpired();
    void fail(const QString& message);
    void failFor(Origin origin, const QString& message, const QString& detail);
    void rememberPassword(const Profile& profile, const QString& password);

    TokenTableModel* m_model;
    SecretStore* m_secrets;
    EmbeddedPlatformProvider m_embedded;
    PlatformEndpoint m_embeddedEndpoint;
    QPointer<ConsoleSession> m_session;
    QPointer<AdminClient> m_pending;  // a sign-in under way
    State m_state = State::SignedOut;
};

} // namespace TokenConsole
