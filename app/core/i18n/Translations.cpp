#include "i18n/Translations.h"

namespace TokenConsole::Translations {

QString install(const QString&)
{
    return QStringLiteral("en");
}

QStringList available()
{
    return {QStringLiteral("en")};
}

} // namespace TokenConsole::Translations
