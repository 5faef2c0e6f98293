// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/Command.h"

#include <QPointer>

namespace TokenConsole {

class ProvisionDialog;

// Provision… (D2–D7): the Provision dialog, then the New secret dialog; the secret goes to the
// keychain.
class ProvisionCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    static Needs needs() { return {Capability::Provision, Target::Account}; }

protected:
    void doStart() override;

private:
    void provision(qint64 userId, const QString& name, const QStringList& access);
    void showSecret(const ProvisionedToken& provisioned);

    QPointer<ProvisionDialog> m_dialog;
    bool m_provisioned = false;
};

} // namespace TokenConsole
