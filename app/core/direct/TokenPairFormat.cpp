// SPDX-License-Identifier: GPL-3.0-or-later
#include "direct/TokenPairFormat.h"

#include <QCoreApplication>
#include <algorithm>

namespace TokenConsole::TokenPairFormat {

namespace {

// Gives the free functions below a tr() with the context "TokenConsole::TokenPairFormat".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenConsole::TokenPairFormat)
};

// ASCII only: QChar::isDigit() and isUpper() also accept full-width and other scripts' forms,
// which ON24 never issues and which a user cannot tell apart on screen.
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isAsciiLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

bool isLowerHex(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
}

bool isUpperHex(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('F');
}

template <typename Predicate> bool all(const QString& text, Predicate predicate)
{
    return std::all_of(text.cbegin(), text.cend(), predicate);
}

template <typename Predicate> bool any(const QString& text, Predicate predicate)
{
    return std::any_of(text.cbegin(), text.cend(), predicate);
}

} // namespace

QString normalizedKey(const QString& key)
{
    return key.trimmed();
}

QString normalizedSecret(const QString& secret)
{
    return secret.trimmed();
}

bool isValidKey(const QString& key)
{
    return key.size() == keyLength &&
           all(key, [](QChar c) { return isAsciiUpper(c) || isAsciiDigit(c); });
}

bool isValidSecret(const QString& secret)
{
    return secret.size() == secretLength && all(secret, isLowerHex);
}

QString keyProblem(const QString& key)
{
    if (isValidKey(key))
        return {};
    if (key.isEmpty())
        return Text::tr("Enter the token key: 32 capital letters and digits, as shown on ON24's "
                        "API Tokens page.");
    // The two fields are side by side on ON24's page; pasting one into the other is common.
    if (isValidSecret(key))
        return Text::tr("This looks like the token secret, not the key. Paste the key here: 32 "
                        "capital letters and digits, as shown on ON24's API Tokens page.");
    if (!all(key, [](QChar c) { return isAsciiUpper(c) || isAsciiLower(c) || isAsciiDigit(c); }))
        return Text::tr("The token key must be 32 capital letters and digits; this one contains "
                        "other characters, such as spaces, punctuation, accented or full-width "
                        "characters. Copy it again from ON24's API Tokens page.");
    if (any(key, isAsciiLower))
        return Text::tr("The token key must be 32 capital letters and digits; this one contains "
                        "lower-case letters. Copy it again from ON24's API Tokens page.");
    return Text::tr("The token key must be 32 capital letters and digits; this one has %n "
                    "character(s). Copy it again from ON24's API Tokens page.",
                    nullptr, int(key.size()));
}

QString secretProblem(const QString& secret)
{
    // Every sentence below describes the secret; none may include any part of it.
    if (isValidSecret(secret))
        return {};
    if (secret.isEmpty())
        return Text::tr("Enter the token secret: 128 digits and lower-case letters a to f, as "
                        "shown on ON24's API Tokens page.");
    if (isValidKey(secret))
        return Text::tr("This looks like the token key, not the secret. Paste the secret here: "
                        "128 digits and lower-case letters a to f, as shown on ON24's API Tokens "
                        "page.");
    if (!all(secret, [](QChar c) { return isLowerHex(c) || isUpperHex(c); }))
        return Text::tr("The token secret must be 128 digits and lower-case letters a to f; this "
                        "one contains other characters, such as spaces, punctuation or letters "
                        "after f. Copy it again from ON24's API Tokens page.");
    if (any(secret, isUpperHex))
        return Text::tr("The token secret must be 128 digits and lower-case letters a to f; this "
                        "one contains capital letters. Copy it again from ON24's API Tokens page.");
    return Text::tr("The token secret must be 128 digits and lower-case letters a to f; this one "
                    "has %n character(s). Copy it again from ON24's API Tokens page.",
                    nullptr, int(secret.size()));
}

} // namespace TokenConsole::TokenPairFormat
