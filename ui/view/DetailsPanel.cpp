// SPDX-License-Identifier: GPL-3.0-or-later
#include "view/DetailsPanel.h"

#include "platform/Platform.h"
#include "session/ConsoleSession.h"
#include "text/DateText.h"
#include "text/TokenNameRules.h"
#include "text/TokenWording.h"
#include "text/UiText.h"
#include "api/ApiJob.h"
#include "model/TokenTableModel.h"
#include "policy/InactivityPolicy.h"
#include "view/BandStyle.h"
#include "view/UsageSection.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace TokenConsole {

namespace {

QString formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return DetailsPanel::tr("never");
    return DateText::dateTime(time);
}

} // namespace

DetailsPanel::DetailsPanel(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_title(new QLabel(this)),
      m_form(new QFormLayout), m_tabs(new QTabWidget(this)), m_activity(new QTreeWidget(this)),
      m_audit(new QTreeWidget(this)), m_historyStatus(new QLabel(this)),
      m_usage(new UsageSection(this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    setAccessibleName(tr("Token details"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto* empty = new QLabel(tr("Select a token to see its details, activity and history."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    empty->setMargin(12);
    m_stack->addWidget(empty);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 6, 6, 6);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(1);
    layout->addLayout(m_form);
    layout->addWidget(m_usage);
    m_graceTicker.setInterval(60 * 1000);
    connect(&m_graceTicker, &QTimer::timeout, this, [this] {
        if (m_token)
            fill();
    });

    addField(tr("Status:"), QStringLiteral("status"));
    addField(tr("Auto-disable:"), QStringLiteral("autoDisable"));
    addField(tr("Last activity:"), QStringLiteral("lastActivity"));
    addField(tr("Inactive since:"), QStringLiteral("inactiveSince"));
    addField(tr("Owner:"), QStringLiteral("owner"));
    addField(tr("Login:"), QStringLiteral("login"));
    addField(tr("Keep-alive:"), QStringLiteral("keepAlive"));
    addField(tr("Last verify:"), QStringLiteral("lastVerify"));
    addField(tr("Notes:"), QStringLiteral("notes"));
    addField(tr("Access:"), QStringLiteral("access"));
    m_key = addCopyableField(tr("Key:"), QStringLiteral("key"));
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addField(tr("Secret:"), QStringLiteral("secret"));
    addField(tr("Rotated:"), QStringLiteral("rotation"));
    addField(tr("Created:"), QStringLiteral("created"));
    addField(tr("Disabled:"), QStringLiteral("disabled"));
    addField(tr("Version:"), QStringLiteral("version"));
    m_id = addCopyableField(tr("Id:"), QStringLiteral("id"));

    m_activity->setObjectName(QStringLiteral("activityList"));
    m_activity->setAccessibleName(tr("Recent API activity"));
    m_activity->setHeaderLabels({tr("Time"), tr("Request"), tr("Result")});
    m_audit->setObjectName(QStringLiteral("auditList"));
    m_audit->setAccessibleName(tr("Audit entries for this token"));
    m_audit->setHeaderLabels({tr("Time"), tr("Who"), tr("What"), tr("Detail")});
    for (QTreeWidget* list : {m_activity, m_audit}) {
        list->setRootIsDecorated(false);
        list->setUniformRowHeights(true);
        list->setAlternatingRowColors(true);
        list->header()->setStretchLastSection(false);
        list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        list->setMinimumHeight(fontMetrics().height() * 6);
    }
    // The request path and the audit detail take what the time and names leave.
    m_activity->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_audit->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_tabs->addTab(m_activity, tr("&Activity"));
    m_tabs->addTab(m_audit, tr("A&udit"));
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);
    m_historyStatus->setWordWrap(true);
    m_historyStatus->setVisible(false);
    layout->addWidget(m_historyStatus);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    // Fields wrap or scroll inside themselves; the panel itself only scrolls vertically.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
}

QLabel* DetailsPanel::addField(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName + QStringLiteral("Value"));
    // Selectable with the mouse; only the key and the id also take keyboard focus (to copy
    // them), so Tab does not have to walk through every field.
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    addRows(label, value);
    m_fields.insert(objectName, value);
    return value;
}

QLineEdit* DetailsPanel::addCopyableField(const QString& label, const QString& objectName)
{
    // A frameless read-only line edit: long unbreakable values (the key) scroll inside it
    // instead of widening the panel, and it can be focused and copied from the keyboard.
    auto* value = new QLineEdit(this);
    value->setObjectName(objectName + QStringLiteral("Value"));
    value->setReadOnly(true);
    value->setFrame(false);
    value->setAccessibleName(label);
    QPalette palette = value->palette();
    palette.setColor(QPalette::Base, Qt::transparent);
    value->setPalette(palette);
    value->setTextMargins(-2, 0, 0, 0);
    value->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
    addRows(label, value);
    return value;
}

void DetailsPanel::addRows(const QString& label, QWidget* value)
{
    // Each caption above its value, both the panel's full width: beside each other, long
    // German, French or Japanese captions left the values too little room in a panel a third
    // of a 1024-pixel window wide, and QFormLayout's own wrapping (Qt 6.4) overlaps rows
    // around hidden ones. So captions never cut and values wrap at the full width.
    auto* caption = new QLabel(label, this);
    caption->setBuddy(value);
    caption->setWordWrap(true);
    if (m_form->rowCount() > 0)
        caption->setContentsMargins(0, 4, 0, 0);
    m_form->addRow(caption);
    m_form->addRow(value);
    m_captions.insert(value, caption);
}

void DetailsPanel::setRowShown(QWidget* value, bool shown)
{
    m_form->setRowVisible(value, shown);
    if (QLabel* caption = m_captions.value(value))
        m_form->setRowVisible(caption, shown);
}

void DetailsPanel::setSession(ConsoleSession* session)
{
    m_session = session;
    m_usage->setSession(session);
    setToken(std::nullopt);
}

void DetailsPanel::setNarrowAccessAction(QAction* action)
{
    m_usage->setNarrowAccessAction(action);
}

void DetailsPanel::setToken(const std::optional<Token>& token)
{
    const bool sameToken = token && m_token && token->id == m_token->id;
    const bool changed = !sameToken || token->version != m_token->version ||
                         token->lastActivityAt != m_token->lastActivityAt;
    m_token = token;
    m_usage->setToken(token);
    if (!token) {
        m_graceTicker.stop();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    fill();
    if (changed)
        fetch();
}

void DetailsPanel::reload()
{
    if (m_token)
        fetch();
}

void DetailsPanel::fill()
{
    const Token& token = *m_token;
    m_title->setText(TokenNameRules::visible(token.name));
    QString status = TokenWording::statusLong(token);
    if (!token.lastVerifyMessage.isEmpty())
        status = tr("%1 (ON24 said: “%2”)").arg(status, token.lastVerifyMessage);
    m_fields[QStringLiteral("status")]->setText(status);

    QString autoDisable = tr("— (disabled)");
    QString inactive;
    if (m_session && !TokenWording::hasKnownActivity(token)) {
        inactive = tr("Unknown");
        autoDisable = token.isActive() ? tr("Unknown: no activity of this token is known here")
                                       : autoDisable;
    } else if (m_session) {
        const QDateTime now = m_session->now();
        const auto policy = m_session->account().policy;
        inactive = tr("%1 (%2 ago)")
                       .arg(formatTime(token.inactiveSince),
                            UiText::days(InactivityPolicy::daysInactive(token.inactiveSince, now)));
        if (token.isActive() && TokenWording::isWorstCase(token)) {
            autoDisable = tr("%1 at the latest, %2 — %3")
                              .arg(formatTime(InactivityPolicy::autoDisableAt(token, policy)),
                                   TokenWording::countdown(
                                       token, InactivityPolicy::daysLeft(token, policy, now)),
                                   BandStyle::label(InactivityPolicy::band(token, policy, now)));
        } else if (token.isActive()) {
            const int left = InactivityPolicy::daysLeft(token, policy, now);
            const auto band = InactivityPolicy::band(token, policy, now);
            autoDisable = tr("%1, in %2 — %3")
                              .arg(formatTime(InactivityPolicy::autoDisableAt(token, policy)),
                                   UiText::days(left), BandStyle::label(band));
        }
    }
    // A warning names whom to tell.
    if (const QString tell = TokenWording::tellOwner(token); m_session && !tell.isEmpty()
        && token.isActive()
        && InactivityPolicy::band(token, m_session->account().policy, m_session->now())
               != InactivityPolicy::Band::None)
        autoDisable = tr("%1 — %2").arg(autoDisable, tell);
    m_fields[QStringLiteral("autoDisable")]->setText(autoDisable);
    const QString source = TokenWording::activitySource(token);
    m_fields[QStringLiteral("lastActivity")]->setText(
        source.isEmpty() || !token.lastActivityAt.isValid()
            ? (token.lastActivityAt.isValid() ? formatTime(token.lastActivityAt)
                                              : TokenWording::lastActivity(token))
            : tr("%1 (known from %2)").arg(formatTime(token.lastActivityAt), source));
    m_fields[QStringLiteral("inactiveSince")]->setText(inactive);
    m_fields[QStringLiteral("login")]->setText(token.login);
    m_fields[QStringLiteral("access")]->setText(TokenWording::access(token));
    m_fields[QStringLiteral("owner")]->setText(token.owner.isEmpty() ? tr("—") : token.owner);
    m_fields[QStringLiteral("notes")]->setText(token.notes.isEmpty() ? tr("—") : token.notes);
    m_fields[QStringLiteral("keepAlive")]->setText(
        token.keepAlive ? tr("On, turned on by %1 on %2")
                              .arg(token.keepAliveBy, formatTime(token.keepAliveChangedAt))
                        : tr("Off"));
    m_fields[QStringLiteral("lastVerify")]->setText(
        token.lastVerifiedAt.isValid()
            ? tr("%1: %2").arg(formatTime(token.lastVerifiedAt), token.lastVerifyOutcome)
            : tr("Never"));
    if (m_session) {
        const Platform* platform = m_session->platform();
        for (const auto& [field, capability] :
             {std::pair{QStringLiteral("owner"), Capability::EditOwner},
              std::pair{QStringLiteral("notes"), Capability::EditOwner},
              std::pair{QStringLiteral("keepAlive"), Capability::KeepAlive},
              std::pair{QStringLiteral("lastVerify"), Capability::KeepAlive},
              std::pair{QStringLiteral("access"), Capability::Provision},
              std::pair{QStringLiteral("version"), Capability::Provision}}) {
            setRowShown(m_fields[field], platform->offers(capability));
        }
    }
    m_key->setText(token.key);
    m_key->setCursorPosition(0);
    const bool held = m_session && m_session->platform()->holdsSecret(token.key);
    m_fields[QStringLiteral("secret")]->setText(
        held ? tr("In this computer's keychain")
             : tr("Not on this computer (only the integration holds it)"));
    const QDateTime now = m_session ? m_session->now() : QDateTime::currentDateTimeUtc();
    const QString grace = TokenWording::rotationGrace(token, now);
    QLabel* rotation = m_fields[QStringLiteral("rotation")];
    rotation->setText(!grace.isEmpty() ? tr("%1. %2").arg(formatTime(token.rotatedAt), grace)
                      : token.rotatedAt.isValid() ? formatTime(token.rotatedAt)
                                                  : tr("Never"));
    const bool rotates = m_session && m_session->platform()->offers(Capability::Rotate);
    rotation->setVisible(rotates);
    if (QWidget* label = m_form->labelForField(rotation))
        label->setVisible(rotates);
    if (grace.isEmpty())
        m_graceTicker.stop();
    else if (!m_graceTicker.isActive())
        m_graceTicker.start();
    m_fields[QStringLiteral("created")]->setText(
        tr("%1 by %2").arg(formatTime(token.createdAt), token.createdBy));
    QString disabled = tr("—");
    if (!token.isActive())
        disabled = formatTime(token.disabledAt);
    m_fields[QStringLiteral("disabled")]->setText(disabled);
    m_fields[QStringLiteral("version")]->setText(QString::number(token.version));
    m_id->setText(token.id);
    m_id->setCursorPosition(0);
}

void DetailsPanel::fetch()
{
    if (!m_session || !m_token)
        return;
    const Platform* platform = m_session->platform();
    m_tabs->setVisible(platform->offers(Capability::ActivityLog));
    if (!platform->offers(Capability::ActivityLog)) {
        Q_EMIT loaded();
        return;
    }
    if (m_activityJob)
        m_activityJob->cancel();
    if (m_auditJob)
        m_auditJob->cancel();
    m_activity->clear();
    m_audit->clear();
    m_historyStatus->setVisible(false);
    m_pending = 2;
    // Answers to an earlier selection (even canceled ones) must not touch this one's lists.
    const int generation = ++m_generation;
    auto settle = [this] {
        if (--m_pending == 0)
            Q_EMIT loaded();
    };
    auto showError = [this](const ApiError& error) {
        m_historyStatus->setText(tr("Could not load the history: %1").arg(error.userMessage()));
        m_historyStatus->setVisible(true);
    };
    m_activityJob = m_session->platform()->activity(
        *m_token, 50, this,
        [this, generation, settle, showError](const Result<QVector<ActivityEntry>>& result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                if (result.error.kind() != ApiError::Kind::Canceled)
                    showError(result.error);
            } else {
                for (const ActivityEntry& entry : result.value) {
                    auto* item = new QTreeWidgetItem(m_activity,
                                                     {formatTime(entry.at),
                                                      entry.method + QLatin1Char(' ') + entry.path,
                                                      QString::number(entry.status)});
                    item->setToolTip(1, item->text(1));
                }
                if (result.value.isEmpty())
                    new QTreeWidgetItem(m_activity, {tr("No API calls recorded.")});
            }
            settle();
        });
    m_auditJob = m_session->platform()->audit(
        &*m_token, 200, this,
        [this, generation, settle, showError](const Result<QVector<AuditEntry>>& result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                if (result.error.kind() != ApiError::Kind::Canceled)
                    showError(result.error);
            } else {
                for (const AuditEntry& entry : result.value) {
                    auto* item = new QTreeWidgetItem(
                        m_audit, {formatTime(entry.at), entry.actor, entry.action, entry.detail});
                    item->setToolTip(3, entry.detail);
                }
                if (m_audit->topLevelItemCount() == 0)
                    new QTreeWidgetItem(m_audit, {tr("No audit entries.")});
            }
            settle();
        });
}

} // namespace TokenConsole
