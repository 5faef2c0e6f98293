// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

namespace TokenConsole {

// D9: tells the user when a token enters the warning days and again at each later threshold
// (down to critical), once per token and threshold. What was announced is remembered in
// QSettings by profile, token id and threshold (ids are not secret), so a restart does not
// repeat it. Uses the system tray's message where a tray exists; otherwise the window shows
// the text in a banner (bannerRequested).
class WarningNotifier : public QObject
{
    Q_OBJECT

public:
    explicit WarningNotifier(QObject* parent = nullptr);

    void setTrayIcon(QSystemTrayIcon* tray) { m_tray = tray; }
    void check(const QString& profile, const TokenList& tokens,
               const InactivityPolicySettings& policy, const QDateTime& now);

    static QString settingsKey(const QString& profile, const QString& tokenId, int threshold);

Q_SIGNALS:
    // Emitted for each token and threshold announced (also when the tray showed it).
    void warned(const QString& tokenId, int threshold);
    void bannerRequested(const QString& text, bool critical);

private:
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace TokenConsole
