// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "Await.h"
#include "CliConnection.h"
#include "Logging.h"
#include "TokenFormatter.h"
#include "direct/KeepAliveRunner.h"
#include "model/TokenCodec.h"
#include "policy/InactivityPolicy.h"
#include "secrets/SecretStore.h"
#include "platform/AdminApiPlatform.h"
#include "platform/OfflinePlatform.h"
#include "session/StatusFilterNames.h"
#include "session/TokenListCache.h"
#include "text/DateText.h"
#include "text/TokenWording.h"
#include "text/UiText.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QThreadPool>
#include <QTextStream>

namespace TokenConsole {

CliCommands::CliCommands(CliConnection& connection, QTextStream& out, QTextStream& err)
    : m_connection(&connection), m_platform(connection.platform()), m_out(out), m_err(err)
{
}

CliCommands::CliCommands(Platform* platform, QTextStream& out, QTextStream& err)
    : m_platform(platform), m_out(out), m_err(err)
{
}

void CliCommands::saveList(const TokenList& tokens) const
{
    if (!m_connection || !qobject_cast<AdminApiPlatform*>(m_platform))
        return;
    TokenListCache::Entry entry;
    entry.profile = m_connection->profileName();
    entry.account = m_platform->account();
    entry.tokens = tokens;
    entry.savedAt = QDateTime::currentDateTimeUtc();
    // Encoding a large list takes a while: beside the output, not before it (run() waits for
    // it before the process ends).
    QThreadPool::globalInstance()->start([entry, folder = TokenListCache().folder()] {
        QString error;
        if (!TokenListCache(folder).save(entry, &error))
            qCWarning(lcCli) << "could not save the token list:" << error;
    });
}

int CliCommands::fail(const QString& message)
{
    m_err << "token-console: " << message << Qt::endl;
    return Error;
}

bool CliCommands::allowed(Capability capability, const Token* token)
{
    const QString why = m_platform->whyNot(capability, token);
    if (why.isEmpty())
        return true;
    fail(why);
    return false;
}

QString CliCommands::noSuchToken(const QString& id)
{
    return tr("There is no token with id \u201c%1\u201d. Run \u201ctoken-console list\u201d to "
              "see the ids.")
        .arg(id);
}

QString CliCommands::describe(const Token& t) const
{
    return t.login.isEmpty() ? tr("%1 \u201c%2\u201d").arg(t.id, t.name)
                             : tr("%1 \u201c%2\u201d (%3)").arg(t.id, t.name, t.login);
}

bool CliCommands::fetchTokens(TokenList* tokens)
{
    const auto r = await<TokenList>(
        [&](Platform::Callback<TokenList> done) { m_platform->listTokens(m_platform, done); });
    if (!r.ok()) {
        fail(r.error.userMessage());
        return false;
    }
    *tokens = r.value;
    return true;
}

bool CliCommands::fetchToken(const QString& id, Token* token)
{
    const auto r = await<Token>(
        [&](Platform::Callback<Token> done) { m_platform->fetchToken(id, m_platform, done); });
    if (!r.ok()) {
        if (r.error.kind() == ApiError::Kind::NotFound || r.error.kind() == ApiError::Kind::Local)
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
    saveList(tokens);
    const TokenFormatter formatter(m_platform->account().policy, m_platform->now());
    QString text = formatter.format(tokens, format);
    if (const auto* offline = qobject_cast<OfflinePlatform*>(m_platform);
        offline && format == TokenFormatter::Format::Json) {
        // Scripts see it in the data too: every token says it is cached, and from when.
        QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
        for (QJsonValueRef value : array) {
            QJsonObject o = value.toObject();
            o.insert(QStringLiteral("cached"), true);
            o.insert(QStringLiteral("cachedAt"), TokenCodec::formatTime(offline->cachedAt()));
            value = o;
        }
        text = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    m_out << text;
    m_out.flush();
    return Ok;
}

int CliCommands::check(int withinDays)
{
    TokenList tokens;
    if (!fetchTokens(&tokens))
        return Error;
    saveList(tokens);
    const InactivityPolicySettings policy = m_platform->account().policy;
    const QDateTime now = m_platform->now();
    int atRisk = 0, disabled = 0;
    for (const Token& t : tokens) {
        const int left = InactivityPolicy::daysLeft(t, policy, now);
        if (t.isActive() && !TokenWording::hasKnownActivity(t)) {
            ++atRisk;
            m_out << tr("UNKNOWN   %1: no activity of it is known here. Verify it, or set the "
                        "Last Activity date ON24's page shows.")
                         .arg(describe(t))
                  << '\n';
        } else if (t.isActive() && TokenWording::isWorstCase(t) && left == 0) {
            // Only our own calls are known: past the limit, ON24 has most likely disabled it.
            ++disabled;
            m_out << tr("DISABLED  %1 is presumably disabled for inactivity: its last known "
                        "activity was %n day(s) ago. Enable it on ON24's page, then verify it.",
                        nullptr, InactivityPolicy::daysInactive(t.inactiveSince, now))
                         .arg(describe(t))
                  << '\n';
        } else if (t.isActive() && left <= withinDays) {
            ++atRisk;
            m_out << tr("AT RISK   %1 auto-disables in %2 (inactive %n day(s)).", nullptr,
                        InactivityPolicy::daysInactive(t.inactiveSince, now))
                         .arg(describe(t),
                              left == 0 ? tr("less than a day")
                                        : TokenWording::countdown(t, left))
                  << '\n';
        } else if (t.disabledReason == Token::DisabledReason::Inactivity) {
            ++disabled;
            m_out << tr("DISABLED  %1 was disabled for inactivity on %2; enable it with "
                        "\u201ctoken-console enable %3\u201d.")
                         .arg(describe(t), DateText::dateTime(t.disabledAt), t.id)
                  << '\n';
        } else if (t.pairState == Token::PairState::Deactivated) {
            ++disabled;
            m_out << tr("DISABLED  %1 is disabled on ON24 (last verify: %2). Enable it on ON24's "
                        "page, then verify it.")
                         .arg(describe(t), t.lastVerifyMessage)
                  << '\n';
        }
    }
    if (atRisk == 0 && disabled == 0)
        m_out << tr("OK        %n token(s) checked: none has %1 or less before it auto-disables, "
                    "and none is disabled for inactivity.", nullptr, int(tokens.size()))
                     .arg(UiText::days(withinDays))
              << '\n';
    m_out.flush();
    if (disabled > 0)
        return 2;
    return atRisk > 0 ? 1 : Ok;
}

int CliCommands::provision(const QString& login, const QString& name, const QStringList& access,
                           bool printSecret)
{
    if (!allowed(Capability::Provision))
        return Error;
    const auto users = await<QVector<AccountUser>>(
        [&](Platform::Callback<QVector<AccountUser>> done) { m_platform->users(m_platform, done); });
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
    SecretStore* keychain = m_platform->secrets();
    const SecretStore::Result probe = awaitSecret([&](SecretStore::Callback done) {
        keychain->read(m_platform->secretAccount(QStringLiteral("availability-check")), m_platform,
                       done);
    });
    const bool keychainUsable = probe.ok() || probe.status == SecretStore::Result::Status::NotFound;
    if (!keychainUsable && !printSecret)
        return fail(tr("No usable keychain, so the new secret could not be stored (%1). Nothing "
                       "was provisioned. Fix the keychain, or add --print-secret to get the secret "
                       "on standard output once.")
                        .arg(probe.message));

    const auto created = await<ProvisionedToken>([&](Platform::Callback<ProvisionedToken> done) {
        m_platform->provision({user->id, name, access}, m_platform, done);
    });
    if (!created.ok())
        return fail(created.error.userMessage());
    const Token& token = created.value.token;

    bool stored = false;
    QString storeProblem = probe.message;
    const QString entry = m_platform->secretAccount(token.key);
    if (keychainUsable) {
        keychain->setLabel(entry, SecretStore::entryLabel(token.name, m_platform->account().name));
        const SecretStore::Result r = awaitSecret([&](SecretStore::Callback done) {
            keychain->store(entry, created.value.secret, m_platform, done);
        });
        stored = r.ok();
        storeProblem = r.message;
        if (stored)
            m_platform->noteSecretStored(token.key);
    }
    m_out << token.key << '\n';
    if (printSecret)
        m_out << created.value.secret << '\n';
    m_out.flush();
    if (stored) {
        m_err << tr("Provisioned %1; its secret is in the keychain as %2.").arg(describe(token), entry)
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
    if (!allowed(Capability::Rename))
        return Error;
    Token token;
    if (!fetchToken(id, &token))
        return Error;
    const auto r = await<Token>(
        [&](Platform::Callback<Token> done) { m_platform->rename(token, name, m_platform, done); });
    if (!r.ok())
        return fail(r.error.userMessage());
    m_out << tr("Renamed %1 (was \u201c%2\u201d).").arg(describe(r.value), token.name) << '\n';
    m_out.flush();
    return Ok;
}

int CliCommands::disable(const QString& id)
{
    if (!allowed(Capability::Disable))
        return Error;
    Token token;
    token.id = id;
    const auto r = await<Token>(
        [&](Platform::Callback<Token> done) { m_platform->disable(token, m_platform, done); });
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
    if (!allowed(Capability::Enable))
        return Error;
    Token token;
    token.id = id;
    token.status = Token::Status::Disabled;
    const auto r = await<Token>(
        [&](Platform::Callback<Token> done) { m_platform->enable(token, m_platform, done); });
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
    if (all) {
        TokenList tokens;
        if (!fetchTokens(&tokens))
            return Error;
        for (const Token& t : tokens) {
            if (m_platform->holdsSecret(t.key))
                targets.append(t);
        }
        if (targets.isEmpty())
            return fail(tr("No token of this connection has its secret on this computer, so "
                           "none can be verified. Secrets are stored when you provision or add "
                           "a pair here."));
    } else {
        Token token;
        if (!fetchToken(id, &token))
            return Error;
        targets.append(token);
    }

    int failures = 0;
    for (const Token& t : targets) {
        if (!m_platform->holdsSecret(t.key)) {
            ++failures;
            m_err << "token-console: "
                  << tr("No local secret for %1: this computer's keychain does not hold its "
                        "secret, so it cannot be verified here. Verify it where it was "
                        "provisioned.")
                         .arg(describe(t))
                  << Qt::endl;
            continue;
        }
        const auto r = await<Platform::Verification>(
            [&](Platform::Callback<Platform::Verification> done) {
                m_platform->verify(t, m_platform, done);
            });
        if (!r.ok()) {
            ++failures;
            m_err << "token-console: " << r.error.userMessage() << Qt::endl;
        } else if (r.value.call.works()) {
            m_out << tr("WORKS     %1: %2").arg(describe(t), r.value.call.userMessage()) << '\n';
        } else {
            ++failures;
            m_out << tr("FAILED    %1: %2").arg(describe(t), r.value.call.userMessage()) << '\n';
        }
    }
    m_out.flush();
    return failures ? Error : Ok;
}

int CliCommands::bulk(BulkRun::Action action, const QStringList& ids,
                      std::optional<TokenFilterModel::StatusFilter> filter)
{
    if (!allowed(BulkRun::capability(action)))
        return Error;
    TokenList tokens;
    if (!fetchTokens(&tokens))
        return Error;
    TokenList targets;
    int missing = 0;
    if (filter) {
        targets = StatusFilterNames::matching(tokens, m_platform->account().policy,
                                              m_platform->now(), *filter);
        if (targets.isEmpty()) {
            m_out << tr("No token matches the filter \u201c%1\u201d: nothing to do.")
                         .arg(StatusFilterNames::name(*filter))
                  << '\n';
            m_out.flush();
            return Ok;
        }
    } else {
        for (const QString& id : ids) {
            const auto found = std::find_if(tokens.cbegin(), tokens.cend(), [&id](const Token& t) {
                return t.id == id || t.key == id;
            });
            if (found == tokens.cend()) {
                ++missing;
                m_out << tr("FAILED    %1: %2").arg(id, noSuchToken(id)) << '\n';
            } else {
                targets.append(*found);
            }
        }
    }
    BulkRun run(m_platform, action, targets);
    using State = BulkRun::Item::State;
    const auto report = [this, &run, action](int index) {
        const BulkRun::Item& item = run.items().at(index);
        switch (item.state) {
        case State::Pending:
        case State::Running:
            return;
        case State::Done:
            if (action == BulkRun::Action::Disable)
                m_out << tr("DISABLED  %1").arg(describe(item.token));
            else if (action == BulkRun::Action::Enable)
                m_out << tr("ENABLED   %1; its inactivity count starts again now.")
                             .arg(describe(item.token));
            else
                m_out << tr("WORKS     %1: %2").arg(describe(item.token), item.message);
            break;
        case State::Failed:
            m_out << tr("FAILED    %1: %2").arg(describe(item.token), item.message);
            break;
        case State::Skipped:
            m_out << tr("SKIPPED   %1: %2").arg(describe(item.token), item.message);
            break;
        }
        m_out << '\n';
        m_out.flush();
    };
    // Skipped tokens are known before anything runs.
    for (int i = 0; i < run.items().size(); ++i) {
        if (run.items().at(i).state == State::Skipped)
            report(i);
    }
    QObject::connect(&run, &BulkRun::itemChanged, &run, report);
    QEventLoop loop;
    QObject::connect(&run, &BulkRun::finished, &loop, &QEventLoop::quit);
    run.start();
    if (run.isRunning())
        loop.exec();
    const int failed = run.count(State::Failed) + missing;
    m_out << tr("%1 done, %2 failed, %3 skipped.")
                 .arg(run.count(State::Done))
                 .arg(failed)
                 .arg(run.count(State::Skipped))
          << '\n';
    m_out.flush();
    return failed > 0 ? Error : Ok;
}

int CliCommands::add(const Platform::ExistingPair& pair)
{
    if (!allowed(Capability::AddExisting))
        return Error;
    const auto r = await<Token>(
        [&](Platform::Callback<Token> done) { m_platform->addExisting(pair, m_platform, done); });
    if (!r.ok())
        return fail(r.error.userMessage());
    const Token& t = r.value;
    switch (t.pairState) {
    case Token::PairState::Works:
        m_out << tr("ADDED     %1: ON24 answered, so the pair works; its secret is in the "
                    "keychain.")
                     .arg(describe(t))
              << '\n';
        break;
    case Token::PairState::Deactivated:
        m_out << tr("ADDED     %1 as disabled: ON24 says \u201c%2\u201d. Enable it on ON24's "
                    "page, then verify it.")
                     .arg(describe(t), t.lastVerifyMessage)
              << '\n';
        break;
    default:
        m_out << tr("ADDED     %1 unverified: ON24's call quota is used up (\u201c%2\u201d). "
                    "Verify it again in an hour.")
                     .arg(describe(t), t.lastVerifyMessage)
              << '\n';
        break;
    }
    m_out.flush();
    return Ok;
}

int CliCommands::set(const QString& id, const SetRequest& request)
{
    Token token;
    if (!fetchToken(id, &token))
        return Error;
    // Direct mode keeps name, owner and notes together on this computer.
    const bool local = m_platform->offers(Capability::EditLabels);
    if (local && (request.name || request.owner || request.notes)) {
        if (!allowed(Capability::EditLabels, &token))
            return Error;
        Platform::Labels labels{request.name.value_or(token.name),
                                request.owner.value_or(token.owner),
                                request.notes.value_or(token.notes)};
        const auto r = await<Token>([&](Platform::Callback<Token> done) {
            m_platform->editLabels(token, labels, m_platform, done);
        });
        if (!r.ok())
            return fail(r.error.userMessage());
        token = r.value;
    }
    if (!local && request.name) {
        if (!allowed(Capability::Rename, &token))
            return Error;
        const auto r = await<Token>([&](Platform::Callback<Token> done) {
            m_platform->rename(token, *request.name, m_platform, done);
        });
        if (!r.ok())
            return fail(r.error.userMessage());
        token = r.value;
    }
    if (!local && (request.owner || request.notes)) {
        if (!allowed(Capability::EditOwner, &token))
            return Error;
        const auto r = await<Token>([&](Platform::Callback<Token> done) {
            m_platform->editOwner(token, request.owner.value_or(token.owner),
                                  request.notes.value_or(token.notes), m_platform, done);
        });
        if (!r.ok())
            return fail(r.error.userMessage());
        token = r.value;
    }
    if (request.keepAlive) {
        if (!allowed(Capability::KeepAlive, &token))
            return Error;
        const auto r = await<Token>([&](Platform::Callback<Token> done) {
            m_platform->setKeepAlive(token, *request.keepAlive, m_platform, done);
        });
        if (!r.ok())
            return fail(r.error.userMessage());
        token = r.value;
    }
    if (local)
        m_out << tr("Updated %1 on this computer: owner \u201c%2\u201d, keep-alive %3.")
                     .arg(describe(token), token.owner, TokenWording::keepAlive(token))
              << '\n';
    else
        m_out << tr("Updated %1: owner \u201c%2\u201d, notes \u201c%3\u201d.")
                     .arg(describe(token), token.owner, token.notes)
              << '\n';
    m_out.flush();
    return Ok;
}

int CliCommands::rotate(const QString& id, int graceHours, bool printSecret)
{
    if (!allowed(Capability::Rotate))
        return Error;
    Token token;
    if (!fetchToken(id, &token))
        return Error;
    if (!allowed(Capability::Rotate, &token))
        return Error;
    // As for provisioning: the new secret is shown once, so it needs a place to go first.
    SecretStore* keychain = m_platform->secrets();
    const SecretStore::Result probe = awaitSecret([&](SecretStore::Callback done) {
        keychain->read(m_platform->secretAccount(QStringLiteral("availability-check")), m_platform,
                       done);
    });
    const bool keychainUsable = probe.ok() || probe.status == SecretStore::Result::Status::NotFound;
    if (!keychainUsable && !printSecret)
        return fail(tr("No usable keychain, so the new secret could not be stored (%1). Nothing "
                       "was rotated. Fix the keychain, or add --print-secret to get the secret "
                       "on standard output once.")
                        .arg(probe.message));

    const auto rotated = await<RotatedToken>([&](Platform::Callback<RotatedToken> done) {
        m_platform->rotate(token, graceHours, m_platform, done);
    });
    if (!rotated.ok())
        return fail(rotated.error.userMessage());
    const Token& after = rotated.value.token;

    bool stored = false;
    QString storeProblem = probe.message;
    const QString entry = m_platform->secretAccount(after.key);
    if (keychainUsable) {
        // The key stays the same, so this replaces the old secret's entry.
        const SecretStore::Result r = awaitSecret([&](SecretStore::Callback done) {
            keychain->store(entry, rotated.value.secret, m_platform, done);
        });
        stored = r.ok();
        storeProblem = r.message;
        if (stored)
            m_platform->noteSecretStored(after.key);
    }
    const QDateTime until = rotated.value.previousSecretExpiresAt;
    const QString grace = until.isValid()
        ? tr("The previous secret works until %1 (%2 UTC).")
              .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat),
                   TokenCodec::formatTime(until))
        : tr("The previous secret no longer works.");
    // With --print-secret, standard output holds the secret alone, for a script to read.
    QTextStream& report = printSecret ? m_err : m_out;
    if (printSecret) {
        m_out << rotated.value.secret << '\n';
        m_out.flush();
    }
    if (stored) {
        report << tr("Rotated the secret of %1; the new secret is in the keychain as %2.")
                      .arg(describe(after), entry)
               << ' ' << grace << Qt::endl;
        return Ok;
    }
    if (printSecret) {
        report << tr("Rotated the secret of %1; the new secret was NOT stored (%2): copy it now, "
                     "it is never shown again.")
                      .arg(describe(after), storeProblem)
               << ' ' << grace << Qt::endl;
        return Ok;
    }
    return fail(tr("Rotated the secret of %1, but the new secret could not be stored (%2) and is "
                   "lost. Rotate again once the keychain works.")
                    .arg(describe(after), storeProblem)
                + QLatin1Char(' ') + grace);
}

int CliCommands::usage(const QString& id, int days, const QString& format)
{
    if (!allowed(Capability::Usage))
        return Error;
    Token token;
    if (!fetchToken(id, &token))
        return Error;
    const auto r = await<TokenUsage>([&](Platform::Callback<TokenUsage> done) {
        m_platform->usage(token, days, m_platform, done);
    });
    if (!r.ok())
        return fail(r.error.userMessage());
    QStringList used;
    for (const AreaUsage& area : r.value.areas) {
        if (area.calls > 0)
            used.append(area.area);
    }
    const QStringList lost = TokenWording::accessLost(token, used);
    if (format == QLatin1String("json")) {
        QJsonArray areas;
        for (const AreaUsage& area : r.value.areas)
            areas.append(QJsonObject{{QStringLiteral("area"), area.area},
                                     {QStringLiteral("calls"), area.calls},
                                     {QStringLiteral("lastCallAt"),
                                      area.lastCallAt.isValid()
                                          ? QJsonValue(TokenCodec::formatTime(area.lastCallAt))
                                          : QJsonValue(QJsonValue::Null)}});
        QJsonArray unused;
        const QStringList held = token.allEndpoints ? TokenCodec::areaNames() : token.accessAreas;
        for (const QString& area : held) {
            if (!used.contains(area))
                unused.append(area);
        }
        const QJsonObject o{{QStringLiteral("id"), token.id},
                            {QStringLiteral("days"), r.value.days},
                            {QStringLiteral("access"), TokenCodec::encodeToken(token).value(QStringLiteral("access"))},
                            {QStringLiteral("areas"), areas},
                            {QStringLiteral("heldButUnused"), unused}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        m_out.flush();
        return Ok;
    }
    m_out << tr("Calls of %1 by API area in the last %2:")
                 .arg(describe(token), UiText::days(r.value.days))
          << '\n';
    int width = 0;
    for (const AreaUsage& area : r.value.areas)
        width = qMax(width, int(TokenWording::areaName(area.area).size()));
    for (const AreaUsage& area : r.value.areas) {
        m_out << "  " << TokenWording::areaName(area.area).leftJustified(width + 2)
              << QString::number(area.calls).rightJustified(8) << "  "
              << (area.lastCallAt.isValid()
                      ? tr("last %1").arg(QLocale().toString(area.lastCallAt.toLocalTime(),
                                                              QLocale::ShortFormat))
                      : QString())
              << '\n';
    }
    m_out << tr("Access: %1.").arg(TokenWording::access(token)) << '\n';
    if (!lost.isEmpty())
        m_out << tr("Held but not used in these days: %1. Narrow the access in the console's "
                    "details panel (Narrow Access\u2026) to what the integration uses.")
                     .arg(lost.join(QStringLiteral(", ")))
              << '\n';
    m_out.flush();
    return Ok;
}

int CliCommands::forget(const QString& key)
{
    Token token;
    if (!fetchToken(key, &token))
        return Error;
    if (!allowed(Capability::Forget, &token))
        return Error;
    const auto r = await<bool>(
        [&](Platform::Callback<bool> done) { m_platform->forget(token, m_platform, done); });
    if (!r.ok())
        return fail(r.error.userMessage());
    m_out << tr("Forgot %1 on this computer; ON24 was not touched.").arg(describe(token)) << '\n';
    m_out.flush();
    return Ok;
}

int CliCommands::users()
{
    if (!allowed(Capability::AccountUsers))
        return Error;
    const auto r = await<QVector<AccountUser>>(
        [&](Platform::Callback<QVector<AccountUser>> done) { m_platform->users(m_platform, done); });
    if (!r.ok())
        return fail(r.error.userMessage());
    for (const AccountUser& u : r.value) {
        m_out << u.login << '\t' << u.displayName << '\t' << u.loginType << '\t'
              << (u.manageUsers ? tr("can provision") : QString()) << '\n';
    }
    m_out.flush();
    return Ok;
}

int CliCommands::keepalive(bool dryRun, int thresholdDays)
{
    if (!allowed(Capability::KeepAlive))
        return Error;
    TokenList tokens;
    if (!fetchTokens(&tokens))
        return Error;
    KeepAliveRunner::Options options;
    options.dryRun = dryRun;
    options.thresholdDays = thresholdDays;
    if (qEnvironmentVariableIsSet("TOKENCONSOLE_KEEPALIVE_SPACING_MS"))
        options.spacingMs = qEnvironmentVariableIntValue("TOKENCONSOLE_KEEPALIVE_SPACING_MS");
    KeepAliveRunner runner(m_platform, options);
    using Action = KeepAliveRunner::Outcome::Action;
    QObject::connect(&runner, &KeepAliveRunner::outcome, &runner,
                     [this, thresholdDays](const KeepAliveRunner::Outcome& o) {
        const bool known = o.daysInactive >= 0;
        switch (o.action) {
        case Action::NotDue:
            m_out << (known ? tr("SKIPPED   %1: inactive %n day(s), below the threshold of %2.",
                                 nullptr, o.daysInactive)
                            : tr("SKIPPED   %1: inactivity unknown, below the threshold of %2."))
                             .arg(describe(o.token), UiText::days(thresholdDays));
            break;
        case Action::BackingOff:
            m_out << tr("WAITING   %1: ON24's quota refused it; next try after %2.")
                         .arg(describe(o.token), DateText::dateTime(o.token.retryNotBefore));
            break;
        case Action::WouldCall:
            m_out << (known ? tr("WOULD CALL %1: inactive %n day(s) (dry run, no call made).",
                                 nullptr, o.daysInactive)
                            : tr("WOULD CALL %1: inactivity unknown (dry run, no call made)."))
                             .arg(describe(o.token));
            break;
        case Action::Called:
            m_out << tr("KEPT ALIVE %1: %2").arg(describe(o.token), o.message);
            break;
        case Action::Failed:
            m_out << tr("FAILED    %1: %2").arg(describe(o.token), o.message);
            break;
        }
        m_out << '\n';
        m_out.flush();
    });
    QEventLoop loop;
    QObject::connect(&runner, &KeepAliveRunner::finished, &loop, &QEventLoop::quit);
    runner.start(tokens, m_platform->now());
    if (runner.isRunning())
        loop.exec();
    const KeepAliveRunner::Summary& summary = runner.summary();
    if (summary.optedIn == 0)
        m_out << tr("No token has keep-alive switched on: nothing to do. Switch it on with "
                    "\u201ctoken-console set KEY --keep-alive on\u201d.")
              << '\n';
    else
        m_out << tr("%1 kept alive, %2 failed, of %3 opted in.")
                     .arg(summary.works)
                     .arg(summary.failed)
                     .arg(summary.optedIn)
              << '\n';
    m_out.flush();
    return summary.failed > 0 ? 1 : Ok;
}

} // namespace TokenConsole
