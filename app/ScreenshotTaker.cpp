// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotTaker.h"

#include "MainWindow.h"
#include "commands/CommandController.h"
#include "dialogs/NewSecretDialog.h"
#include "model/TokenTableModel.h"
#include "view/DetailsPanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QTextStream>

namespace TokenConsole {

ScreenshotTaker::ScreenshotTaker(MainWindow* window, QString file, QString select, QString dialog)
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

void ScreenshotTaker::onReady()
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

void ScreenshotTaker::settle()
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
    // Two idle turns of the event loop: the view's delayed layout and column fitting (zero
    // timers queued earlier) have run; grab() paints everything itself.
    QTimer::singleShot(0, this, [this] { QTimer::singleShot(0, this, [this] { grab(m_window); }); });
}

// Fills the Provision dialog with the first free login and waits for the New secret
// dialog to say where the secret went.
void ScreenshotTaker::provisionForNewSecret(QDialog* dialog)
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

void ScreenshotTaker::failWith(const QString& message)
{
    QTextStream(stderr)
        << QCoreApplication::translate("main", "Screenshot failed: %1").arg(message)
        << Qt::endl;
    QCoreApplication::exit(1);
}

void ScreenshotTaker::grab(QWidget* widget)
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

} // namespace TokenConsole
