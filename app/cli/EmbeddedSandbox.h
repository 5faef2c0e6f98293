// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/PlatformEndpoint.h"

#include <memory>

namespace TokenConsole {

namespace Sandbox {
class SandboxServer;
}

// The embedded default, for the GUI and the CLI alike: the sandbox in this process on
// 127.0.0.1 (an ephemeral port), its data in the per-user application data folder, seeded with
// the demo account on first run. Started on first use only.
class EmbeddedSandbox
{
public:
    EmbeddedSandbox();
    ~EmbeddedSandbox();

    // Starts the sandbox if needed and says where it listens; false with a reason.
    bool endpoint(PlatformEndpoint* endpoint, QString* error);
    // A provider for SessionController and the window; valid while this object lives.
    EmbeddedPlatformProvider provider();

private:
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    bool m_started = false;
};

} // namespace TokenConsole
