// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/TokenNameRules.h"

#include <QCoreApplication>

namespace TokenConsole::TokenNameRules {

namespace {

QString codePoint(QChar c)
{
    return QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

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
        if (isSpoofingControl(c))
            return QCoreApplication::translate(
                       "TokenNameRules",
                       "The name contains an invisible direction or zero-width character "
                       "(U+%1), which could make it pose as another name; remove it.")
                .arg(codePoint(c));
    }
    return {};
}

bool isSpoofingControl(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x200B && u <= 0x200F) || (u >= 0x202A && u <= 0x202E)
        || (u >= 0x2066 && u <= 0x2069) || u == 0xFEFF;
}

QString visible(const QString& name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (isSpoofingControl(c) || c.category() == QChar::Other_Control)
            out += QStringLiteral("\\u") + codePoint(c);
        else
            out += c;
    }
    return out;
}

} // namespace TokenConsole::TokenNameRules
