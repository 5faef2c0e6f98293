// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace TokenConsole::Translations {

// Installs the application's and Qt's own translations into the running QCoreApplication.
// `language` is a code such as "de", "fr", "es", "ja" or "en"; empty means the saved setting,
// then the system locale. Returns the language now in use ("en" when none matched).
QString install(const QString& language = {});
// The languages shipped with the application, "en" first.
QStringList available();

} // namespace TokenConsole::Translations
