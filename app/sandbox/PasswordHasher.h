// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace TokenConsole::Sandbox {

// Slow salted password hashes (PBKDF2-HMAC-SHA256, per-user random salt). Stored form:
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>", so the cost can change later.
class PasswordHasher
{
public:
    // Moderate on purpose: demo passwords only, and tests log in many times on two cores.
    static constexpr int defaultIterations = 20000;

    static QByteArray hash(const QString& password, int iterations = defaultIterations);
    static bool verify(const QString& password, const QByteArray& stored);
    // Spends the same time as a real verify, so an unknown login can't be told apart by timing.
    static void burnVerifyTime(const QString& password);
};

} // namespace TokenConsole::Sandbox
