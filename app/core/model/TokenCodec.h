// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "model/Token.h"

#include <QJsonObject>
#include <optional>

namespace TokenConsole {

// Strict decoding of the Token Admin API v1 JSON shapes. A missing or mistyped field makes
// the whole object invalid (a `bad response`), never a half-filled value.
namespace TokenCodec {

std::optional<Token> decodeToken(const QJsonObject& json, QString* why = nullptr);
QJsonObject encodeToken(const Token& token);  // the API's field names, for `list --format json`

std::optional<AccountUser> decodeUser(const QJsonObject& json, QString* why = nullptr);
std::optional<Account> decodeAccount(const QJsonObject& json, QString* why = nullptr);
std::optional<Session> decodeSession(const QJsonObject& json, QString* why = nullptr);
std::optional<ActivityEntry> decodeActivity(const QJsonObject& json, QString* why = nullptr);
std::optional<AuditEntry> decodeAudit(const QJsonObject& json, QString* why = nullptr);
// v1.1: the answer of POST /tokens/{id}/rotate and of GET /tokens/{id}/usage.
std::optional<RotatedToken> decodeRotation(const QJsonObject& json, QString* why = nullptr);
std::optional<TokenUsage> decodeUsage(const QJsonObject& json, QString* why = nullptr);
// Every ON24 API area an access list may name, in the contract's order.
QStringList areaNames();

QString statusName(Token::Status status);                  // "active" | "disabled"
QString disabledReasonName(Token::DisabledReason reason);  // "" | "manual" | "inactivity"
QDateTime parseTime(const QString& rfc3339);              // invalid on malformed input
QString formatTime(const QDateTime& time);                // RFC 3339 UTC, seconds (+ms if any)

} // namespace TokenCodec
} // namespace TokenConsole
