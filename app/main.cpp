// token-console: the desktop console by default, scriptable subcommands for everything else.
#include "AppInfo.h"
#include "Logging.h"
#include "MainWindow.h"
#include "PlatformEndpoint.h"
#include "cli/Cli.h"
#include "commands/CommandController.h"
#include "dialogs/NewSecretDialog.h"
#include "i18n/Translations.h"
#include "model/TokenTableModel.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxServer.h"
#include "view/DetailsPanel.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPalette>
#include <QPushButton>
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
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(42, 46, 50);
    const QColor base(32, 35, 38);
    const QColor text(236, 239, 241);
    const QColor disabledText(120, 125, 130);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(38, 42, 46));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(49, 54, 59));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(255, 90, 90));
    palette.setColor(QPalette::Link, QColor(61, 174, 233));
    palette.setColor(QPalette::Highlight, QColor(61, 174, 233));
    palette.setColor(QPalette::HighlightedText, QColor(16, 18, 20));
    palette.setColor(QPalette::Light, QColor(70, 75, 80));
    palette.setColor(QPalette::Midlight, QColor(58, 63, 68));
    palette.setColor(QPalette::Mid, QColor(36, 40, 44));
    palette.setColor(QPalette::Dark, QColor(24, 26, 28));
    palette.setColor(QPalette::Shadow, QColor(0, 0, 0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

// Takes the screenshot once the first list (and the selected token's details) are in.
class ScreenshotTaker : public QObject
{
public:
    ScreenshotTaker(MainWindow* window, QString file, QString select, QString dialog)
        : m_window(window), m_file(std::move(file)), m_select(std::move(select)),
          m_dialog(std::move(dialog))
    {
        connect(window, &MainWindow::sessionReady, this, &ScreenshotTaker::onReady);
        connect(window, &MainWindow::openFailed, this,
                [](const QString& message) {
                    QTextStream(stderr)
                        << QCoreApplication::translate("main", "Screenshot failed: %1").arg(message)
                        << Qt::endl;
                    QCoreApplication::exit(1);
                });
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [] {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "Screenshot failed: the token list did not load "
                                               "within 30 seconds.")
                                << Qt::endl;
            QCoreApplication::exit(2);
        });
        m_timeout.start(30000);
    }

private:
    void onReady()
    {
        TokenTableModel* model = m_window->tokenModel();
        QString id;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->token(row).name.compare(m_select, Qt::CaseInsensitive) == 0)
                id = model->token(row).id;
        }
        if (!m_select.isEmpty() && id.isEmpty()) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "Screenshot failed: no token named “%1”.")
                                       .arg(m_select)
                                << Qt::endl;
            QCoreApplication::exit(1);
            return;
        }
        if (!id.isEmpty()) {
            connect(m_window->detailsPanel(), &DetailsPanel::loaded, this, &ScreenshotTaker::settle,
                    Qt::SingleShotConnection);
            m_window->selectToken(id);
            return;
        }
        settle();
    }

    void settle()
    {
        if (m_dialog == QLatin1String("provision") || m_dialog == QLatin1String("new-secret")) {
            QAction* provision = m_window->commands()->action(CommandController::Provision);
            provision->trigger();
            auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("provisionDialog"));
            if (!dialog) {
                failWith(QCoreApplication::translate("main", "Provision is unavailable."));
                return;
            }
            // Give the dialog its users (one round trip) before taking it.
            auto* combo = dialog->findChild<QWidget*>(QStringLiteral("loginCombo"));
            m_poll.setInterval(50);
            connect(&m_poll, &QTimer::timeout, this, [this, dialog, combo] {
                if (!combo->isEnabled())
                    return;
                m_poll.stop();
                if (m_dialog == QLatin1String("provision")) {
                    grab(dialog);
                    return;
                }
                provisionForNewSecret(dialog);
            });
            m_poll.start();
            return;
        }
        if (m_dialog == QLatin1String("connect")) {
            auto* button = m_window->findChild<QPushButton*>(QStringLiteral("demoConnectButton"));
            button->click();
            auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("connectDialog"));
            if (!dialog) {
                failWith(QCoreApplication::translate("main", "The Connect dialog did not open."));
                return;
            }
            QTimer::singleShot(200, this, [this, dialog] { grab(dialog); });
            return;
        }
        if (!m_dialog.isEmpty()) {
            failWith(QCoreApplication::translate("main", "Unknown dialog “%1”: use provision, "
                                                         "new-secret or connect.")
                         .arg(m_dialog));
            return;
        }
        // Let layouts and delegates finish painting before grabbing.
        QTimer::singleShot(200, this, [this] { grab(m_window); });
    }

    // Fills the Provision dialog with the first free login and waits for the New secret
    // dialog to say where the secret went.
    void provisionForNewSecret(QDialog* dialog)
    {
        dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Zapier"));
        dialog->findChild<QPushButton*>(QStringLiteral("provisionButton"))->click();
        disconnect(&m_poll, nullptr, this, nullptr);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto* secret = m_window->findChild<NewSecretDialog*>(QStringLiteral("newSecretDialog"));
            if (!secret || secret->storage() == NewSecretDialog::Storage::Pending)
                return;
            m_poll.stop();
            grab(secret);
        });
        m_poll.start();
    }

    void failWith(const QString& message)
    {
        QTextStream(stderr)
            << QCoreApplication::translate("main", "Screenshot failed: %1").arg(message)
            << Qt::endl;
        QCoreApplication::exit(1);
    }

    void grab(QWidget* widget)
    {
        const QImage image = widget->grab().toImage();
        if (image.isNull() || !image.save(m_file, "PNG")) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                                                               "Screenshot failed: could not "
                                                               "write %1.")
                                       .arg(QDir::toNativeSeparators(m_file))
                                << Qt::endl;
            QCoreApplication::exit(1);
            return;
        }
        QTextStream(stdout) << QDir::toNativeSeparators(QFileInfo(m_file).absoluteFilePath())
                            << Qt::endl;
        QCoreApplication::exit(0);
    }

    MainWindow* m_window;
    QString m_file;
    QString m_select;
    QString m_dialog;
    QTimer m_timeout;
    QTimer m_poll;
};

// The GUI's options, for --help and for the window.
struct GuiOptions
{
    QCommandLineOption version{QStringList{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("main", "Print the version and exit.")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use the language CODE (de, fr, es, ja, en)."),
        QStringLiteral("CODE")};
    QCommandLineOption profile{
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Open the connection profile NAME."),
        QStringLiteral("NAME")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window to FILE once the token list "
                                            "is loaded, then exit."),
        QStringLiteral("FILE")};
    QCommandLineOption size{
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size for --screenshot (default 1280x720)."),
        QStringLiteral("WxH")};
    QCommandLineOption select{
        QStringLiteral("select"),
        QCoreApplication::translate("main", "With --screenshot: select the token NAME first."),
        QStringLiteral("NAME")};
    QCommandLineOption dialog{
        QStringLiteral("screenshot-dialog"),
        QCoreApplication::translate("main", "With --screenshot: take the dialog NAME (provision, "
                                            "new-secret, connect) instead of the window."),
        QStringLiteral("NAME")};
    QCommandLineOption palette{
        QStringLiteral("palette"),
        QCoreApplication::translate("main", "Use the light or dark Fusion palette instead of the "
                                            "system's (for screenshots and testing)."),
        QStringLiteral("light|dark")};

    void addTo(QCommandLineParser* parser) const
    {
        parser->setApplicationDescription(QCoreApplication::translate(
            "main", "Manage the API tokens of an ON24 account. Without options, opens the last "
                    "profile, or local demo data on first start. Subcommands (list, check, "
                    "provision, rename, disable, enable, verify) run without a window."));
        parser->addHelpOption();
        for (const auto& option :
             {version, lang, profile, screenshot, size, select, dialog, palette})
            parser->addOption(option);
    }
};

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
    auto sandbox = std::make_unique<Sandbox::SandboxServer>();
    bool sandboxStarted = false;
    MainWindow::Options options;
    options.embeddedPlatform = [&sandbox, &sandboxStarted](PlatformEndpoint* endpoint,
                                                           QString* error) {
        if (!sandboxStarted) {
            Sandbox::SandboxServer::Options sandboxOptions;
            sandboxOptions.address = QHostAddress::LocalHost;
            sandboxOptions.port = 0;
            sandboxOptions.dataDirectory = Sandbox::SandboxServer::embeddedDataDirectory();
            sandboxOptions.seed = QStringLiteral("demo");
            if (!sandbox->start(sandboxOptions, error))
                return false;
            sandboxStarted = true;
        }
        endpoint->url = sandbox->url();
        endpoint->login = Sandbox::SandboxServer::demoAdminLogin();
        endpoint->password = Sandbox::SandboxServer::demoAdminPassword();
        return true;
    };

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
