// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace TokenConsole {

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
                    "provision, rename, disable, enable, verify; in direct mode add, set, "
                    "forget, users, keepalive) run without a window."));
        parser->addHelpOption();
        for (const auto& option :
             {version, lang, profile, screenshot, size, select, dialog, palette})
            parser->addOption(option);
    }
};

} // namespace TokenConsole
