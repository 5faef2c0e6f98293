// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

namespace TokenConsole {

Clipboard::Clipboard(QObject* parent) : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &Clipboard::clearSecret);
    // Quitting must not leave a secret behind for the next application to paste.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Clipboard::clearSecret);
}

Clipboard::~Clipboard()
{
    clearSecret();
}

void Clipboard::copyText(const QString& text)
{
    m_clearTimer.stop();
    m_secret.clear();
    QGuiApplication::clipboard()->setText(text);
}

void Clipboard::copySecret(const QString& secret)
{
    auto* mime = new QMimeData;
    mime->setText(secret);
    // KDE's and others' clipboard managers skip their history for data marked this way.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_secret = secret;
    m_clearTimer.start(m_clearTimeoutMs);
}

bool Clipboard::holdsSecret() const
{
    return !m_secret.isEmpty() && QGuiApplication::clipboard()->text() == m_secret;
}

void Clipboard::clearSecret()
{
    m_clearTimer.stop();
    if (m_secret.isEmpty())
        return;
    if (holdsSecret())
        QGuiApplication::clipboard()->clear();
    m_secret.fill(QLatin1Char('\0'));
    m_secret.clear();
    Q_EMIT secretCleared();
}

} // namespace TokenConsole
