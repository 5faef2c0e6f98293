// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"
#include "model/TokenFilterModel.h"
#include "session/BulkRun.h"
#include "platform/Platform.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace TokenConsole {

class CliConnection;

// The subcommands proper, each against an open connection's Platform. They write results to
// `out`, one-line errors to `err`, and return the process exit code. What a platform cannot do
// fails with the platform's own reason.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum ExitCode { Ok = 0, Usage = 2, Error = 3 };

    struct SetRequest
    {
        std::optional<QString> name;
        std::optional<QString> owner;
        std::optional<QString> notes;
        std::optional<bool> keepAlive;
    };

    CliCommands(CliConnection& connection, QTextStream& out, QTextStream& err);
    // Against a platform without a connection: the saved list of `list --offline`.
    CliCommands(Platform* platform, QTextStream& out, QTextStream& err);

    int list(const QString& format);
    int check(int withinDays);
    int provision(const QString& login, const QString& name, const QStringList& access,
                  bool printSecret);
    int rename(const QString& id, const QString& name);
    int disable(const QString& id);
    int enable(const QString& id);
    int verify(const QString& id, bool all);
    // Token Admin API v1.1. The new secret goes to the keychain; with printSecret standard output
    // carries it, and nothing else.
    int rotate(const QString& id, int graceHours, bool printSecret);
    int usage(const QString& id, int days, const QString& format);
    // Disable, enable or verify several tokens (ids, or in direct mode keys), or every token
    // that passes a status filter; one line per token, and a failure does not stop the others.
    int bulk(BulkRun::Action action, const QStringList& ids,
             std::optional<TokenFilterModel::StatusFilter> filter);
    // Direct mode.
    int add(const Platform::ExistingPair& pair);
    // Owner and notes anywhere the platform keeps them; name and keep-alive in direct mode.
    int set(const QString& id, const SetRequest& request);
    int forget(const QString& key);
    int users();
    int keepalive(bool dryRun, int thresholdDays);

private:
    bool fetchTokens(TokenList* tokens);
    // Keeps a live Token Admin API list for `--offline` and the window's offline mode.
    void saveList(const TokenList& tokens) const;
    bool fetchToken(const QString& id, Token* token);
    bool allowed(Capability capability, const Token* token = nullptr);
    int fail(const QString& message);
    QString describe(const Token& token) const;
    static QString noSuchToken(const QString& id);

    CliConnection* m_connection = nullptr;
    Platform* m_platform;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace TokenConsole
