// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/TokenNameRules.h"

#include <QCoreApplication>

namespace TokenConsole::TokenNameRules {

QString problem(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("TokenNameRules",
                                           "Enter a name, for example the integration's.");
    if (trimmed.size() > maximumLength)
        return QCoreApplication::translate("TokenNameRules",
                                           "The name is %1 characters long; shorten it to %2.")
            .arg(trimmed.size())
            .arg(maximumLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate(
                "TokenNameRules", "The name contains a control character (such as a tab); "
                                  "remove it.");
    }
    return {};
}

} // namespace TokenConsole::TokenNameRules
