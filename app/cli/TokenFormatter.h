// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace TokenConsole {

// Renders tokens for the `list` subcommand: an aligned table for people, RFC 4180 CSV and a
// JSON array (the API's field names plus daysInactive and daysLeft) for scripts.
class TokenFormatter
{
    Q_DECLARE_TR_FUNCTIONS(TokenFormatter)

public:
    enum class Format { Table, Csv, Json };

    TokenFormatter(InactivityPolicySettings policy, QDateTime now);

    static bool parseFormat(const QString& name, Format* format);
    QString format(const TokenList& tokens, Format format) const;

    QString table(const TokenList& tokens) const;
    QString csv(const TokenList& tokens) const;
    QString json(const TokenList& tokens) const;

    static QString csvField(const QString& value);  // quoted when RFC 4180 requires it
    // Direct-mode tokens (pairs of a local inventory) have their own columns and fields.
    static bool isDirect(const TokenList& tokens);

private:
    QString directTable(const TokenList& tokens) const;
    int directDaysLeft(const Token& token) const;
    static QString aligned(const QVector<QStringList>& rows);

    InactivityPolicySettings m_policy;
    QDateTime m_now;
};

} // namespace TokenConsole
