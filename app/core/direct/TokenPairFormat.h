// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TokenConsole {

// The shape of an ON24 token pair, checked before any call so a mistyped field is named at once:
// the key is 32 capital ASCII letters and digits, the secret 128 lower-case hexadecimal
// characters. The problem texts never quote the secret, not even a part of it.
namespace TokenPairFormat {

constexpr int keyLength = 32;
constexpr int secretLength = 128;

// Pasted text often carries a trailing newline or spaces: both are trimmed.
QString normalizedKey(const QString& key);
QString normalizedSecret(const QString& secret);

// Empty when the text is a well-formed key (secret); else a translated sentence saying what is
// wrong and what to do. They judge the text as given: pass the normalized text.
QString keyProblem(const QString& key);
QString secretProblem(const QString& secret);

bool isValidKey(const QString& key);
bool isValidSecret(const QString& secret);

} // namespace TokenPairFormat
} // namespace TokenConsole
