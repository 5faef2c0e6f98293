// SPDX-License-Identifier: GPL-3.0-or-later
// token-console: the desktop console by default, scriptable subcommands for everything else.
#include "AppInfo.h"
#include "DarkPalette.h"
#include "GuiOptions.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "cli/Cli.h"
#include "cli/EmbeddedSandbox.h"
#include "i18n/Translations.h"
#include "profiles/ProfileStore.h"
#include "profiles/SettingsFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>
#include <memory>

namespace {

using namespace TokenConsole;

// --lang must take effect before any tr(), so it is read from argv before the parser exists.
QString languageFromArguments(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

// Settings and the embedded sandbox's data live under these names (~/.config/tokenconsole/
// token-console.conf, ~/.local/share/tokenconsole/token-console/), the same for GUI and CLI.
void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("tokenconsole"));
    QCoreApplication::setOrganizationDomain(AppInfo::organizationDomain());
    QCoreApplication::setApplicationName(QStringLiteral("token-console"));
    QCoreApplication::setApplicationVersion(AppInfo::version());
    SettingsFile::restrictAccess();
}

// --help and --version must work without a display, so they never create a QApplication.
bool wantsInformationOnly(const QStringList& arguments)
{
    for (const QString& argument : arguments.mid(1)) {
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help") ||
            argument == QLatin1String("-v") || argument == QLatin1String("--version") ||
            argument == QLatin1String("--help-all"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const QString language = languageFromArguments(rawArguments);

    if (Cli::isSubcommand(rawArguments)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        Translations::install(language);
        return Cli::run(QCoreApplication::arguments());
    }

    if (wantsInformationOnly(rawArguments)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        Translations::install(language);
        QCommandLineParser parser;
        const GuiOptions options;
        options.addTo(&parser);
        parser.process(app); // prints --help and exits
        if (parser.isSet(options.version)) {
            QTextStream(stdout) << AppInfo::versionReport() << Qt::endl;
            return 0;
        }
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Token Console"));
    QGuiApplication::setDesktopFileName(AppInfo::applicationId());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.tokenconsole.TokenConsole.svg")));
    Translations::install(language);

    QCommandLineParser parser;
    const GuiOptions guiOptions;
    guiOptions.addTo(&parser);
    parser.process(app);
    const QCommandLineOption& profileOption = guiOptions.profile;
    const QCommandLineOption& screenshotOption = guiOptions.screenshot;
    const QCommandLineOption& sizeOption = guiOptions.size;
    const QCommandLineOption& selectOption = guiOptions.select;
    const QCommandLineOption& dialogOption = guiOptions.dialog;
    const QCommandLineOption& paletteOption = guiOptions.palette;

    if (parser.isSet(paletteOption)) {
        const QString palette = parser.value(paletteOption);
        if (palette != QLatin1String("light") && palette != QLatin1String("dark")) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "Unknown palette “%1”: use light or dark.")
                                       .arg(palette)
                                << Qt::endl;
            return 2;
        }
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(palette == QLatin1String("dark")
                                     ? darkPalette()
                                     : QApplication::style()->standardPalette());
    }

    // The embedded default: the sandbox in this process, started on first use only.
    EmbeddedSandbox sandbox;
    MainWindow::Options options;
    options.embeddedPlatform = sandbox.provider();

    MainWindow window(options);
    std::unique_ptr<ScreenshotTaker> screenshot;
    if (parser.isSet(screenshotOption)) {
        QSize size(1280, 720);
        if (parser.isSet(sizeOption)) {
            const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
            bool okW = false;
            bool okH = false;
            if (parts.size() == 2)
                size = QSize(parts.at(0).toInt(&okW), parts.at(1).toInt(&okH));
            if (!okW || !okH || size.width() < 200 || size.height() < 150) {
                QTextStream(stderr)
                    << QCoreApplication::translate("main",
                                                   "Invalid --size “%1”: use WIDTHxHEIGHT, for "
                                                   "example 1280x720.")
                           .arg(parser.value(sizeOption))
                    << Qt::endl;
                return 2;
            }
        }
        window.resize(size);
        screenshot = std::make_unique<ScreenshotTaker>(&window, parser.value(screenshotOption),
                                                       parser.value(selectOption),
                                                       parser.value(dialogOption));
    }
    window.show();
    const QString profile =
        parser.isSet(profileOption) ? parser.value(profileOption) : ProfileStore().lastUsed();
    qCDebug(lcUi) << "opening profile" << (profile.isEmpty() ? QStringLiteral("(demo)") : profile);
    QTimer::singleShot(0, &window, [&window, profile] { window.openProfile(profile); });
    const int code = app.exec();
    screenshot.reset();
    return code;
}
