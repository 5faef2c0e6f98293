#pragma once

#include "api/ApiJob.h"
#include "model/Token.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace TokenConsole {

class CommandContext;

// One user action (in Kleopatra's shape): created for the current selection, start()ed once,
// reports finished() or canceled() and then deletes itself. What a command needs of the
// selection and the account is declared as restrictions, so the controller can enable its
// action, and say why it is not, without creating the command.
class Command : public QObject
{
    Q_OBJECT

public:
    enum Restriction {
        NoRestriction = 0,
        NeedsSession = 1 << 0,
        NeedsManageUsers = 1 << 1,
        NeedsConnect = 1 << 2,
        OnlyOneToken = 1 << 3,
        MustBeActive = 1 << 4,
        MustBeDisabled = 1 << 5,
        NeedsLocalSecret = 1 << 6,
    };
    Q_DECLARE_FLAGS(Restrictions, Restriction)

    Command(CommandContext* context, std::optional<Token> token, QObject* parent = nullptr);

    void start();
    void cancel();

    // Why a command with these restrictions cannot run now (translated), or empty when it can.
    static QString blockedReason(Restrictions restrictions, const CommandContext* context,
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
    const Token& token() const { return *m_token; }
    bool hasToken() const { return m_token.has_value(); }
    void setToken(const Token& token) { m_token = token; }

    QPointer<ApiJob> m_job;

private:
    CommandContext* m_context;
    std::optional<Token> m_token;
    bool m_ended = false;
};

} // namespace TokenConsole

Q_DECLARE_OPERATORS_FOR_FLAGS(TokenConsole::Command::Restrictions)
