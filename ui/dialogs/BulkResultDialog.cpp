// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/BulkResultDialog.h"

#include "session/BulkRun.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace TokenConsole {

namespace {

QString actionTitle(BulkRun::Action action)
{
    switch (action) {
    case BulkRun::Action::Disable:
        return BulkResultDialog::tr("Disable Tokens");
    case BulkRun::Action::Enable:
        return BulkResultDialog::tr("Enable Tokens");
    case BulkRun::Action::Verify:
        return BulkResultDialog::tr("Verify Tokens");
    }
    return {};
}

} // namespace

BulkResultDialog::BulkResultDialog(BulkRun* run, QWidget* parent)
    : QDialog(parent), m_run(run), m_summary(new QLabel(this)),
      m_table(new QTableWidget(int(run->items().size()), 2, this))
{
    run->setParent(this);
    setObjectName(QStringLiteral("bulkResultDialog"));
    setWindowTitle(actionTitle(run->action()));
    auto* layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("bulkSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table->setObjectName(QStringLiteral("bulkResultTable"));
    m_table->setAccessibleName(tr("Result per token"));
    m_table->setHorizontalHeaderLabels({tr("Token"), tr("Result")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(0, fontMetrics().horizontalAdvance(QLatin1Char('W')) * 16);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("&Retry Failed"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryFailedButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(m_retry, &QPushButton::clicked, m_run, &BulkRun::retryFailed);
    connect(m_retry, &QPushButton::clicked, this, &BulkResultDialog::updateState);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    // Closing while calls are under way stops the rest; the call in flight still ends.
    connect(this, &QDialog::rejected, m_run, &BulkRun::cancel);

    connect(m_run, &BulkRun::itemChanged, this, &BulkResultDialog::showItem);
    connect(m_run, &BulkRun::finished, this, &BulkResultDialog::onFinished);
    for (int i = 0; i < m_run->items().size(); ++i)
        showItem(i);
    updateState();
    resize(560, 360);
}

QString BulkResultDialog::summary() const
{
    using State = BulkRun::Item::State;
    const int done = m_run->count(State::Done);
    const int failed = m_run->count(State::Failed);
    const int skipped = m_run->count(State::Skipped);
    const int left = m_run->count(State::Pending) + m_run->count(State::Running);
    QString text = tr("%1 done, %2 failed, %3 skipped").arg(done).arg(failed).arg(skipped);
    if (left > 0)
        text += QLatin1String(", ") + tr("%1 to go").arg(left);
    return text + QLatin1Char('.');
}

void BulkResultDialog::showItem(int index)
{
    using State = BulkRun::Item::State;
    const BulkRun::Item& item = m_run->items().at(index);
    QString result;
    switch (item.state) {
    case State::Pending:
        result = tr("Waiting");
        break;
    case State::Running:
        result = tr("Working…");
        break;
    case State::Done:
        switch (m_run->action()) {
        case BulkRun::Action::Disable:
            result = tr("Disabled");
            break;
        case BulkRun::Action::Enable:
            result = tr("Enabled");
            break;
        case BulkRun::Action::Verify:
            result = tr("Works: %1").arg(item.message);
            break;
        }
        break;
    case State::Failed:
        result = tr("Failed: %1").arg(item.message);
        break;
    case State::Skipped:
        result = tr("Skipped: %1").arg(item.message);
        break;
    }
    auto* name = new QTableWidgetItem(item.token.name);
    name->setData(Qt::UserRole, item.token.id);
    name->setToolTip(item.token.login);
    auto* outcome = new QTableWidgetItem(result);
    outcome->setData(Qt::UserRole, int(item.state));
    outcome->setToolTip(result);
    m_table->setItem(index, 0, name);
    m_table->setItem(index, 1, outcome);
    updateState();
}

void BulkResultDialog::onFinished()
{
    updateState();
}

void BulkResultDialog::updateState()
{
    m_summary->setText(summary());
    m_retry->setEnabled(!m_run->isRunning() && m_run->count(BulkRun::Item::State::Failed) > 0);
}

} // namespace TokenConsole
