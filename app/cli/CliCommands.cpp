#include "CliCommands.h"

#include "Await.h"
#include "CliConnection.h"
#include "Logging.h"
#include "TokenFormatter.h"
#include "api/AdminClient.h"
#include "api/On24Client.h"
#include "model/TokenCodec.h"
#include "policy/InactivityPolicy.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/LocalSecretIndex.h"

#include <QTextStream>

namespace TokenConsole {

CliCommands::CliCommands(CliConnection& connection, QTextStream& out, QTextStream& err)
    : m_connection(connection), m_out(out), m_err(err)
{
}

int CliCommands::fail(const QString& message)
{
    m_err << "token-console: " << message << Qt::endl;
    return Error;
}

QString CliCommands::noSuchToken(const QString& id)
{
    return tr("There is no token with id \u201c%1\u201d. Run \u201ctoken-console list\u201d to "
              "see the ids.")
        .arg(id);
}

QString CliCommands::describe(const Token& t) const
{
    return tr("%1 \u201c%2\u201d (%3)").arg(t.id, t.name, t.login);
}

bool CliCommands::fetchTokens(TokenList* tokens)
{
    AdminClient* client = m_connection.client();
    const auto r = Cli::await<TokenList>([&](AdminClient::Callback<TokenList> done) {
        client->fetchAllTokens(client, done);
    });
    if (!r.ok()) {
        fail(r.error.userMessage());
        return false;
    }
    *tokens = r.value;
    return true;
}

bool CliCommands::fetchToken(const QString& id, Token* token)
{
    AdminClient* client = m_connection.client();
    const auto r = Cli::await<Token>([&](AdminClient::Callback<Token> done) {
        client->fetchToken(id, client, done);
    });
    if (!r.ok()) {
        if (r.error.kind() == ApiError::Kind::NotFound)
            fail(noSuchToken(id));
        else
            fail(r.error.userMessage());
        return false;
    }
    *token = r.value;
    return true;
}

int CliCommands::list(const QString& formatName)
{
    TokenFormatter::Format format;
    if (!TokenFormatter::parseFormat(formatName, &format)) {
        m_err << "token-console: "
              << tr("Unknown format \u201c%1\u201d: use table, csv or json.").arg(formatName)
              << Qt::endl;
        return Usage;
    }
    TokenList tokens;
    if (!fetchTokens(&tokens))
        return Error;
    AdminClient* client = m_connection.client();
    const TokenFormatter formatter(client->session().account.policy, client->serverNow());
    m_out << formatter.format(tokens, format);
    m_out.flush();
    return Ok;
}

int CliCommands::check(int withinDays)
{
    TokenList tokens;
    if (!fetchTokens(&tokens))
        return Error;
    AdminClient* client = m_connection.client();
    const InactivityPolicySettings policy = client->session().account.policy;
    const QDateTime now = client->serverNow();
    int atRisk = 0, disabled = 0;
    for (const Token& t : tokens) {
        if (t.isActive()) {
            const int left = InactivityPolicy::daysLeft(t, policy, now);
            if (left <= withinDays) {
                ++atRisk;
                m_out << tr("AT RISK   %1 auto-disables in %2 (inactive %3 days).")
                             .arg(describe(t),
                                  left == 0 ? tr("less than a day") : (left == 1 ? tr("1 day") : tr("%n days", nullptr, left)))
                             .arg(InactivityPolicy::daysInactive(t.inactiveSince, now))
                      << '\n';
            }
        } else if (t.disabledReason == Token::DisabledReason::Inactivity) {
            ++disabled;
            m_out << tr("DISABLED  %1 was disabled for inactivity on %2; enable it with "
                        "\u201ctoken-console enable %3\u201d.")
                         .arg(describe(t), TokenCodec::formatTime(t.disabledAt), t.id)
                  << '\n';
        }
    }
    if (atRisk == 0 && disabled == 0)
        m_out << tr("OK        %n token(s) checked: none auto-disables within %1 days and none "
                    "is disabled for inactivity.", nullptr, int(tokens.size()))
                     .arg(withinDays)
              << '\n';
    m_out.flush();
    if (disabled > 0)
        return 2;
    return atRisk > 0 ? 1 : Ok;
}

int CliCommands::provision(const QString& login, const QString& name, const QStringList& access,
                           bool printSecret)
{
    AdminClient* client = m_connection.client();
    const auto users = Cli::await<QVector<AccountUser>>([&](AdminClient::Callback<QVector<AccountUser>> done) {
        client->fetchUsers(client, done);
    });
    if (!users.ok())
        return fail(users.error.userMessage());
    const AccountUser* user = nullptr;
    for (const AccountUser& u : users.value) {
        if (u.login.compare(login, Qt::CaseInsensitive) == 0)
            user = &u;
    }
    if (!user)
        return fail(tr("The account has no user with the login \u201c%1\u201d. Check the spelling; "
                       "tokens can only be provisioned for existing users.")
                        .arg(login));

    // Before creating a secret that can never be shown again, make sure it has somewhere to go.
    KeychainSecretStore keychain;
    const QString profile = m_connection.profileName();
    const SecretStore::Result probe = Cli::awaitSecret([&](SecretStore::Callback done) {
        keychain.read(SecretStore::accountName(profile, QStringLiteral("availability-check")), client, done);
    });
    const bool keychainUsable = probe.ok() || probe.status == SecretStore::Result::Status::NotFound;
    if (!keychainUsable && !printSecret)
        return fail(tr("No usable keychain, so the new secret could not be stored (%1). Nothing "
                       "was provisioned. Fix the keychain, or add --print-secret to get the secret "
                       "on standard output once.")
                        .arg(probe.message));

    const auto created = Cli::await<ProvisionedToken>([&](AdminClient::Callback<ProvisionedToken> done) {
        client->provision(user->id, name, access, client, done);
    });
    if (!created.ok())
        return fail(created.error.userMessage());
    const Token& token = created.value.token;

    bool stored = false;
    QString storeProblem = probe.message;
    if (keychainUsable) {
        const SecretStore::Result r = Cli::awaitSecret([&](SecretStore::Callback done) {
            keychain.store(SecretStore::accountName(profile, token.key), created.value.secret, client, done);
        });
        stored = r.ok();
        storeProblem = r.message;
        if (stored)
            LocalSecretIndex(profile).add(token.key);
    }
    m_out << token.key << '\n';
    if (printSecret)
        m_out << created.value.secret << '\n';
    m_out.flush();
    if (stored) {
        m_err << tr("Provisioned %1; its secret is in the keychain as %2.")
                     .arg(describe(token), SecretStore::accountName(profile, token.key))
              << Qt::endl;
        return Ok;
    }
    if (printSecret) {
        m_err << tr("Provisioned %1; the secret was NOT stored (%2): copy it now, it is never "
                    "shown again.")
                     .arg(describe(token), storeProblem)
              << Qt::endl;
        return Ok;
    }
    return fail(tr("Provisioned %1, but its secret could not be stored (%2) and is lost. Disable "
                   "this token and provision again once the keychain works.")
                    .arg(describe(token), storeProblem));
}

int CliCommands::rename(const QString& id, const QString& name)
{
    Token token;
    if (!fetchToken(id, &token))
        return Error;
    AdminClient* client = m_connection.client();
    const auto r = Cli::await<Token>([&](AdminClient::Callback<Token> done) {
        client->rename(id, name, token.version, client, done);
    });
    if (!r.ok())
        return fail(r.error.userMessage());
    m_out << tr("Renamed %1 (was \u201c%2\u201d).").arg(describe(r.value), token.name) << '\n';
    m_out.flush();
    return Ok;
}

int CliCommands::disable(const QString& id)
{
    AdminClient* client = m_connection.client();
    const auto r = Cli::await<Token>([&](AdminClient::Callback<Token> done) {
        client->disable(id, client, done);
    });
    if (!r.ok()) {
        if (r.error.kind() == ApiError::Kind::NotFound)
            return fail(noSuchToken(id));
        return fail(r.error.userMessage());
    }
    m_out << tr("Disabled %1.").arg(describe(r.value)) << '\n';
    m_out.flush();
    return Ok;
}

int CliCommands::enable(const QString& id)
{
    AdminClient* client = m_connection.client();
    const auto r = Cli::await<Token>([&](AdminClient::Callback<Token> done) {
        client->enable(id, client, done);
    });
    if (!r.ok()) {
        if (r.error.kind() == ApiError::Kind::NotFound)
            return fail(noSuchToken(id));
        return fail(r.error.userMessage());
    }
    m_out << tr("Enabled %1; its inactivity count starts again now.").arg(describe(r.value)) << '\n';
    m_out.flush();
    return Ok;
}

int CliCommands::verify(const QString& id, bool all)
{
    TokenList targets;
    const QString profile = m_connection.profileName();
    if (all) {
        TokenList tokens;
        if (!fetchTokens(&tokens))
            return Error;
        const QSet<QString> local = LocalSecretIndex(profile).keys();
        for (const Token& t : tokens) {
            if (local.contains(t.key))
                targets.append(t);
        }
        if (targets.isEmpty())
            return fail(tr("No token of this connection has its secret on this computer, so "
                           "none can be verified. Secrets are stored when you provision here."));
    } else {
        Token token;
        if (!fetchToken(id, &token))
            return Error;
        targets.append(token);
    }

    KeychainSecretStore keychain;
    On24Client on24;
    AdminClient* client = m_connection.client();
    int failures = 0;
    for (const Token& t : targets) {
        const SecretStore::Result secret = Cli::awaitSecret([&](SecretStore::Callback done) {
            keychain.read(SecretStore::accountName(profile, t.key), client, done);
        });
        if (secret.status == SecretStore::Result::Status::NotFound) {
            ++failures;
            LocalSecretIndex(profile).remove(t.key);
            m_err << "token-console: "
                  << tr("No local secret for %1: this computer's keychain does not hold its "
                        "secret, so it cannot be verified here. Verify it where it was "
                        "provisioned.")
                         .arg(describe(t))
                  << Qt::endl;
            continue;
        }
        if (!secret.ok()) {
            ++failures;
            m_err << "token-console: " << secret.message << Qt::endl;
            continue;
        }
        On24Client::Verification result;
        QEventLoop loop;
        on24.verify(m_connection.on24BaseUrl(), m_connection.clientId(), t.key, secret.secret,
                    client, [&](const On24Client::Verification& v) {
                        result = v;
                        loop.quit();
                    });
        loop.exec();
        if (result.works()) {
            m_out << tr("WORKS     %1: %2").arg(describe(t), result.userMessage()) << '\n';
        } else {
            ++failures;
            m_out << tr("FAILED    %1: %2").arg(describe(t), result.userMessage()) << '\n';
        }
    }
    m_out.flush();
    return failures ? Error : Ok;
}

} // namespace TokenConsole
