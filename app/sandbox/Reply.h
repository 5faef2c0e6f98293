// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace TokenConsole::Sandbox {

// One HTTP answer. The server adds Date, Content-Type and Content-Length when it writes it.
struct Reply
{
    int status = 200;
    QByteArray body; // JSON, or empty (204)
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(int status, const QJsonObject& object);
    static Reply raw(int status, QByteArray jsonBody);
    static Reply noContent();
    // Token Admin API v1 error: {"error":{"code","message"}}
    static Reply error(int status, const QString& code, const QString& message);
    // ON24 REST API v2 error: {"message": "..."}
    static Reply on24Error(int status, const QString& message);
};

} // namespace TokenConsole::Sandbox
