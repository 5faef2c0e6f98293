#include "Cli.h"

namespace TokenConsole::Cli {

bool isSubcommand(const QStringList&)
{
    return false;
}

int run(const QStringList&)
{
    return 3;
}

} // namespace TokenConsole::Cli
