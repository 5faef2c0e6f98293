// SPDX-License-Identifier: GPL-3.0-or-later
#include "CursorCodec.h"

#include <QByteArray>

namespace TokenConsole::Sandbox {

namespace {
const QByteArray prefix = QByteArrayLiteral("c1:");
constexpr auto base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QString CursorCodec::encode(qint64 sequence)
{
    return QString::fromLatin1((prefix + QByteArray::number(sequence)).toBase64(base64Options));
}

std::optional<qint64> CursorCodec::decode(const QString& cursor)
{
    if (cursor.isEmpty() || cursor.size() > 64)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), base64Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !(*decoded).startsWith(prefix))
        return std::nullopt;
    const QByteArray digits = (*decoded).mid(prefix.size());
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 sequence = digits.toLongLong(&ok);
    if (!ok || sequence < 0)
        return std::nullopt;
    // Only the spelling encode() writes: base64 decoders also take padding, stray low bits
    // and leading zeros, which would give one page several cursors.
    if (encode(sequence) != cursor)
        return std::nullopt;
    return sequence;
}

} // namespace TokenConsole::Sandbox
