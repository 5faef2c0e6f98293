#include "Reply.h"

#include <QJsonDocument>

namespace TokenConsole::Sandbox {

Reply Reply::json(int status, const QJsonObject& object)
{
    return raw(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
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
