// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcons.h"

#include <QHash>

namespace TokenConsole::AppIcons {

namespace {

// freedesktop.org icon naming specification names for the actions a theme already draws.
QString themeName(const QString& name)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("refresh"), QStringLiteral("view-refresh")},
        {QStringLiteral("search"), QStringLiteral("edit-find")},
    };
    return names.value(name);
}

} // namespace

QIcon application()
{
    QIcon icon(QStringLiteral(":/icons/org.tokenconsole.TokenConsole.svg"));
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        icon.addFile(
            QStringLiteral(":/icons/hicolor/org.tokenconsole.TokenConsole-%1.png").arg(size),
            QSize(size, size));
    }
    return icon;
}

QString actionPath(const QString& name)
{
    return QStringLiteral(":/icons/actions/%1.svg").arg(name);
}

QIcon action(const QString& name)
{
    const QIcon bundled(actionPath(name));
    const QString themed = themeName(name);
    if (themed.isEmpty())
        return bundled;
    return QIcon::fromTheme(themed, bundled);
}

} // namespace TokenConsole::AppIcons
