// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusLine.h"

#include "session/ConsoleSession.h"
#include "text/UiText.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace TokenConsole {

StatusLine::StatusLine(QStatusBar* bar) : QObject(bar)
{
    const auto makeLabel = [bar](const char* name) {
        auto* label = new QLabel(bar);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextFormat(Qt::PlainText);
        label->setContentsMargins(8, 0, 8, 0);
        bar->addPermanentWidget(label);
        return label;
    };
    m_skew = makeLabel("skewLabel");
    m_skew->hide();
    m_profile = makeLabel("profileLabel");
    m_server = makeLabel("serverLabel");
    m_user = makeLabel("userLabel");
    m_refresh = makeLabel("refreshLabel");
}

void StatusLine::update(const ConsoleSession* session)
{
    if (!session) {
        m_profile->setText(tr("Not connected"));
        m_server->clear();
        m_user->clear();
        return;
    }
    const Platform* platform = session->platform();
    m_profile->setText(tr("Profile: %1")
                           .arg(session->isEmbedded() ? tr("Local demo data")
                                                      : session->profile().name));
    m_server->setText(platform->description());
    const SessionUser user = session->user();
    m_user->setText(user.login.isEmpty()
                        ? session->account().name
                        : tr("Signed in as %1 (%2)")
                              .arg(user.displayName.isEmpty() ? user.login : user.displayName,
                                   session->account().name));
    m_user->setToolTip(user.login);
    if (session->hasLoaded()) {
        const QString time = QLocale().toString(session->lastRefresh().time(), QLocale::ShortFormat);
        m_refresh->setText(session->isStale() ? tr("Last refresh %1 (stale)").arg(time)
                                              : tr("Last refresh %1").arg(time));
    }
}

void StatusLine::setActivity(const QString& text)
{
    m_refresh->setText(text);
}

void StatusLine::setSkew(qint64 skewMs)
{
    if (qAbs(skewMs) <= 60 * 1000) {
        m_skew->hide();
        return;
    }
    const int minutes = int(qAbs(skewMs) / 60000);
    m_skew->setText(skewMs > 0
                        ? tr("Warning: this clock is %1 behind the server's")
                              .arg(UiText::minutes(minutes))
                        : tr("Warning: this clock is %1 ahead of the server's")
                              .arg(UiText::minutes(minutes)));
    m_skew->setToolTip(tr("This computer's clock differs from the server's by more than a "
                          "minute. Countdowns use the server's time; fix the clock to avoid "
                          "confusion elsewhere."));
    m_skew->show();
}

} // namespace TokenConsole
