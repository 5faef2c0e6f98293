// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

namespace TokenConsole::Sandbox {

// One HTTP request as the handlers see it: decoded path parameters, query, headers, body.
struct Request
{
    QByteArray method;  // "GET", "POST", ...
    QString path;       // decoded path
    QStringList params; // values of the route's {placeholders}, in order
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Header lookup ignores case (HTTP header names are case-insensitive).
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
};

} // namespace TokenConsole::Sandbox
