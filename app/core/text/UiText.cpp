// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/UiText.h"

#include <QCoreApplication>

namespace TokenConsole::UiText {

QString days(int count)
{
    return QCoreApplication::translate("UiText", "%n day(s)", nullptr, count);
}

QString minutes(int count)
{
    return QCoreApplication::translate("UiText", "%n minute(s)", nullptr, count);
}

QString seconds(int count)
{
    return QCoreApplication::translate("UiText", "%n second(s)", nullptr, count);
}

QString logins(int count)
{
    return QCoreApplication::translate("UiText", "%n login(s)", nullptr, count);
}

} // namespace TokenConsole::UiText
