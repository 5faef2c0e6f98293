// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretHasher.h"

#include "SecretGenerator.h"

#include <QCryptographicHash>

namespace TokenConsole::Sandbox {

QByteArray SecretHasher::hash(const QByteArray& secret)
{
    return hashWithSalt(secret, SecretGenerator::randomBytes(16));
}

QByteArray SecretHasher::hashWithSalt(const QByteArray& secret, const QByteArray& salt)
{
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(salt);
    digest.addData(secret);
    return salt.toHex() + '$' + digest.result().toHex();
}

bool SecretHasher::verify(const QByteArray& secret, const QByteArray& stored)
{
    const qsizetype dollar = stored.indexOf('$');
    if (dollar <= 0)
        return false;
    const QByteArray salt = QByteArray::fromHex(stored.left(dollar));
    return constantTimeEquals(hashWithSalt(secret, salt), stored);
}

bool SecretHasher::constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray SecretHasher::sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace TokenConsole::Sandbox
