// SPDX-License-Identifier: GPL-3.0-or-later
#include "view/UsageSection.h"

#include "platform/Platform.h"
#include "session/ConsoleSession.h"
#include "text/TokenWording.h"
#include "text/UiText.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace TokenConsole {

UsageSection::UsageSection(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_summary(new QLabel(this)), m_narrow(new QToolButton(this))
{
    setObjectName(QStringLiteral("usageSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(tr("API use in the last %1").arg(UiText::days(days)));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_list->setObjectName(QStringLiteral("usageList"));
    m_list->setAccessibleName(tr("Calls by API area"));
    m_list->setHeaderLabels({tr("API area"), tr("Calls"), tr("Last call")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // The panel is narrow: the list takes the width it is given, never asks for more.
    m_list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Six areas at most: show them all without a scroll bar.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 9);
    layout->addWidget(m_list);
    m_summary->setObjectName(QStringLiteral("usageSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_narrow->setObjectName(QStringLiteral("narrowAccessButton"));
    m_narrow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_narrow->setVisible(false);
    layout->addWidget(m_narrow, 0, Qt::AlignLeft);
    setVisible(false);
}

void UsageSection::setSession(ConsoleSession* session)
{
    m_session = session;
    m_token.reset();
    setVisible(session && session->platform()->offers(Capability::Usage));
}

void UsageSection::setNarrowAccessAction(QAction* action)
{
    m_narrow->setDefaultAction(action);
}

void UsageSection::setToken(const std::optional<Token>& token)
{
    const bool changed =
        !token || !m_token || token->id != m_token->id || token->version != m_token->version;
    m_token = token;
    const bool offered = m_session && m_session->platform()->offers(Capability::Usage);
    setVisible(offered && token);
    if (offered && token && changed)
        fetch();
}

void UsageSection::fetch()
{
    if (m_job)
        m_job->cancel();
    m_list->clear();
    m_used.clear();
    m_narrow->setVisible(false);
    m_summary->setText(tr("Loading…"));
    // Answers to an earlier selection (even canceled ones) must not touch this one.
    const int generation = ++m_generation;
    m_pending = true;
    m_job = m_session->platform()->usage(
        *m_token, days, this, [this, generation](const Result<TokenUsage>& result) {
            if (generation != m_generation)
                return;
            m_pending = false;
            if (!result.ok()) {
                if (result.error.kind() != ApiError::Kind::Canceled)
                    m_summary->setText(
                        tr("Could not load the usage: %1").arg(result.error.userMessage()));
            } else {
                show(result.value);
            }
            Q_EMIT loaded();
        });
}

void UsageSection::show(const TokenUsage& usage)
{
    for (const AreaUsage& area : usage.areas) {
        auto* item = new QTreeWidgetItem(
            m_list, {TokenWording::areaName(area.area), QLocale().toString(area.calls),
                     area.lastCallAt.isValid()
                         ? QLocale().toString(area.lastCallAt.toLocalTime(), QLocale::ShortFormat)
                         : tr("—")});
        item->setData(0, Qt::UserRole, area.area);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        // Unused areas are greyed: the eye goes to what the integration needs.
        if (area.calls == 0) {
            for (int column = 0; column < 3; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        } else {
            m_used.append(area.area);
        }
    }
    const QStringList lost = TokenWording::accessLost(*m_token, m_used);
    if (m_used.isEmpty()) {
        m_summary->setText(tr("No API calls in these days. If nothing uses this token, "
                              "disable it."));
    } else if (lost.isEmpty()) {
        m_summary->setText(tr("The token holds only the areas it used."));
    } else {
        m_summary->setText(
            tr("Holds %1 but did not use: %2.")
                .arg(TokenWording::access(*m_token), lost.join(QStringLiteral(", "))));
        m_narrow->setVisible(m_narrow->defaultAction() != nullptr);
    }
}

} // namespace TokenConsole
