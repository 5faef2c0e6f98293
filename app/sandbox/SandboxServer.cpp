#include "SandboxServer.h"

namespace TokenConsole::Sandbox {

class SandboxServer::Private
{
};

SandboxServer::SandboxServer(QObject* parent) : QObject(parent), d(std::make_unique<Private>()) {}
SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(const Options&, QString* error)
{
    if (error)
        *error = tr("The sandbox is not implemented yet.");
    return false;
}

QUrl SandboxServer::url() const
{
    return {};
}

} // namespace TokenConsole::Sandbox
