// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/Profile.h"

#include <QList>
#include <optional>
#include <QString>

namespace TokenConsole {

// Profiles in QSettings ("profiles/<name>/..."), plus the one used last.
class ProfileStore
{
public:
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString& name) const;
    void save(const Profile& profile);
    void remove(const QString& name);
    QString lastUsed() const;
    void setLastUsed(const QString& name);

    static QString embeddedSandboxName() { return QStringLiteral("demo"); }
    // Direct mode on the embedded sandbox's ON24 API, with demo pairs in its inventory.
    static QString directDemoName() { return QStringLiteral("demo-on24"); }
};

} // namespace TokenConsole
