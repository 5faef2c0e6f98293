// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace TokenConsole::Sandbox {

// What a token may call: every ON24 API area, or a non-empty list of them.
struct TokenAccess
{
    bool allEndpoints = true;
    QStringList areas; // canonical order (InputRules::knownAreas()), no duplicates

    QString toStorage() const; // "all_endpoints" or "area1,area2"
    QJsonValue toJson() const; // "all_endpoints" or ["area1", ...]
    bool allows(const QString& area) const { return allEndpoints || areas.contains(area); }
    static TokenAccess fromStorage(const QString& stored);
    static TokenAccess fromJson(const QJsonValue& value); // what toJson() wrote
};

} // namespace TokenConsole::Sandbox
