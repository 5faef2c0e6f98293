// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenFormatter.h"

#include "direct/DirectTokenJson.h"
#include "model/TokenCodec.h"
#include "platform/On24DirectPlatform.h"
#include "text/DateText.h"
#include "text/TokenWording.h"
#include "policy/InactivityPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TokenConsole {

namespace {

QString accessText(const Token& t)
{
    return t.allEndpoints ? QStringLiteral("all_endpoints") : t.accessAreas.join(QLatin1Char(','));
}

} // namespace

TokenFormatter::TokenFormatter(InactivityPolicySettings policy, QDateTime now)
    : m_policy(std::move(policy)), m_now(std::move(now))
{
}

bool TokenFormatter::parseFormat(const QString& name, Format* format)
{
    if (name == QLatin1String("table"))
        *format = Format::Table;
    else if (name == QLatin1String("csv"))
        *format = Format::Csv;
    else if (name == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

QString TokenFormatter::format(const TokenList& tokens, Format format) const
{
    switch (format) {
    case Format::Csv:
        return csv(tokens);
    case Format::Json:
        return json(tokens);
    case Format::Table:
        break;
    }
    return table(tokens);
}

bool TokenFormatter::isDirect(const TokenList& tokens)
{
    return !tokens.isEmpty() && tokens.first().pairState != Token::PairState::NotTracked;
}

QString TokenFormatter::directTable(const TokenList& tokens) const
{
    const QStringList header = {tr("KEY"), tr("NAME"), tr("OWNER"), tr("LOGIN"), tr("STATUS"),
                                tr("LAST ACTIVITY"), tr("AUTO-DISABLE IN"), tr("KEEP-ALIVE")};
    QVector<QStringList> rows{header};
    for (const Token& t : tokens) {
        const QString source = TokenWording::activitySource(t);
        rows.append({t.key, t.name, t.owner, t.login, TokenWording::status(t),
                     t.lastActivityAt.isValid()
                         ? tr("%1 (%2)").arg(DateText::dateTime(t.lastActivityAt), source)
                         : tr("unknown"),
                     TokenWording::countdown(t, InactivityPolicy::daysLeft(t, m_policy, m_now)),
                     TokenWording::keepAlive(t)});
    }
    return aligned(rows);
}

int TokenFormatter::directDaysLeft(const Token& t) const
{
    return InactivityPolicy::daysLeft(t, m_policy, m_now);
}

QString TokenFormatter::table(const TokenList& tokens) const
{
    if (isDirect(tokens))
        return directTable(tokens);
    const QStringList header = {tr("ID"), tr("NAME"), tr("LOGIN"), tr("KEY"), tr("STATUS"),
                                tr("LAST ACTIVITY"), tr("DAYS INACTIVE"), tr("AUTO-DISABLE IN")};
    QVector<QStringList> rows;
    rows.reserve(tokens.size() + 1);
    rows.append(header);
    for (const Token& t : tokens) {
        QString status = TokenCodec::statusName(t.status);
        if (!t.isActive())
            status += QStringLiteral(" (%1)").arg(TokenCodec::disabledReasonName(t.disabledReason));
        const QString leftText =
            TokenWording::countdown(t, InactivityPolicy::daysLeft(t, m_policy, m_now));
        rows.append({t.id, t.name, t.login, t.key, status,
                     t.lastActivityAt.isValid() ? DateText::dateTime(t.lastActivityAt) : tr("never"),
                     QString::number(InactivityPolicy::daysInactive(t.inactiveSince, m_now)),
                     leftText});
    }
    return aligned(rows);
}

QString TokenFormatter::aligned(const QVector<QStringList>& rows)
{
    QVector<int> widths(rows.isEmpty() ? 0 : rows.first().size(), 0);
    for (const QStringList& row : rows)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], int(row.at(c).size()));
    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            const bool last = c == row.size() - 1;
            line += last ? row.at(c) : row.at(c).leftJustified(widths[c] + 2);
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString TokenFormatter::csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString TokenFormatter::csv(const TokenList& tokens) const
{
    if (isDirect(tokens)) {
        const QString crlf = QStringLiteral("\r\n");
        QString out = DirectTokenJson::csvHeader() + crlf;
        for (const Token& t : tokens)
            out += DirectTokenJson::toCsvRow(On24DirectPlatform::toEntry(t), directDaysLeft(t))
                + crlf;
        return out;
    }
    static const QStringList header = {
        QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("key"),
        QStringLiteral("userId"), QStringLiteral("login"), QStringLiteral("access"),
        QStringLiteral("status"), QStringLiteral("disabledReason"), QStringLiteral("createdAt"),
        QStringLiteral("createdBy"), QStringLiteral("lastActivityAt"),
        QStringLiteral("inactiveSince"), QStringLiteral("autoDisableAt"),
        QStringLiteral("disabledAt"), QStringLiteral("version"), QStringLiteral("daysInactive"),
        QStringLiteral("daysLeft")};
    // RFC 4180: CRLF line breaks, a header row, fields quoted only when needed.
    const QString crlf = QStringLiteral("\r\n");
    QString out = header.join(QLatin1Char(',')) + crlf;
    for (const Token& t : tokens) {
        const QStringList fields = {
            t.id, t.name, t.key, QString::number(t.userId), t.login, accessText(t),
            TokenCodec::statusName(t.status), TokenCodec::disabledReasonName(t.disabledReason),
            TokenCodec::formatTime(t.createdAt), t.createdBy, TokenCodec::formatTime(t.lastActivityAt),
            TokenCodec::formatTime(t.inactiveSince), TokenCodec::formatTime(t.autoDisableAt),
            TokenCodec::formatTime(t.disabledAt), QString::number(t.version),
            QString::number(InactivityPolicy::daysInactive(t.inactiveSince, m_now)),
            t.isActive() ? QString::number(InactivityPolicy::daysLeft(t, m_policy, m_now)) : QString()};
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& f : fields)
            quoted.append(csvField(f));
        out += quoted.join(QLatin1Char(',')) + crlf;
    }
    return out;
}

QString TokenFormatter::json(const TokenList& tokens) const
{
    QJsonArray array;
    if (isDirect(tokens)) {
        for (const Token& t : tokens)
            array.append(
                DirectTokenJson::toJson(On24DirectPlatform::toEntry(t), directDaysLeft(t)));
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    for (const Token& t : tokens) {
        QJsonObject o = TokenCodec::encodeToken(t);
        o.insert(QStringLiteral("daysInactive"), InactivityPolicy::daysInactive(t.inactiveSince, m_now));
        o.insert(QStringLiteral("daysLeft"), t.isActive()
                     ? QJsonValue(InactivityPolicy::daysLeft(t, m_policy, m_now))
                     : QJsonValue(QJsonValue::Null));
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace TokenConsole
