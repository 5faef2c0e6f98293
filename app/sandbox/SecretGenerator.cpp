// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretGenerator.h"

#include <QRandomGenerator>
#include <QVector>

namespace TokenConsole::Sandbox {

namespace {
QString randomFromAlphabet(int length, const char* alphabet, quint32 alphabetSize)
{
    QString out;
    out.reserve(length);
    auto* rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[rng->bounded(alphabetSize)]));
    return out;
}
} // namespace

QByteArray SecretGenerator::randomBytes(int count)
{
    QVector<quint32> words((count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char*>(words.constData()), count);
}

QString SecretGenerator::tokenKey()
{
    return randomFromAlphabet(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 36);
}

QString SecretGenerator::tokenSecret()
{
    return QString::fromLatin1(randomBytes(64).toHex());
}

QString SecretGenerator::sessionToken()
{
    return QString::fromLatin1(randomBytes(32).toHex());
}

QString SecretGenerator::tokenId()
{
    return QStringLiteral("tok_") +
           randomFromAlphabet(20, "abcdefghijklmnopqrstuvwxyz0123456789", 36);
}

} // namespace TokenConsole::Sandbox
