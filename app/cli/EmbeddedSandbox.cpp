// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmbeddedSandbox.h"

#include "sandbox/SandboxServer.h"

namespace TokenConsole {

EmbeddedSandbox::EmbeddedSandbox() : m_server(std::make_unique<Sandbox::SandboxServer>()) {}

EmbeddedSandbox::~EmbeddedSandbox() = default;

bool EmbeddedSandbox::endpoint(PlatformEndpoint* endpoint, QString* error)
{
    if (!m_started) {
        Sandbox::SandboxServer::Options options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        options.dataDirectory = Sandbox::SandboxServer::embeddedDataDirectory();
        options.seed = QStringLiteral("demo");
        if (!m_server->start(options, error))
            return false;
        m_started = true;
    }
    endpoint->url = m_server->url();
    endpoint->login = Sandbox::SandboxServer::demoAdminLogin();
    endpoint->password = Sandbox::SandboxServer::demoAdminPassword();
    endpoint->clientId = Sandbox::SandboxServer::demoClientId();
    return true;
}

EmbeddedPlatformProvider EmbeddedSandbox::provider()
{
    return [this](PlatformEndpoint* out, QString* error) { return endpoint(out, error); };
}

} // namespace TokenConsole
