// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/TokenWording.h"

#include "model/TokenCodec.h"
#include "policy/InactivityPolicy.h"
#include "text/DateText.h"


namespace TokenConsole {

QString TokenWording::status(const Token& token)
{
    switch (token.pairState) {
    case Token::PairState::NotTracked:
        break;
    case Token::PairState::Unverified:
        return tr("Unverified");
    case Token::PairState::Works:
        return tr("Works");
    case Token::PairState::Deactivated:
        return tr("Disabled on ON24");
    case Token::PairState::WrongPair:
        return tr("Wrong pair");
    }
    if (token.isActive())
        return tr("Active");
    return token.disabledReason == Token::DisabledReason::Inactivity ? tr("Disabled (inactivity)")
                                                                     : tr("Disabled");
}

QString TokenWording::statusLong(const Token& token)
{
    if (token.pairState != Token::PairState::NotTracked)
        return status(token);
    if (token.isActive())
        return tr("Active");
    switch (token.disabledReason) {
    case Token::DisabledReason::Inactivity:
        return tr("Disabled for inactivity");
    case Token::DisabledReason::Manual:
        return tr("Disabled manually");
    case Token::DisabledReason::None:
    case Token::DisabledReason::Unknown:
        break;
    }
    return tr("Disabled");
}

QString TokenWording::access(const Token& token)
{
    if (token.allEndpoints)
        return tr("All endpoints");
    return token.accessAreas.join(QStringLiteral(", "));
}

QString TokenWording::rotationGrace(const Token& token, const QDateTime& now)
{
    if (!token.inRotationGrace(now))
        return {};
    // Whole hours, rounded up: "1 more hour" until the last minute, never "0 hours".
    const qint64 seconds = now.secsTo(token.previousSecretExpiresAt);
    const int hours = int((seconds + 3599) / 3600);
    const QString until =
        QLocale().toString(token.previousSecretExpiresAt.toLocalTime(), QLocale::ShortFormat);
    // Two whole sentences rather than "%n hour(s)": English ships without a plural catalogue.
    if (hours == 1)
        return tr("The previous secret still works for 1 more hour, until %1; then only the new "
                  "one does.")
            .arg(until);
    return tr("The previous secret still works for %1 more hours, until %2; then only the new "
              "one does.")
        .arg(hours)
        .arg(until);
}

QString TokenWording::tellOwner(const Token& token)
{
    const QString owner = token.owner.trimmed();
    return owner.isEmpty() ? QString() : tr("tell %1").arg(owner);
}

QString TokenWording::areaName(const QString& area)
{
    // The provisioning dialog's names, so an area reads the same everywhere.
    static const char* const context = "TokenConsole::ProvisionDialog";
    if (area == QLatin1String("registration"))
        return QCoreApplication::translate(context, "Registration");
    if (area == QLatin1String("client_analytics"))
        return QCoreApplication::translate(context, "Client analytics");
    if (area == QLatin1String("event_analytics"))
        return QCoreApplication::translate(context, "Event analytics");
    if (area == QLatin1String("event_management"))
        return QCoreApplication::translate(context, "Event management");
    if (area == QLatin1String("content"))
        return QCoreApplication::translate(context, "Content");
    if (area == QLatin1String("helpers"))
        return QCoreApplication::translate(context, "Helpers");
    return area;
}

QStringList TokenWording::accessLost(const Token& token, const QStringList& used)
{
    const QStringList held = token.allEndpoints ? TokenCodec::areaNames() : token.accessAreas;
    QStringList lost;
    for (const QString& area : held) {
        if (!used.contains(area))
            lost.append(areaName(area));
    }
    return lost;
}

bool TokenWording::isWorstCase(const Token& token)
{
    return token.activitySource == Token::ActivitySource::Verify
        || token.activitySource == Token::ActivitySource::Entered;
}

bool TokenWording::hasKnownActivity(const Token& token)
{
    return token.activitySource != Token::ActivitySource::None && token.inactiveSince.isValid();
}

QString TokenWording::countdown(const Token& token, int daysLeft)
{
    if (!token.isActive())
        return QStringLiteral("\u2014");
    if (!hasKnownActivity(token))
        return tr("Unknown");
    if (isWorstCase(token)) {
        if (daysLeft == 0)
            return tr("Due today");
        return tr("at most %n day(s)", nullptr, daysLeft);
    }
    if (daysLeft == 0)
        return tr("Today");
    return tr("%n day(s)", nullptr, daysLeft);
}

QString TokenWording::countdownSpoken(const Token& token, int daysLeft, int band)
{
    switch (static_cast<InactivityPolicy::Band>(band)) {
    case InactivityPolicy::Band::Disabled:
        return tr("disabled, no countdown");
    case InactivityPolicy::Band::Critical:
        return tr("%1, critical").arg(countdown(token, daysLeft));
    case InactivityPolicy::Band::Warning:
        return tr("%1, warning").arg(countdown(token, daysLeft));
    case InactivityPolicy::Band::None:
        break;
    }
    return countdown(token, daysLeft);
}

QString TokenWording::activitySource(const Token& token)
{
    switch (token.activitySource) {
    case Token::ActivitySource::Platform:
        return {};
    case Token::ActivitySource::Verify:
        return tr("a call from this console");
    case Token::ActivitySource::Entered:
        return tr("the date typed from ON24's page");
    case Token::ActivitySource::None:
        return tr("nothing known yet");
    }
    return {};
}

QString TokenWording::lastActivity(const Token& token)
{
    if (!token.lastActivityAt.isValid())
        return token.activitySource == Token::ActivitySource::Platform ? tr("Never")
                                                                       : tr("Unknown");
    return DateText::dateTime(token.lastActivityAt);
}

QString TokenWording::keepAlive(const Token& token)
{
    return token.keepAlive ? tr("On") : tr("Off");
}

QString TokenWording::lastVerify(const Token& token)
{
    if (!token.lastVerifiedAt.isValid())
        return tr("Never");
    return DateText::dateTime(token.lastVerifiedAt);
}

} // namespace TokenConsole
