// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Await.h"
#include "MainWindow.h"
#include "api/AdminClient.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace TokenConsole::Testing {

// A real in-process sandbox (seed demo, fresh folder) and a MainWindow signed in to it, for the
// offscreen GUI tests. Also a second AdminClient, to change things behind the window's back.
class GuiFixture
{
public:
    GuiFixture();
    ~GuiFixture();

    // Starts the sandbox; false with a reason on failure.
    bool start(QString* error);
    QUrl url() const;
    // Stops the server: the network is "down" for every window on it.
    void stopServer();
    // Starts the server again on the same data (at a new port, which the embedded options
    // hand out from then on).
    bool restartServer(QString* error);
    // POST /sandbox/v1/clock {"advanceDays": days}; false on failure.
    bool advanceDays(int days);

    // A window signed in as `login` (the embedded path for the demo admin, a profile
    // otherwise). Waits for the first list; null with a reason on failure.
    std::unique_ptr<MainWindow> openWindow(const QString& login, const QString& password,
                                           MainWindow::Options options, QString* error);
    std::unique_ptr<MainWindow> openAdminWindow(MainWindow::Options options, QString* error);
    MainWindow::Options embeddedOptions();

    // A token provisioned on the sandbox behind the window's back (as an admin would on ON24's
    // page), with its one-time secret.
    struct Pair
    {
        QString id;
        QString key;
        QString secret;
    };
    Pair provision(const QString& login, const QString& name);
    bool disable(const QString& id);
    // Whether the sandbox's token with this id or key is active.
    bool isActive(const QString& idOrKey);

    // A second, independent client signed in as the demo admin.
    AdminClient* otherClient(QString* error);
    // Runs one AdminClient call to its end (the callback's result is returned).
    template <typename T>
    static Result<T> await(const std::function<void(AdminClient::Callback<T>)>& call);

    static QString idOf(const MainWindow& window, const QString& name);

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_cacheDir;  // the windows' saved token lists
    QUrl m_lastUrl;            // where the server was, so a stopped one refuses connections
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<AdminClient> m_other;
};

template <typename T>
Result<T> GuiFixture::await(const std::function<void(AdminClient::Callback<T>)>& call)
{
    return TokenConsole::await<T>(call, 15000);
}

} // namespace TokenConsole::Testing
