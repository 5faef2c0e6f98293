// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace TokenConsole::AppIcons {

// The application icon, bundled (SVG plus the hicolor PNG sizes).
QIcon application();
// The bundled action icon ":/icons/actions/<name>.svg" (token-provision, token-rename,
// token-disable, token-enable, token-verify, copy-key, copy-secret, refresh, search, connect,
// keychain, details, status-active, status-disabled, status-warning, status-critical).
// Generic actions (refresh, search) prefer the desktop's icon theme when it has them;
// the domain-specific ones are always ours, so they look alike on every platform.
QIcon action(const QString& name);
// The resource path of an action icon, for style sheets and rich text.
QString actionPath(const QString& name);

} // namespace TokenConsole::AppIcons
