// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace TokenConsole::Testing {

// A D-Bus session bus of the test's own, so keychain cases never touch the user's session:
// dbus-daemon with a fresh HOME, listening in a temporary folder. Only services in the
// test's own service folder can be started on demand (none by default, unlike a plain
// dbus-run-session, which would start the installed gnome-keyring). Optionally runs a real
// gnome-keyring-daemon on it, unlocked with a throwaway password. Everything stops with it.
class PrivateSessionBus
{
public:
    PrivateSessionBus();
    ~PrivateSessionBus();

    static bool toolsInstalled(); // dbus-daemon and gnome-keyring-daemon

    bool start(QString* error);
    QString address() const { return m_address; }
    QString home() const { return m_home.path(); }
    // The environment for a process on this bus: the fresh HOME and XDG folders, no desktop
    // hints (so QtKeychain uses the Secret Service), and this bus.
    QProcessEnvironment environment() const;

    // gnome-keyring-daemon (secrets only) on this bus, its login keyring unlocked. Its data
    // stays in HOME, so a restart finds what was stored before.
    bool startKeyring(QString* error);
    void stopKeyring();
    // Locks the login collection over D-Bus, as the desktop does on "Lock".
    bool lockKeyring(QString* error);

private:
    bool waitForName(const QString& name, int timeoutMs) const;

    QTemporaryDir m_home;
    QProcess m_daemon;
    QProcess m_keyring;
    QString m_address;
    QString m_connectionName;
};

} // namespace TokenConsole::Testing
