// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterBar.h"

#include "Accessibility.h"
#include "model/TokenFilterModel.h"
#include "model/TokenTableModel.h"
#include "text/UiText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <utility>

namespace TokenConsole {

namespace {

constexpr TokenFilterModel::StatusFilter kFilters[] = {
    TokenFilterModel::StatusFilter::All, TokenFilterModel::StatusFilter::Active,
    TokenFilterModel::StatusFilter::Expiring, TokenFilterModel::StatusFilter::Disabled,
    TokenFilterModel::StatusFilter::DisabledForInactivity};
constexpr int kFilterCount = int(std::size(kFilters));

} // namespace

FilterBar::FilterBar(TokenTableModel* model, TokenFilterModel* filter, QWidget* parent)
    : QWidget(parent), m_model(model), m_filter(filter), m_search(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_matches(new QLabel(this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, owner, login or key"));
    m_search->setAccessibleName(tr("Search tokens"));
    m_search->setClearButtonEnabled(true);
    Accessibility::nameClearButton(m_search, tr("Clear search"));
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterText(text);
        Q_EMIT filterChanged();
    });
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (auto status : kFilters)
        m_status->addItem(QString(), int(status));
    auto* statusLabel = new QLabel(tr("Sho&w:"), this);
    statusLabel->setBuddy(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(
            static_cast<TokenFilterModel::StatusFilter>(m_status->currentData().toInt()));
        Q_EMIT filterChanged();
    });
    m_matches->setObjectName(QStringLiteral("matchCountLabel"));
    m_matches->setTextFormat(Qt::PlainText);
    // The proxy tells every change of what is shown in one signal, so this stays cheap.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &FilterBar::updateMatches);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FilterBar::updateMatches);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &FilterBar::updateMatches);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &FilterBar::updateMatches);
    row->addWidget(searchLabel);
    row->addWidget(m_search, 1);
    row->addWidget(m_matches);
    row->addSpacing(12);
    row->addWidget(statusLabel);
    row->addWidget(m_status);
    setTabOrder(m_search, m_status);

    // Counts follow the model at once, then at most every 100 ms while changes keep coming (a
    // first load brings a page every few milliseconds).
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(100);
    connect(&m_countTimer, &QTimer::timeout, this, [this] {
        if (std::exchange(m_countsPending, false)) {
            updateCounts();
            m_countTimer.start();
        }
    });
    const auto later = [this] {
        if (m_countTimer.isActive()) {
            m_countsPending = true;
            return;
        }
        updateCounts();
        m_countTimer.start();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_model, &QAbstractItemModel::modelReset, this, later);
    connect(m_model, &QAbstractItemModel::dataChanged, this, later);
    updateCounts();
    updateMatches();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::reset()
{
    m_search->clear();
    m_status->setCurrentIndex(0);
}

void FilterBar::updateMatches()
{
    const int shown = m_filter->rowCount();
    const int total = m_filter->totalCount();
    const QLocale locale;
    m_matches->setText(shown == total ? tr("%Ln token(s)", nullptr, total)
                                      : tr("%1 of %2").arg(locale.toString(shown),
                                                           locale.toString(total)));
}

void FilterBar::updateCounts()
{
    const TokenFilterModel::StatusCounts counts = m_filter->statusCounts();
    const QString labels[kFilterCount] = {
        tr("All (%1)"),
        tr("Active (%1)"),
        tr("Expiring within %1 (%2)").arg(UiText::days(m_filter->expiringWithinDays())),
        tr("Disabled (%1)"),
        tr("Disabled for inactivity (%1)"),
    };
    for (int i = 0; i < kFilterCount; ++i)
        m_status->setItemText(i, labels[i].arg(counts.of(kFilters[i])));
    Q_EMIT filterChanged();
}

} // namespace TokenConsole
