// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/UiText.h"

#include <QCoreApplication>

namespace TokenConsole::UiText {

namespace {

QString counted(int count, const char* one, const char* many)
{
    return QCoreApplication::translate("UiText", count == 1 ? one : many).arg(count);
}

} // namespace

QString days(int count)
{
    return counted(count, QT_TRANSLATE_NOOP("UiText", "%1 day"),
                   QT_TRANSLATE_NOOP("UiText", "%1 days"));
}

QString minutes(int count)
{
    return counted(count, QT_TRANSLATE_NOOP("UiText", "%1 minute"),
                   QT_TRANSLATE_NOOP("UiText", "%1 minutes"));
}

QString seconds(int count)
{
    return counted(count, QT_TRANSLATE_NOOP("UiText", "%1 second"),
                   QT_TRANSLATE_NOOP("UiText", "%1 seconds"));
}

QString logins(int count)
{
    return counted(count, QT_TRANSLATE_NOOP("UiText", "%1 login"),
                   QT_TRANSLATE_NOOP("UiText", "%1 logins"));
}

} // namespace TokenConsole::UiText
