// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/SettingsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace TokenConsole {

QString SettingsFile::path()
{
    return QSettings().fileName();
}

void SettingsFile::restrictAccess()
{
    const QString file = path();
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder))
        return;
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile settings(file);
    if (!settings.exists() && settings.open(QIODevice::WriteOnly))
        settings.close();
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace TokenConsole
