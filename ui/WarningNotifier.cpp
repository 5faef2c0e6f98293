// SPDX-License-Identifier: GPL-3.0-or-later
#include "WarningNotifier.h"

#include "Logging.h"
#include "text/TokenWording.h"
#include "text/UiText.h"
#include "policy/InactivityPolicy.h"

#include <QSettings>
#include <QSystemTrayIcon>

namespace TokenConsole {

WarningNotifier::WarningNotifier(QObject* parent) : QObject(parent) {}

QString WarningNotifier::settingsKey(const QString& profile, const QString& tokenId, int threshold)
{
    return QStringLiteral("notifications/%1/%2/%3")
        .arg(QString::fromLatin1(profile.toUtf8().toHex()), tokenId)
        .arg(threshold);
}

void WarningNotifier::check(const QString& profile, const TokenList& tokens,
                            const InactivityPolicySettings& policy, const QDateTime& now)
{
    QSettings settings;
    QStringList lines;
    bool critical = false;
    for (const Token& token : tokens) {
        if (!token.isActive())
            continue;
        const int threshold = InactivityPolicy::warningThreshold(token, policy, now);
        if (threshold <= 0)
            continue;
        const QString key = settingsKey(profile, token.id, threshold);
        if (settings.value(key).toBool())
            continue;
        settings.setValue(key, true);
        const int left = InactivityPolicy::daysLeft(token, policy, now);
        const bool isCritical = threshold <= InactivityPolicy::criticalDays;
        critical = critical || isCritical;
        const QString tell = TokenWording::tellOwner(token);
        lines << (tell.isEmpty()
                      ? tr("“%1” (%2) will be disabled for inactivity in %3.")
                            .arg(token.name, token.login, UiText::days(left))
                      : tr("“%1” (%2) will be disabled for inactivity in %3: %4.")
                            .arg(token.name, token.login, UiText::days(left), tell));
        qCInfo(lcUi) << "inactivity warning for" << token.id << "threshold" << threshold;
        Q_EMIT warned(token.id, threshold);
    }
    if (lines.isEmpty())
        return;
    const QString advice =
        tr("Use each token (for example with Verify) or tell its integration's owner.");
    if (m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->showMessage(tr("API tokens about to be disabled"),
                            lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + advice,
                            critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    } else {
        Q_EMIT bannerRequested(lines.join(QLatin1Char(' ')) + QLatin1Char(' ') + advice, critical);
    }
}

} // namespace TokenConsole
