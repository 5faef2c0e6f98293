// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "AppInfo.h"
#include "CliCommands.h"
#include "CliConnection.h"
#include "Logging.h"
#include "model/TokenCodec.h"
#include "platform/OfflinePlatform.h"
#include "session/StatusFilterNames.h"
#include "session/TokenListCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QLoggingCategory>
#include <QTextStream>
#include <QThreadPool>
#include <cstdio>

namespace TokenConsole::Cli {

namespace {

const QStringList kSubcommands = {
    QStringLiteral("list"),   QStringLiteral("check"),    QStringLiteral("provision"),
    QStringLiteral("rename"), QStringLiteral("disable"),  QStringLiteral("enable"),
    QStringLiteral("verify"), QStringLiteral("add"),      QStringLiteral("set"),
    QStringLiteral("forget"), QStringLiteral("users"),    QStringLiteral("keepalive"),
    QStringLiteral("rotate"), QStringLiteral("usage")};
// Global options that take a value, so their value is not mistaken for the subcommand.
const QStringList kValueOptions = {QStringLiteral("--profile"), QStringLiteral("--server"),
                                   QStringLiteral("--login"),   QStringLiteral("--lang"),
                                   QStringLiteral("--on24"),    QStringLiteral("--client-id")};

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

// `check` and `keepalive` reserve 1 and 2 for what they find, so a usage error there is an
// error (3).
int usageExitCode(const QString& subcommand)
{
    return subcommand == QLatin1String("check") || subcommand == QLatin1String("keepalive")
        ? CliCommands::Error
        : CliCommands::Usage;
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
    QCommandLineOption on24{QStringLiteral("on24"),
                            CliText::tr("Direct mode: a real ON24 account in North America (na), Europe (eu) or at a base URL."),
                            QStringLiteral("na|eu|URL")};
    QCommandLineOption clientId{QStringLiteral("client-id"),
                                CliText::tr("Direct mode: the account's numeric ON24 client id."),
                                QStringLiteral("N")};
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
    QCommandLineOption pairLogin{QStringLiteral("login"),
                                 CliText::tr("The login the pair was provisioned for (optional)."), QStringLiteral("LOGIN")};
    QCommandLineOption key{QStringLiteral("key"), CliText::tr("The token key (32 capital letters and digits)."),
                           QStringLiteral("KEY")};
    QCommandLineOption secretStdin{QStringLiteral("secret-stdin"),
                                   CliText::tr("Read the token secret from the first line of standard input.")};
    QCommandLineOption owner{QStringLiteral("owner"), CliText::tr("Who to tell when the token is at risk."),
                             QStringLiteral("OWNER")};
    QCommandLineOption notes{QStringLiteral("notes"), CliText::tr("Free notes about the token."), QStringLiteral("NOTES")};
    QCommandLineOption lastActivity{QStringLiteral("last-activity"),
                                    CliText::tr("The Last Activity date ON24's page shows (YYYY-MM-DD)."),
                                    QStringLiteral("DATE")};
    QCommandLineOption keepAliveFlag{QStringLiteral("keep-alive"),
                                     CliText::tr("Keep the pair alive (see \u201ckeepalive\u201d).")};
    QCommandLineOption keepAliveValue{QStringLiteral("keep-alive"),
                                      CliText::tr("Switch keep-alive on or off."), QStringLiteral("on|off")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), CliText::tr("Say what would be called, call nothing.")};
    QCommandLineOption threshold{QStringLiteral("threshold"),
                                 CliText::tr("Call tokens whose known inactivity reached DAYS days (default 45)."),
                                 QStringLiteral("DAYS"), QStringLiteral("45")};
    QCommandLineOption name{QStringLiteral("name"), CliText::tr("The token's name, e.g. its purpose (\u201cSalesforce\u201d)."),
                            QStringLiteral("NAME")};
    QCommandLineOption access{QStringLiteral("access"),
                              CliText::tr("all_endpoints (default) or a comma-separated list of areas: registration, "
                                 "client_analytics, event_analytics, event_management, content, helpers."),
                              QStringLiteral("ACCESS"), QStringLiteral("all_endpoints")};
    QCommandLineOption printSecret{QStringLiteral("print-secret"),
                                   CliText::tr("Also print the new secret on standard output (shown only this once).")};
    QCommandLineOption all{QStringLiteral("all"), CliText::tr("Verify every token whose secret is on this computer.")};
    QCommandLineOption grace{QStringLiteral("grace"),
                             CliText::tr("Hours (0 to 168, default 24) the previous secret keeps working, so the integration can switch without an outage."),
                             QStringLiteral("HOURS"), QStringLiteral("24")};
    QCommandLineOption rotatedSecret{QStringLiteral("print-secret"),
                                     CliText::tr("Also print the new secret on standard output (shown only this once); standard output then holds nothing else.")};
    QCommandLineOption days{QStringLiteral("days"), CliText::tr("Count the calls of the last DAYS days (1 to 90, default 60)."),
                            QStringLiteral("DAYS"), QStringLiteral("60")};
    QCommandLineOption usageFormat{QStringLiteral("format"), CliText::tr("Output format: table (default) or json."),
                                   QStringLiteral("FORMAT"), QStringLiteral("table")};
    QCommandLineOption json{QStringLiteral("json"), CliText::tr("Same as --format json.")};
    QCommandLineOption offline{QStringLiteral("offline"),
                               CliText::tr("Do not connect: read the list saved on this computer by the last successful list, check or window session, and say from when it is.")};
    QCommandLineOption filter{QStringLiteral("filter"),
                              CliText::tr("Act on every token the status filter NAME shows, as in the window's \u201cShow\u201d menu: %1.")
                                  .arg(StatusFilterNames::names().join(QStringLiteral(", "))),
                              QStringLiteral("NAME")};

    QList<QCommandLineOption> connection() const
    {
        return {profile, server, login, passwordStdin, on24, clientId, lang, help};
    }
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
        return CliText::tr("Provision a token for the user LOGIN; the secret goes to the keychain and only the "
                  "key is printed:\n"
                  "  token-console provision USER --name NAME --server URL --login ADMIN --password-stdin");
    if (sub == QLatin1String("add"))
        return CliText::tr("Direct mode: add a token pair made on ON24's page. It is verified with one real "
                  "ON24 call first; a wrong pair is refused and nothing is stored. The secret is read "
                  "from standard input and goes to the keychain only.");
    if (sub == QLatin1String("set"))
        return CliText::tr("Change a token's owner or notes (on a Token Admin API, with a check that nobody changed the token meanwhile). Direct mode: also a pair's local name, or switch its keep-alive.");
    if (sub == QLatin1String("rotate"))
        return CliText::tr("Give a token a new secret. The previous secret keeps working for the grace hours, so the integration can switch to the new one without an outage; then only the new one works. The new secret goes to the keychain, replacing the old one there; it is printed only with --print-secret.");
    if (sub == QLatin1String("usage"))
        return CliText::tr("Show a token's successful ON24 API calls by API area over the last days, and the areas it holds but did not use.");
    if (sub == QLatin1String("forget"))
        return CliText::tr("Direct mode: remove a pair from this computer's inventory and keychain. ON24 is not "
                  "touched.");
    if (sub == QLatin1String("users"))
        return CliText::tr("Direct mode: list the account's logins, and who may provision tokens on ON24's "
                  "page.");
    if (sub == QLatin1String("keepalive"))
        return CliText::tr("Direct mode: verify every kept-alive token whose known inactivity reached the "
                  "threshold, one call each, spread out. Exit codes: 0 all fine, 1 a token failed "
                  "(wrong pair, deactivated, quota), 3 error.");
    if (sub == QLatin1String("rename"))
        return CliText::tr("Rename a token.");
    if (sub == QLatin1String("disable"))
        return CliText::tr("Disable one or more tokens, or every token a status filter shows "
                           "(e.g. --filter expiring). One line per token; a failure does not stop "
                           "the others. Exit codes: 0 all done, 3 some token failed or error.");
    if (sub == QLatin1String("enable"))
        return CliText::tr("Enable one or more disabled tokens, or every token a status filter "
                           "shows (e.g. --filter disabled-for-inactivity); their inactivity count "
                           "restarts. One line per token; exit code 3 when some token failed.");
    return CliText::tr("Prove tokens work with a real ON24 API call each, using the secrets in "
                       "this computer's keychain: one or more ids, --all, or --filter NAME. A "
                       "success counts as activity; exit code 3 when some token failed.");
}

QString positional(const QString& sub)
{
    if (sub == QLatin1String("rename") || sub == QLatin1String("rotate") || sub == QLatin1String("usage")
        || sub == QLatin1String("set"))
        return QStringLiteral("ID");
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable"))
        return QStringLiteral("ID...|--filter NAME");
    if (sub == QLatin1String("verify"))
        return QStringLiteral("ID|KEY...|--all|--filter NAME");
    if (sub == QLatin1String("provision"))
        return QStringLiteral("LOGIN");
    if (sub == QLatin1String("forget"))
        return QStringLiteral("KEY");
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
    globals.addOptions(o.connection());
    if (!globals.parse(QStringList{program} + arguments.mid(1, index - 1))) {
        err << "token-console: " << globals.errorText() << ' '
            << CliText::tr("See \u201ctoken-console %1 --help\u201d.").arg(sub) << Qt::endl;
        return usageExitCode(sub);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(describe(sub));
    const bool provisioning = sub == QLatin1String("provision");
    // In direct mode nobody signs in, so after add --login is the pair's login.
    const bool pairLogin = sub == QLatin1String("add");
    QList<QCommandLineOption> connectionOptions = o.connection();
    if (pairLogin)
        connectionOptions.replace(2, o.pairLogin);
    parser.addOptions(connectionOptions);
    if (sub == QLatin1String("list"))
        parser.addOptions({o.format, o.offline});
    else if (sub == QLatin1String("check"))
        parser.addOptions({o.within, o.offline});
    else if (provisioning)
        parser.addOptions({o.name, o.access, o.printSecret});
    else if (sub == QLatin1String("rename"))
        parser.addOption(o.name);
    else if (sub == QLatin1String("verify"))
        parser.addOptions({o.all, o.filter});
    else if (sub == QLatin1String("disable") || sub == QLatin1String("enable"))
        parser.addOption(o.filter);
    else if (sub == QLatin1String("add"))
        parser.addOptions({o.key, o.name, o.owner, o.notes, o.lastActivity, o.keepAliveFlag, o.secretStdin});
    else if (sub == QLatin1String("set"))
        parser.addOptions({o.name, o.owner, o.notes, o.keepAliveValue});
    else if (sub == QLatin1String("keepalive"))
        parser.addOptions({o.dryRun, o.threshold});
    else if (sub == QLatin1String("rotate"))
        parser.addOptions({o.grace, o.rotatedSecret});
    else if (sub == QLatin1String("usage"))
        parser.addOptions({o.days, o.usageFormat, o.json});
    const QString pos = positional(sub);
    if (!pos.isEmpty())
        parser.addPositionalArgument(pos, provisioning
                                              ? CliText::tr("The login (user) the new token is for.")
                                              : CliText::tr("The token's id (in direct mode its key), as \u201clist\u201d shows it."));

    const QString usage = CliText::tr("Usage: token-console [--profile NAME | --server URL --login LOGIN --password-stdin | --on24 na|eu|URL --client-id N] %1 [options] %2")
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
    settings.login = pairLogin ? globals.value(o.login) : pick(o.login);
    settings.passwordStdin = parser.isSet(o.passwordStdin) || globals.isSet(o.passwordStdin);
    settings.on24 = pick(o.on24);
    if (!settings.server.isEmpty() && !settings.server.isValid())
        return usageError(CliText::tr("--server wants a URL such as https://tokens.example.com."));
    if (!pick(o.clientId).isEmpty()) {
        bool ok = false;
        settings.clientId = pick(o.clientId).toLongLong(&ok);
        if (!ok || settings.clientId <= 0)
            return usageError(CliText::tr("--client-id wants the account's numeric ON24 client id."));
    }
    if (!settings.on24.isEmpty() && !settings.server.isEmpty())
        return usageError(CliText::tr("Use either --server (a Token Admin API) or --on24 (direct mode), not both."));

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
        if (positionals.size() != 1 || !parser.isSet(o.name))
            return usageError(CliText::tr("provision needs the token's LOGIN and --name NAME."));
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
    Platform::ExistingPair pair;
    if (sub == QLatin1String("add")) {
        if (!parser.isSet(o.key) || !parser.isSet(o.name) || !parser.isSet(o.secretStdin))
            return usageError(CliText::tr("add needs --key KEY, --name NAME and --secret-stdin (the secret is read from standard input, never from the command line)."));
        pair.key = parser.value(o.key);
        pair.name = parser.value(o.name);
        pair.login = parser.value(o.pairLogin);
        pair.owner = parser.value(o.owner);
        pair.notes = parser.value(o.notes);
        pair.keepAlive = parser.isSet(o.keepAliveFlag);
        if (parser.isSet(o.lastActivity)) {
            pair.lastActivity = QDate::fromString(parser.value(o.lastActivity), Qt::ISODate);
            if (!pair.lastActivity.isValid() || pair.lastActivity > QDate::currentDate())
                return usageError(CliText::tr("--last-activity wants a past date as YYYY-MM-DD, not \u201c%1\u201d.").arg(parser.value(o.lastActivity)));
        }
        QTextStream in(stdin);
        pair.secret = in.readLine().trimmed();
    }
    CliCommands::SetRequest change;
    if (sub == QLatin1String("set")) {
        if (parser.isSet(o.name))
            change.name = parser.value(o.name);
        if (parser.isSet(o.owner))
            change.owner = parser.value(o.owner);
        if (parser.isSet(o.notes))
            change.notes = parser.value(o.notes);
        if (parser.isSet(o.keepAliveValue)) {
            const QString v = parser.value(o.keepAliveValue);
            if (v != QLatin1String("on") && v != QLatin1String("off"))
                return usageError(CliText::tr("--keep-alive wants on or off."));
            change.keepAlive = v == QLatin1String("on");
        }
        if (!change.name && !change.owner && !change.notes && !change.keepAlive)
            return usageError(CliText::tr("set needs at least one of --name, --owner, --notes and --keep-alive."));
    }
    int threshold = 45;
    if (sub == QLatin1String("keepalive")) {
        bool ok = false;
        threshold = parser.value(o.threshold).toInt(&ok);
        if (!ok || threshold < 0 || threshold > 60)
            return usageError(CliText::tr("--threshold wants a number of days from 0 to 60."));
    }
    int graceHours = 24;
    if (sub == QLatin1String("rotate")) {
        bool ok = false;
        graceHours = parser.value(o.grace).toInt(&ok);
        if (!ok || graceHours < 0 || graceHours > 168)
            return usageError(CliText::tr("--grace wants a number of hours from 0 to 168, not \u201c%1\u201d.").arg(parser.value(o.grace)));
    }
    int usageDays = 60;
    QString usageFormat;
    if (sub == QLatin1String("usage")) {
        bool ok = false;
        usageDays = parser.value(o.days).toInt(&ok);
        if (!ok || usageDays < 1 || usageDays > 90)
            return usageError(CliText::tr("--days wants a number of days from 1 to 90, not \u201c%1\u201d.").arg(parser.value(o.days)));
        usageFormat = parser.isSet(o.json) ? QStringLiteral("json") : parser.value(o.usageFormat);
        if (usageFormat != QLatin1String("table") && usageFormat != QLatin1String("json"))
            return usageError(CliText::tr("--format wants table or json."));
    }
    // disable, enable and verify take several ids, or --filter (verify also --all).
    const bool several = sub == QLatin1String("disable") || sub == QLatin1String("enable")
        || sub == QLatin1String("verify");
    std::optional<TokenFilterModel::StatusFilter> statusFilter;
    if (several && parser.isSet(o.filter)) {
        TokenFilterModel::StatusFilter parsed;
        if (!StatusFilterNames::parse(parser.value(o.filter), &parsed))
            return usageError(CliText::tr("--filter wants one of %1, not \u201c%2\u201d.")
                                  .arg(StatusFilterNames::names().join(QStringLiteral(", ")),
                                       parser.value(o.filter)));
        statusFilter = parsed;
    }
    if (several) {
        const bool all = sub == QLatin1String("verify") && parser.isSet(o.all);
        const int ways = (positionals.isEmpty() ? 0 : 1) + (all ? 1 : 0) + (statusFilter ? 1 : 0);
        if (ways != 1)
            return usageError(sub == QLatin1String("verify")
                                  ? CliText::tr("Give token ids, --all or --filter NAME (one of them).")
                                  : CliText::tr("Give token ids or --filter NAME (one of them)."));
    } else if (!pos.isEmpty()) {
        const bool all = false;
        if (all ? !positionals.isEmpty() : positionals.size() != 1)
            return usageError(all ? CliText::tr("Give either a token id or --all, not both.")
                                  : provisioning ? CliText::tr("provision needs the token's LOGIN and --name NAME.")
                                                 : CliText::tr("%1 needs exactly one token id.").arg(sub));
    } else if (!positionals.isEmpty()) {
        return usageError(CliText::tr("Unexpected argument \u201c%1\u201d.").arg(positionals.first()));
    }

    if ((sub == QLatin1String("list") || sub == QLatin1String("check"))
        && parser.isSet(o.offline)) {
        const QString name = CliConnection::profileNameFor(settings);
        if (name.isEmpty())
            return usageError(CliText::tr("--offline reads the saved list of a Token Admin API profile; direct mode keeps its list on this computer anyway."));
        QString problem;
        const std::optional<TokenListCache::Entry> cached = TokenListCache().load(name, &problem);
        if (!cached) {
            err << "token-console: " << problem << ' '
                << CliText::tr("Run \u201ctoken-console list\u201d once while the platform can be reached.")
                << Qt::endl;
            return CliCommands::Error;
        }
        OfflinePlatform platform(*cached, nullptr);
        err << "token-console: "
            << CliText::tr("Offline: this is the list of \u201c%1\u201d cached on %2, not live data.")
                   .arg(name, TokenCodec::formatTime(cached->savedAt))
            << Qt::endl;
        CliCommands commands(&platform, out, err);
        return sub == QLatin1String("list") ? commands.list(parser.value(o.format))
                                            : commands.check(within);
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
        code = commands.provision(positionals.first(), parser.value(o.name), access,
                                  parser.isSet(o.printSecret));
    else if (sub == QLatin1String("add"))
        code = commands.add(pair);
    else if (sub == QLatin1String("set"))
        code = commands.set(positionals.first(), change);
    else if (sub == QLatin1String("forget"))
        code = commands.forget(positionals.first());
    else if (sub == QLatin1String("users"))
        code = commands.users();
    else if (sub == QLatin1String("keepalive"))
        code = commands.keepalive(parser.isSet(o.dryRun), threshold);
    else if (sub == QLatin1String("rename"))
        code = commands.rename(positionals.first(), parser.value(o.name));
    else if (several && (statusFilter || positionals.size() > 1))
        code = commands.bulk(sub == QLatin1String("disable")  ? BulkRun::Action::Disable
                             : sub == QLatin1String("enable") ? BulkRun::Action::Enable
                                                              : BulkRun::Action::Verify,
                             positionals, statusFilter);
    else if (sub == QLatin1String("disable"))
        code = commands.disable(positionals.first());
    else if (sub == QLatin1String("enable"))
        code = commands.enable(positionals.first());
    else if (sub == QLatin1String("verify"))
        code = commands.verify(positionals.value(0), parser.isSet(o.all));
    else if (sub == QLatin1String("rotate"))
        code = commands.rotate(positionals.first(), graceHours, parser.isSet(o.rotatedSecret));
    else if (sub == QLatin1String("usage"))
        code = commands.usage(positionals.first(), usageDays, usageFormat);
    connection.close();
    // A token list being saved for --offline (see CliCommands::saveList) is finished first.
    QThreadPool::globalInstance()->waitForDone();
    qCDebug(lcCli) << sub << "exited with" << code;
    return code;
}

} // namespace TokenConsole::Cli
