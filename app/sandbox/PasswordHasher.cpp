// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHasher.h"

#include "SecretGenerator.h"
#include "SecretHasher.h"

#include <QList>
#include <QPasswordDigestor>

namespace TokenConsole::Sandbox {

namespace {
const QByteArray scheme = QByteArrayLiteral("pbkdf2-sha256");
constexpr int keyLength = 32;

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, keyLength);
}
} // namespace

QByteArray PasswordHasher::hash(const QString& password, int iterations)
{
    const QByteArray salt = SecretGenerator::randomBytes(16);
    return scheme + '$' + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' +
           derive(password, salt, iterations).toBase64();
}

bool PasswordHasher::verify(const QString& password, const QByteArray& stored)
{
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 4 || parts.at(0) != scheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2));
    const QByteArray expected = QByteArray::fromBase64(parts.at(3));
    return SecretHasher::constantTimeEquals(derive(password, salt, iterations), expected);
}

void PasswordHasher::burnVerifyTime(const QString& password)
{
    derive(password, QByteArrayLiteral("0123456789abcdef"), defaultIterations);
}

} // namespace TokenConsole::Sandbox
