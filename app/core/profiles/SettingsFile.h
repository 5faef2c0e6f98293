// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TokenConsole {

// The application's settings file (profiles, window layout; never a secret) is still nobody
// else's business: its folder is kept 0700 and the file 0600, whatever the umask.
class SettingsFile
{
public:
    // Creates the folder and an empty file if needed and narrows their permissions. Called at
    // start, before anything writes settings (Qt keeps a file's permissions when it rewrites it).
    static void restrictAccess();
    static QString path();
};

} // namespace TokenConsole
