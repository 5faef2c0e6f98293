// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowBanners.h"

#include "Banner.h"

#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace TokenConsole {

WindowBanners::WindowBanners(QWidget* parent)
    : QWidget(parent), m_demo(new Banner(this)), m_notice(new Banner(this)),
      m_offline(new Banner(this)), m_problem(new Banner(this)), m_warning(new Banner(this)), m_outcome(new Banner(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_demo->setObjectName(QStringLiteral("demoBanner"));
    m_demo->setAccessibleName(tr("Demo data notice"));
    m_demo->setText(
        tr("This is local demo data: an embedded sandbox on this computer, not a real ON24 "
           "account. Try anything here; connect to your platform to manage real tokens."));
    QPushButton* connectButton = m_demo->addButton(tr("&Connect to a Platform…"));
    connectButton->setObjectName(QStringLiteral("demoConnectButton"));
    connect(connectButton, &QPushButton::clicked, this, &WindowBanners::connectRequested);

    m_notice->setObjectName(QStringLiteral("restrictionBanner"));
    m_notice->setAccessibleName(tr("Why some actions are unavailable"));
    m_notice->setKind(Banner::Kind::Information);

    m_offline->setObjectName(QStringLiteral("offlineBanner"));
    m_offline->setAccessibleName(tr("Offline"));
    m_offline->setKind(Banner::Kind::Warning);

    m_problem->setObjectName(QStringLiteral("staleBanner"));
    m_problem->setAccessibleName(tr("Connection problem"));
    m_problem->setKind(Banner::Kind::Warning);
    QPushButton* retry = m_problem->addButton(tr("&Retry"));
    retry->setObjectName(QStringLiteral("retryButton"));
    connect(retry, &QPushButton::clicked, this, &WindowBanners::retryRequested);

    m_outcome->setObjectName(QStringLiteral("messageBanner"));
    m_outcome->setAccessibleName(tr("Last outcome"));
    m_outcome->setClosable(true);
    m_warning->setObjectName(QStringLiteral("warningBanner"));
    m_warning->setAccessibleName(tr("Inactivity warning"));
    m_warning->setClosable(true);
    // Tab order: the strips top to bottom, each one's buttons right after its text and its
    // close button last (creation order would put every close button first).
    QWidget* previous = nullptr;
    for (Banner* banner : {m_demo, m_notice, m_offline, m_problem, m_warning, m_outcome}) {
        banner->hide();
        layout->addWidget(banner);
        const auto buttons = banner->findChildren<QPushButton*>(Qt::FindDirectChildrenOnly);
        const auto closers = banner->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly);
        QList<QWidget*> order(buttons.begin(), buttons.end());
        order.append(QList<QWidget*>(closers.begin(), closers.end()));
        for (QWidget* widget : std::as_const(order)) {
            if (previous)
                setTabOrder(previous, widget);
            previous = widget;
        }
    }
}

void WindowBanners::setDemo(bool demo)
{
    m_demo->setVisible(demo);
}

void WindowBanners::setStandingNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void WindowBanners::setOffline(const QString& text)
{
    m_offline->setText(text);
    m_offline->setVisible(!text.isEmpty());
}

bool WindowBanners::isOfflineShown() const
{
    return m_offline->isVisible();
}

void WindowBanners::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

void WindowBanners::hideProblem()
{
    m_problem->hide();
}

bool WindowBanners::isProblemShown() const
{
    return m_problem->isVisible();
}

void WindowBanners::showWarning(const QString& text, bool critical)
{
    m_warning->setKind(critical ? Banner::Kind::Error : Banner::Kind::Warning);
    m_warning->setText(text);
    m_warning->show();
}

void WindowBanners::hideWarning()
{
    m_warning->hide();
}

void WindowBanners::showOutcome(const QString& text, bool error)
{
    // Where the user looks, whole (the status bar cuts long sentences), until closed or
    // replaced by the next outcome.
    m_outcome->setKind(error ? Banner::Kind::Error : Banner::Kind::Positive);
    m_outcome->setText(text);
    m_outcome->show();
}

} // namespace TokenConsole
