// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/TokenCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

namespace TokenConsole::TokenCodec {

namespace {

const QString kAllEndpoints = QStringLiteral("all_endpoints");
constexpr qint64 kMaxExactInteger = qint64(1) << 53;
constexpr qint64 kMaxDays = 3650;
// The contract's limits (v1.1), counted in characters as the server counts them.
constexpr int kMaxOwner = 128;
constexpr int kMaxNotes = 2000;
constexpr qint64 kMaxUsageDays = 90;
const QStringList kAreas = {QStringLiteral("registration"),     QStringLiteral("client_analytics"),
                            QStringLiteral("event_analytics"),  QStringLiteral("event_management"),
                            QStringLiteral("content"),          QStringLiteral("helpers")};

// The whole number a JSON value holds, when it lies within [min, max] (both within ±2^53).
// The double is checked before anything is converted: casting a double that is NaN, infinite or
// out of the target's range is undefined behaviour, not merely a wrong value.
std::optional<qint64> exactInteger(const QJsonValue& v, qint64 min, qint64 max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || d < double(min) || d > double(max))
        return std::nullopt;
    // Qt keeps a JSON integer that fits a qint64 as that integer, so toDouble() may be a
    // rounded copy (2^53 + 1 reads as 2^53): the exact value decides.
    const qint64 exact = v.toInteger(min - 1);
    if (exact < min || exact > max)
        return std::nullopt;
    return exact;
}

// A small reader that remembers the first problem, so each decoder reads like the contract.
class Reader
{
public:
    // `prefix` names where a nested object sits ("policy."), for the messages.
    Reader(const QJsonObject& json, QString* why, QLatin1String prefix = {})
        : m_json(json), m_why(why), m_prefix(prefix)
    {
    }

    bool ok() const { return m_ok; }
    void fail(const QString& field, const char* expected)
    {
        if (m_ok && m_why)
            *m_why = QStringLiteral("field \"%1%2\": expected %3")
                         .arg(m_prefix, field, QLatin1String(expected));
        m_ok = false;
    }

    QString string(const QString& field, bool allowEmpty = true)
    {
        const QJsonValue v = m_json.value(field);
        if (!v.isString() || (!allowEmpty && v.toString().isEmpty())) {
            fail(field, allowEmpty ? "a string" : "a non-empty string");
            return {};
        }
        return v.toString();
    }

    // A string of at most `maxChars` characters (code points, as the server counts them).
    QString boundedString(const QString& field, int maxChars, const char* expected)
    {
        const QJsonValue v = m_json.value(field);
        const QString text = v.toString();
        // Cheap first: UTF-16 units are never fewer than code points.
        if (!v.isString()
            || (text.size() > maxChars && text.toUcs4().size() > maxChars)) {
            fail(field, expected);
            return {};
        }
        return text;
    }

    std::optional<QString> nullableString(const QString& field)
    {
        const QJsonValue v = m_json.value(field);
        if (v.isNull())
            return std::nullopt;
        if (!v.isString()) {
            fail(field, "a string or null");
            return std::nullopt;
        }
        return v.toString();
    }

    // A JSON number that is a whole number within [min, max]. Bounds default to ±2^53: JSON
    // numbers arrive as doubles, and above 2^53 a double no longer holds every integer, so a
    // larger id may already have been rounded to a neighbour's; it is refused, not guessed.
    qint64 integer(const QString& field, qint64 min = -kMaxExactInteger,
                   qint64 max = kMaxExactInteger, const char* expected = "an integer")
    {
        const std::optional<qint64> value = exactInteger(m_json.value(field), min, max);
        if (!value) {
            fail(field, expected);
            return 0;
        }
        return *value;
    }

    QDateTime time(const QString& field)
    {
        const QJsonValue v = m_json.value(field);
        const QDateTime t = v.isString() ? parseTime(v.toString()) : QDateTime();
        if (!t.isValid())
            fail(field, "an RFC 3339 time");
        return t;
    }

    QDateTime nullableTime(const QString& field)
    {
        const QJsonValue v = m_json.value(field);
        if (v.isNull())
            return {};
        const QDateTime t = v.isString() ? parseTime(v.toString()) : QDateTime();
        if (!t.isValid())
            fail(field, "an RFC 3339 time or null");
        return t;
    }

    QStringList stringArray(const QString& field)
    {
        const QJsonValue v = m_json.value(field);
        if (!v.isArray()) {
            fail(field, "an array of strings");
            return {};
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        out.reserve(array.size());
        for (const QJsonValue& item : array) {
            if (!item.isString()) {
                fail(field, "an array of strings");
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }

    QJsonObject object(const QString& field)
    {
        const QJsonValue v = m_json.value(field);
        if (!v.isObject())
            fail(field, "an object");
        return v.toObject();
    }

    const QJsonObject& json() const { return m_json; }
    QString* why() const { return m_why; }

private:
    const QJsonObject& m_json;
    QString* m_why;
    QLatin1String m_prefix;
    bool m_ok = true;
};

// Reads a fixed-width run of decimal digits; -1 when any is not a digit.
int digits(const QChar* p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const ushort c = p[i].unicode();
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(formatTime(t)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QDateTime parseTime(const QString& text)
{
    // RFC 3339: YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM). Hand-parsed: it runs five times per
    // token, and a 100k-token refresh must stay fast.
    const int n = int(text.size());
    if (n < 20)
        return {};
    const QChar* s = text.constData();
    const auto at = [s](int i, char c) { return s[i] == QLatin1Char(c); };
    if (!at(4, '-') || !at(7, '-') || !(at(10, 'T') || at(10, 't')) || !at(13, ':') || !at(16, ':'))
        return {};
    const int year = digits(s, 4), month = digits(s + 5, 2), day = digits(s + 8, 2);
    const int hour = digits(s + 11, 2), minute = digits(s + 14, 2), second = digits(s + 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    int i = 19;
    int msec = 0;
    if (i < n && at(i, '.')) {
        ++i;
        const int start = i;
        int scale = 100;
        // ASCII digits only: QChar::isDigit() would also take '４' or '١' as digits.
        while (i < n && s[i].unicode() >= '0' && s[i].unicode() <= '9') {
            msec += (s[i].unicode() - '0') * scale;
            scale /= 10;
            ++i;
        }
        if (i == start)
            return {};
    }
    int offsetSeconds = 0;
    if (i < n && (at(i, 'Z') || at(i, 'z'))) {
        ++i;
    } else if (i + 6 == n && (at(i, '+') || at(i, '-')) && at(i + 3, ':')) {
        const int oh = digits(s + i + 1, 2), om = digits(s + i + 4, 2);
        if (oh < 0 || om < 0 || oh > 23 || om > 59)
            return {};
        offsetSeconds = (oh * 60 + om) * 60 * (at(i, '-') ? -1 : 1);
        i += 6;
    } else {
        return {};
    }
    if (i != n)
        return {};
    if (!QDate::isValid(year, month, day) || !QTime::isValid(hour, minute, second, msec))
        return {};
    // Straight to milliseconds since the epoch: the cheapest way to a UTC QDateTime.
    const qint64 days = QDate(year, month, day).toJulianDay() - 2440588;  // 1970-01-01
    const qint64 msecs = ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + msec
        - offsetSeconds * 1000LL;
    // An offset can carry a time past 9999-12-31 or before 0001-01-01 in UTC, which has no
    // RFC 3339 form: formatTime() could not write it back, so it is refused here.
    constexpr qint64 msPerDay = 86400000;
    constexpr qint64 earliest = -719162 * msPerDay;   // 0001-01-01T00:00:00Z
    constexpr qint64 pastLatest = 2932897 * msPerDay; // 10000-01-01T00:00:00Z
    if (msecs < earliest || msecs >= pastLatest)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QString formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    // Whole seconds as the contract shows them; milliseconds only when there are some.
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QString statusName(Token::Status status)
{
    return status == Token::Status::Active ? QStringLiteral("active") : QStringLiteral("disabled");
}

QString disabledReasonName(Token::DisabledReason reason)
{
    switch (reason) {
    case Token::DisabledReason::Manual:
        return QStringLiteral("manual");
    case Token::DisabledReason::Inactivity:
        return QStringLiteral("inactivity");
    case Token::DisabledReason::None:
    case Token::DisabledReason::Unknown:
        break;
    }
    return {};
}

std::optional<Token> decodeToken(const QJsonObject& json, QString* why)
{
    Reader r(json, why);
    Token t;
    t.id = r.string(QStringLiteral("id"), false);
    t.name = r.string(QStringLiteral("name"));
    t.key = r.string(QStringLiteral("key"), false);
    t.userId = r.integer(QStringLiteral("userId"));
    t.login = r.string(QStringLiteral("login"));

    const QJsonValue access = json.value(QStringLiteral("access"));
    if (access.isString() && access.toString() == kAllEndpoints) {
        t.allEndpoints = true;
    } else if (access.isArray()) {
        t.allEndpoints = false;
        t.accessAreas = r.stringArray(QStringLiteral("access"));
    } else {
        r.fail(QStringLiteral("access"), "\"all_endpoints\" or an array of areas");
    }

    const QString status = r.string(QStringLiteral("status"));
    if (status == QLatin1String("active"))
        t.status = Token::Status::Active;
    else if (status == QLatin1String("disabled"))
        t.status = Token::Status::Disabled;
    else
        r.fail(QStringLiteral("status"), "\"active\" or \"disabled\"");

    const std::optional<QString> reason = r.nullableString(QStringLiteral("disabledReason"));
    if (!reason)
        t.disabledReason = Token::DisabledReason::None;
    else if (*reason == QLatin1String("manual"))
        t.disabledReason = Token::DisabledReason::Manual;
    else if (*reason == QLatin1String("inactivity"))
        t.disabledReason = Token::DisabledReason::Inactivity;
    else
        r.fail(QStringLiteral("disabledReason"), "null, \"manual\" or \"inactivity\"");

    t.createdAt = r.time(QStringLiteral("createdAt"));
    t.createdBy = r.string(QStringLiteral("createdBy"));
    t.lastActivityAt = r.nullableTime(QStringLiteral("lastActivityAt"));
    t.inactiveSince = r.time(QStringLiteral("inactiveSince"));
    t.autoDisableAt = r.nullableTime(QStringLiteral("autoDisableAt"));
    t.disabledAt = r.nullableTime(QStringLiteral("disabledAt"));
    t.version = int(r.integer(QStringLiteral("version"), 0, std::numeric_limits<int>::max(),
                              "a non-negative integer"));
    // v1.1 fields. A v1 server leaves them out (v1.1 is additive); a server that sends one
    // must send it well-formed, like every other field.
    if (json.contains(QStringLiteral("owner")))
        t.owner = r.boundedString(QStringLiteral("owner"), kMaxOwner,
                                   "a string of at most 128 characters");
    if (json.contains(QStringLiteral("notes")))
        t.notes = r.boundedString(QStringLiteral("notes"), kMaxNotes,
                                   "a string of at most 2000 characters");
    if (json.contains(QStringLiteral("rotatedAt")))
        t.rotatedAt = r.nullableTime(QStringLiteral("rotatedAt"));
    if (json.contains(QStringLiteral("previousSecretExpiresAt")))
        t.previousSecretExpiresAt = r.nullableTime(QStringLiteral("previousSecretExpiresAt"));
    if (!r.ok())
        return std::nullopt;
    return t;
}

QJsonObject encodeToken(const Token& t)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), t.id);
    o.insert(QStringLiteral("name"), t.name);
    o.insert(QStringLiteral("key"), t.key);
    o.insert(QStringLiteral("userId"), t.userId);
    o.insert(QStringLiteral("login"), t.login);
    o.insert(QStringLiteral("access"), t.allEndpoints ? QJsonValue(kAllEndpoints)
                                                      : QJsonValue(QJsonArray::fromStringList(t.accessAreas)));
    o.insert(QStringLiteral("status"), statusName(t.status));
    const QString reason = disabledReasonName(t.disabledReason);
    o.insert(QStringLiteral("disabledReason"), reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason));
    o.insert(QStringLiteral("createdAt"), timeOrNull(t.createdAt));
    o.insert(QStringLiteral("createdBy"), t.createdBy);
    o.insert(QStringLiteral("lastActivityAt"), timeOrNull(t.lastActivityAt));
    o.insert(QStringLiteral("inactiveSince"), timeOrNull(t.inactiveSince));
    o.insert(QStringLiteral("autoDisableAt"), timeOrNull(t.autoDisableAt));
    o.insert(QStringLiteral("disabledAt"), timeOrNull(t.disabledAt));
    o.insert(QStringLiteral("owner"), t.owner);
    o.insert(QStringLiteral("notes"), t.notes);
    o.insert(QStringLiteral("rotatedAt"), timeOrNull(t.rotatedAt));
    o.insert(QStringLiteral("previousSecretExpiresAt"), timeOrNull(t.previousSecretExpiresAt));
    o.insert(QStringLiteral("version"), t.version);
    return o;
}

std::optional<AccountUser> decodeUser(const QJsonObject& json, QString* why)
{
    Reader r(json, why);
    AccountUser u;
    u.id = r.integer(QStringLiteral("id"));
    u.login = r.string(QStringLiteral("login"), false);
    u.displayName = r.string(QStringLiteral("displayName"));
    u.loginType = r.string(QStringLiteral("loginType"));
    const QJsonValue hasToken = json.value(QStringLiteral("hasToken"));
    if (!hasToken.isBool())
        r.fail(QStringLiteral("hasToken"), "a boolean");
    u.hasToken = hasToken.toBool();
    if (!r.ok())
        return std::nullopt;
    return u;
}

std::optional<Account> decodeAccount(const QJsonObject& json, QString* why)
{
    Reader r(json, why);
    Account a;
    a.clientId = r.integer(QStringLiteral("clientId"));
    a.name = r.string(QStringLiteral("name"));
    a.features = r.stringArray(QStringLiteral("features"));
    const QJsonObject policy = r.object(QStringLiteral("policy"));
    if (r.ok()) {
        Reader p(policy, why, QLatin1String("policy."));
        a.policy.inactivityDays = int(p.integer(QStringLiteral("inactivityDays"), 1, kMaxDays,
                                                "a number of days between 1 and 3650"));
        const QJsonValue warnings = policy.value(QStringLiteral("warningDays"));
        QVector<int> list;
        if (!warnings.isArray()) {
            p.fail(QStringLiteral("warningDays"), "an array of days between 0 and 3650");
        } else {
            const QJsonArray array = warnings.toArray();
            list.reserve(array.size());
            for (const QJsonValue& w : array) {
                const std::optional<qint64> day = exactInteger(w, 0, kMaxDays);
                if (!day) {
                    p.fail(QStringLiteral("warningDays"), "an array of days between 0 and 3650");
                    break;
                }
                list.append(int(*day));
            }
        }
        std::sort(list.begin(), list.end(), std::greater<int>());
        a.policy.warningDays = list;
        if (!p.ok())
            return std::nullopt;
    }
    if (!r.ok())
        return std::nullopt;
    return a;
}

std::optional<Session> decodeSession(const QJsonObject& json, QString* why)
{
    Reader r(json, why);
    Session s;
    s.token = r.string(QStringLiteral("session"), false);
    s.expiresAt = r.time(QStringLiteral("expiresAt"));
    const QJsonObject user = r.object(QStringLiteral("user"));
    const QJsonObject account = r.object(QStringLiteral("account"));
    if (!r.ok())
        return std::nullopt;
    Reader u(user, why);
    s.user.id = u.integer(QStringLiteral("id"));
    s.user.login = u.string(QStringLiteral("login"), false);
    s.user.displayName = u.string(QStringLiteral("displayName"));
    s.user.permissions = u.stringArray(QStringLiteral("permissions"));
    if (!u.ok())
        return std::nullopt;
    const std::optional<Account> a = decodeAccount(account, why);
    if (!a)
        return std::nullopt;
    s.account = *a;
    return s;
}

std::optional<ActivityEntry> decodeActivity(const QJsonObject& json, QString* why)
{
    Reader r(json, why);
    ActivityEntry e;
    e.at = r.time(QStringLiteral("at"));
    e.method = r.string(QStringLiteral("method"), false);
    e.path = r.string(QStringLiteral("path"));
    // An HTTP status: three digits (RFC 9110 section 15), so never a wrapped wider number.
    e.status = int(r.integer(QStringLiteral("status"), 100, 599, "an HTTP status (100-599)"));
    if (!r.ok())
        return std::nullopt;
    return e;
}

std::optional<RotatedToken> decodeRotation(const QJsonObject& json, QString* why)
{
    Reader r(json, why);
    const QJsonObject token = r.object(QStringLiteral("token"));
    if (!r.ok())
        return std::nullopt;
    const std::optional<Token> decoded = decodeToken(token, why);
    if (!decoded)
        return std::nullopt;
    RotatedToken rotated;
    rotated.token = *decoded;
    rotated.secret = r.string(QStringLiteral("secret"), false);
    rotated.previousSecretExpiresAt = r.nullableTime(QStringLiteral("previousSecretExpiresAt"));
    if (!r.ok())
        return std::nullopt;
    return rotated;
}

std::optional<TokenUsage> decodeUsage(const QJsonObject& json, QString* why)
{
    Reader r(json, why);
    TokenUsage usage;
    usage.days = int(r.integer(QStringLiteral("days"), 1, kMaxUsageDays,
                               "a number of days between 1 and 90"));
    const QJsonValue areas = json.value(QStringLiteral("areas"));
    if (!areas.isArray()) {
        r.fail(QStringLiteral("areas"), "an array of objects");
        return std::nullopt;
    }
    const QJsonArray array = areas.toArray();
    usage.areas.reserve(array.size());
    for (const QJsonValue& item : array) {
        if (!item.isObject()) {
            r.fail(QStringLiteral("areas"), "an array of objects");
            return std::nullopt;
        }
        const QJsonObject object = item.toObject();
        Reader a(object, why, QLatin1String("areas[]."));
        AreaUsage entry;
        entry.area = a.string(QStringLiteral("area"));
        if (a.ok() && !kAreas.contains(entry.area))
            a.fail(QStringLiteral("area"), "an ON24 API area");
        entry.calls = a.integer(QStringLiteral("calls"), 0, kMaxExactInteger,
                                "a non-negative integer");
        entry.lastCallAt = a.nullableTime(QStringLiteral("lastCallAt"));
        if (!a.ok())
            return std::nullopt;
        usage.areas.append(entry);
    }
    if (!r.ok())
        return std::nullopt;
    return usage;
}

QStringList areaNames()
{
    return kAreas;
}

std::optional<AuditEntry> decodeAudit(const QJsonObject& json, QString* why)
{
    Reader r(json, why);
    AuditEntry e;
    e.at = r.time(QStringLiteral("at"));
    e.actor = r.string(QStringLiteral("actor"));
    e.action = r.string(QStringLiteral("action"), false);
    const std::optional<QString> tokenId = r.nullableString(QStringLiteral("tokenId"));
    e.tokenId = tokenId.value_or(QString());
    const QJsonValue detail = json.value(QStringLiteral("detail"));
    // "detail" is free-form: a sentence, null, or a small object (kept as compact JSON).
    if (detail.isString())
        e.detail = detail.toString();
    else if (detail.isObject())
        e.detail = QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact));
    else if (!detail.isNull() && !detail.isUndefined())
        r.fail(QStringLiteral("detail"), "a string, an object or null");
    if (!r.ok())
        return std::nullopt;
    return e;
}

} // namespace TokenConsole::TokenCodec
