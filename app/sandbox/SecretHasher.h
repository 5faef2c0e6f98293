// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace TokenConsole::Sandbox {

// Token secrets are kept only as salted SHA-256 ("<salt hex>$<digest hex>"). They are 512-bit
// random values, so one fast hash is enough; the salt keeps equal secrets from looking equal.
class SecretHasher
{
public:
    static QByteArray hash(const QByteArray& secret);
    static QByteArray hashWithSalt(const QByteArray& secret, const QByteArray& salt);
    static bool verify(const QByteArray& secret, const QByteArray& stored);
    // Compares without an early exit, so the time taken says nothing about where they differ.
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
    // Plain SHA-256 hex, for looking up session tokens (256-bit random, so no salt needed).
    static QByteArray sha256Hex(const QByteArray& data);
};

} // namespace TokenConsole::Sandbox
