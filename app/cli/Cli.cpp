#include "Cli.h"

#include "AppInfo.h"
#include "CliCommands.h"
#include "CliConnection.h"
#include "Logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

namespace TokenConsole::Cli {

namespace {

const QStringList kSubcommands = {QStringLiteral("list"),   QStringLiteral("check"),
                                  QStringLiteral("provision"), QStringLiteral("rename"),
                                  QStringLiteral("disable"), QStringLiteral("enable"),
                                  QStringLiteral("verify")};
// Global options that take a value, so their value is not mistaken for the subcommand.
const QStringList kValueOptions = {QStringLiteral("--profile"), QStringLiteral("--server"),
                                   QStringLiteral("--login"), QStringLiteral("--lang")};

// The translation context of this file's strings.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(TokenConsole::Cli)
};

int subcommandIndex(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (kValueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return kSubcommands.contains(a) ? i : -1;
    }
    return -1;
}

// `check` reserves 1 and 2 for what it finds, so a usage error there is an error (3).
int usageExitCode(const QString& subcommand)
{
    return subcommand == QLatin1String("check") ? CliCommands::Error : CliCommands::Usage;
}

struct Options
{
    QCommandLineOption profile{QStringLiteral("profile"),
                               CliText::tr("Use the connection profile NAME (saved by the application)."),
                               QStringLiteral("NAME")};
    QCommandLineOption server{QStringLiteral("server"),
                              CliText::tr("Connect to the Token Admin API at URL (https, or http for this computer only)."),
                              QStringLiteral("URL")};
    QCommandLineOption login{QStringLiteral("login"), CliText::tr("Sign in as LOGIN (with --server)."),
                             QStringLiteral("LOGIN")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                     CliText::tr("Read the sign-in password from the first line of standard input.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Show this help.")};
    // Read by main() before the application starts; accepted here so it is not "unknown".
    QCommandLineOption lang{QStringLiteral("lang"), CliText::tr("Use the language CODE (de, fr, es, ja, en)."),
                            QStringLiteral("CODE")};
    QCommandLineOption format{QStringLiteral("format"), CliText::tr("Output format: table (default), csv or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("table")};
    QCommandLineOption within{QStringLiteral("within"),
                              CliText::tr("Report active tokens that auto-disable within DAYS days (default 14)."),
                              QStringLiteral("DAYS"), QStringLiteral("14")};
    QCommandLineOption tokenLogin{QStringLiteral("login"),
                                  CliText::tr("The user (login) the new token belongs to."), QStringLiteral("LOGIN")};
    QCommandLineOption name{QStringLiteral("name"), CliText::tr("The token's name, e.g. its purpose (\u201cSalesforce\u201d)."),
                            QStringLiteral("NAME")};
    QCommandLineOption access{QStringLiteral("access"),
                              CliText::tr("all_endpoints (default) or a comma-separated list of areas: registration, "
                                 "client_analytics, event_analytics, event_management, content, helpers."),
                              QStringLiteral("ACCESS"), QStringLiteral("all_endpoints")};
    QCommandLineOption printSecret{QStringLiteral("print-secret"),
                                   CliText::tr("Also print the new secret on standard output (shown only this once).")};
    QCommandLineOption all{QStringLiteral("all"), CliText::tr("Verify every token whose secret is on this computer.")};
};

QString describe(const QString& sub)
{
    if (sub == QLatin1String("list"))
        return CliText::tr("List every token of the account.");
    if (sub == QLatin1String("check"))
        return CliText::tr("Check for tokens near or past the inactivity auto-disable. Exit codes: 0 nothing "
                  "at risk, 1 some active token auto-disables within DAYS, 2 some token is disabled "
                  "for inactivity, 3 error.");
    if (sub == QLatin1String("provision"))
        return CliText::tr("Provision a token for a user; the secret goes to the keychain and only the key is "
                  "printed. The sign-in options must come before \u201cprovision\u201d here, since "
                  "--login after it names the token's user:\n"
                  "  token-console --server URL --login ADMIN --password-stdin provision --login USER --name NAME");
    if (sub == QLatin1String("rename"))
        return CliText::tr("Rename a token.");
    if (sub == QLatin1String("disable"))
        return CliText::tr("Disable a token.");
    if (sub == QLatin1String("enable"))
        return CliText::tr("Enable a disabled token; its inactivity count restarts.");
    return CliText::tr("Prove a token works with a real ON24 API call, using the secret in this computer's "
              "keychain. A success counts as activity.");
}

QString positional(const QString& sub)
{
    if (sub == QLatin1String("rename") || sub == QLatin1String("disable") || sub == QLatin1String("enable"))
        return QStringLiteral("ID");
    if (sub == QLatin1String("verify"))
        return QStringLiteral("ID|--all");
    return {};
}

} // namespace

bool isSubcommand(const QStringList& arguments)
{
    return subcommandIndex(arguments) > 0;
}

int run(const QStringList& arguments)
{
    if (QCoreApplication::organizationDomain().isEmpty())
        QCoreApplication::setOrganizationDomain(AppInfo::organizationDomain());
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("token-console"));

    // stderr carries one line per error for scripts: keep chatty categories (the embedded
    // sandbox's included) quiet unless the user asked for them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("tokenconsole.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int index = subcommandIndex(arguments);
    if (index < 0) {
        err << "token-console: " << CliText::tr("No subcommand. Use one of: %1.").arg(kSubcommands.join(QStringLiteral(", ")))
            << Qt::endl;
        return CliCommands::Usage;
    }
    const QString sub = arguments.at(index);
    const QString program = arguments.value(0, QStringLiteral("token-console"));
    Options o;

    QCommandLineParser globals;
    globals.addOptions({o.profile, o.server, o.login, o.passwordStdin, o.lang, o.help});
    if (!globals.parse(QStringList{program} + arguments.mid(1, index - 1))) {
        err << "token-console: " << globals.errorText() << ' '
            << CliText::tr("See \u201ctoken-console %1 --help\u201d.").arg(sub) << Qt::endl;
        return usageExitCode(sub);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(describe(sub));
    const bool provisioning = sub == QLatin1String("provision");
    parser.addOptions({o.profile, o.server, provisioning ? o.tokenLogin : o.login, o.passwordStdin, o.lang, o.help});
    if (sub == QLatin1String("list"))
        parser.addOption(o.format);
    else if (sub == QLatin1String("check"))
        parser.addOption(o.within);
    else if (provisioning)
        parser.addOptions({o.name, o.access, o.printSecret});
    else if (sub == QLatin1String("rename"))
        parser.addOption(o.name);
    else if (sub == QLatin1String("verify"))
        parser.addOption(o.all);
    const QString pos = positional(sub);
    if (!pos.isEmpty())
        parser.addPositionalArgument(pos, CliText::tr("The token's id, as \u201clist\u201d shows it."));

    const QString usage = CliText::tr("Usage: token-console [--profile NAME | --server URL --login LOGIN --password-stdin] %1 [options] %2")
                              .arg(sub, pos);
    if (!parser.parse(QStringList{program} + arguments.mid(index + 1))) {
        err << "token-console: " << parser.errorText() << ' '
            << CliText::tr("See \u201ctoken-console %1 --help\u201d.").arg(sub) << Qt::endl;
        return usageExitCode(sub);
    }
    if (parser.isSet(o.help) || globals.isSet(o.help)) {
        QString help = parser.helpText();
        help = usage.trimmed() + help.mid(help.indexOf(QLatin1Char('\n')));
        out << help;
        out.flush();
        return CliCommands::Ok;
    }

    const auto usageError = [&](const QString& message) {
        err << "token-console: " << message << ' '
            << CliText::tr("See \u201ctoken-console %1 --help\u201d.").arg(sub) << Qt::endl;
        return usageExitCode(sub);
    };
    const QStringList positionals = parser.positionalArguments();

    CliConnection::Settings settings;
    const auto pick = [&](const QCommandLineOption& option) {
        return parser.isSet(option) ? parser.value(option) : globals.value(option);
    };
    settings.profile = pick(o.profile);
    settings.server = QUrl(pick(o.server));
    settings.login = provisioning ? globals.value(o.login) : pick(o.login);
    settings.passwordStdin = parser.isSet(o.passwordStdin) || globals.isSet(o.passwordStdin);
    if (!settings.server.isEmpty() && !settings.server.isValid())
        return usageError(CliText::tr("--server wants a URL such as https://tokens.example.com."));

    // Validate the subcommand's own arguments before connecting anywhere.
    int within = 14;
    QStringList access;
    if (sub == QLatin1String("check")) {
        bool ok = false;
        within = parser.value(o.within).toInt(&ok);
        if (!ok || within < 0)
            return usageError(CliText::tr("--within wants a whole number of days, not \u201c%1\u201d.").arg(parser.value(o.within)));
    }
    if (provisioning) {
        if (!parser.isSet(o.tokenLogin) || !parser.isSet(o.name))
            return usageError(CliText::tr("provision needs --login LOGIN and --name NAME."));
        const QString a = parser.value(o.access).trimmed();
        if (a != QLatin1String("all_endpoints")) {
            for (const QString& area : a.split(QLatin1Char(','), Qt::SkipEmptyParts))
                access.append(area.trimmed());
            if (access.isEmpty())
                return usageError(CliText::tr("--access wants all_endpoints or a list of areas."));
        }
    }
    if (sub == QLatin1String("rename") && !parser.isSet(o.name))
        return usageError(CliText::tr("rename needs --name NAME."));
    if (!pos.isEmpty()) {
        const bool all = sub == QLatin1String("verify") && parser.isSet(o.all);
        if (all ? !positionals.isEmpty() : positionals.size() != 1)
            return usageError(all ? CliText::tr("Give either a token id or --all, not both.")
                                  : CliText::tr("%1 needs exactly one token id.").arg(sub));
    } else if (!positionals.isEmpty()) {
        return usageError(CliText::tr("Unexpected argument \u201c%1\u201d.").arg(positionals.first()));
    }

    CliConnection connection;
    QString why;
    if (!connection.open(settings, &why)) {
        err << "token-console: " << why << Qt::endl;
        return CliCommands::Error;
    }
    CliCommands commands(connection, out, err);
    int code = CliCommands::Error;
    if (sub == QLatin1String("list"))
        code = commands.list(parser.value(o.format));
    else if (sub == QLatin1String("check"))
        code = commands.check(within);
    else if (provisioning)
        code = commands.provision(parser.value(o.tokenLogin), parser.value(o.name), access,
                                  parser.isSet(o.printSecret));
    else if (sub == QLatin1String("rename"))
        code = commands.rename(positionals.first(), parser.value(o.name));
    else if (sub == QLatin1String("disable"))
        code = commands.disable(positionals.first());
    else if (sub == QLatin1String("enable"))
        code = commands.enable(positionals.first());
    else if (sub == QLatin1String("verify"))
        code = commands.verify(positionals.value(0), parser.isSet(o.all));
    connection.close();
    qCDebug(lcCli) << sub << "exited with" << code;
    return code;
}

} // namespace TokenConsole::Cli
