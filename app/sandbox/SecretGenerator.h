// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace TokenConsole::Sandbox {

// Every secret value comes from the operating system's CSPRNG (QRandomGenerator::system()).
class SecretGenerator
{
public:
    static QByteArray randomBytes(int count);
    static QString tokenKey();     // 32 upper-case alphanumerics (D1)
    static QString tokenSecret();  // 128 lower-case hex (D1)
    static QString sessionToken(); // 256 bits, hex
    static QString tokenId();      // "tok_" + 20 lower-case alphanumerics
};

} // namespace TokenConsole::Sandbox
