// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reply.h"

#include "JsonWriter.h"

#include <QJsonDocument>

namespace TokenConsole::Sandbox {

Reply Reply::json(int status, const QJsonObject& object)
{
    // QJsonDocument writes U+FEFF raw, and readers drop it at the start of a string as a byte
    // order mark. In compact JSON those bytes can only be inside a string: escape them.
    QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    body.replace(JsonWriter::byteOrderMark, QByteArrayLiteral("\\ufeff"));
    return raw(status, std::move(body));
}

Reply Reply::raw(int status, QByteArray jsonBody)
{
    Reply reply;
    reply.status = status;
    reply.body = std::move(jsonBody);
    return reply;
}

Reply Reply::noContent()
{
    Reply reply;
    reply.status = 204;
    return reply;
}

Reply Reply::error(int status, const QString& code, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), code},
                                                 {QStringLiteral("message"), message}}}});
}

Reply Reply::on24Error(int status, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("message"), message}});
}

} // namespace TokenConsole::Sandbox
