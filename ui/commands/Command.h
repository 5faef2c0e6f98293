// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "model/Token.h"
#include "platform/Capability.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace TokenConsole {

class CommandContext;
class Platform;

// One user action (in Kleopatra's shape): created for the current selection, start()ed once,
// reports finished() or canceled() and then deletes itself. What a command needs is declared
// as a platform capability plus whether it acts on one token, so the controller can enable its
// action, and say why it is not (in the platform's words), without creating the command.
class Command : public QObject
{
    Q_OBJECT

public:
    // What a command acts on.
    enum class Target { Account, OneToken };

    struct Needs
    {
        Capability capability;
        Target target = Target::OneToken;
    };

    Command(CommandContext* context, std::optional<Token> token, QObject* parent = nullptr);

    void start();
    void cancel();

    // Why a command with these needs cannot run now (translated), or empty when it can.
    static QString blockedReason(Needs needs, const CommandContext* context,
                                 const std::optional<Token>& token);

Q_SIGNALS:
    void finished();
    void canceled();

protected:
    virtual void doStart() = 0;
    virtual void doCancel() {}
    // Ends the command: emits finished() (or canceled()) and deletes it later.
    void done();
    void abort();

    CommandContext* context() const { return m_context; }
    // The platform of the context's session; null while not connected.
    Platform* platform() const;
    const Token& token() const { return *m_token; }
    bool hasToken() const { return m_token.has_value(); }
    void setToken(const Token& token) { m_token = token; }
    // After a version conflict: fetches the token as the server has it now and adopts it, so a
    // retry goes out with the newer version, on purpose and after the user saw it. `show` gets
    // the newer token, or `fail` why it could not be read; neither runs once `dialog` is gone.
    void adoptLatest(QObject* dialog, std::function<void(const Token&)> show,
                     std::function<void(const QString&)> fail);

    QPointer<ApiJob> m_job;

private:
    CommandContext* m_context;
    std::optional<Token> m_token;
    bool m_ended = false;
};

} // namespace TokenConsole

