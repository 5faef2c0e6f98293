#pragma once

#include "model/Token.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace TokenConsole {

class CliConnection;

// The subcommands proper, each against an open connection. They write results to `out`,
// one-line errors to `err`, and return the process exit code.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum ExitCode { Ok = 0, Usage = 2, Error = 3 };

    CliCommands(CliConnection& connection, QTextStream& out, QTextStream& err);

    int list(const QString& format);
    int check(int withinDays);
    int provision(const QString& login, const QString& name, const QStringList& access,
                  bool printSecret);
    int rename(const QString& id, const QString& name);
    int disable(const QString& id);
    int enable(const QString& id);
    int verify(const QString& id, bool all);

private:
    bool fetchTokens(TokenList* tokens);
    bool fetchToken(const QString& id, Token* token);
    int fail(const QString& message);
    QString describe(const Token& token) const;
    static QString noSuchToken(const QString& id);

    CliConnection& m_connection;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace TokenConsole
