// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/TokenTableModel.h"

#include "policy/InactivityPolicy.h"
#include "text/DateText.h"
#include "text/TokenNameRules.h"
#include "text/TokenWording.h"

#include <QLocale>
#include <limits>

namespace TokenConsole {

namespace {

using Mask = unsigned;

Mask bit(int column)
{
    return 1u << column;
}

// Which columns show a difference between two versions of one token.
Mask changedColumns(const Token& a, const Token& b)
{
    using M = TokenTableModel;
    Mask m = 0;
    if (a.name != b.name)
        m |= bit(M::NameColumn);
    if (a.login != b.login || a.userId != b.userId)
        m |= bit(M::LoginColumn);
    if (a.allEndpoints != b.allEndpoints || a.accessAreas != b.accessAreas)
        m |= bit(M::AccessColumn);
    if (a.key != b.key)
        m |= bit(M::KeyColumn) | bit(M::LocalSecretColumn);
    if (a.status != b.status || a.disabledReason != b.disabledReason || a.disabledAt != b.disabledAt)
        m |= bit(M::StatusColumn) | bit(M::AutoDisableColumn);
    if (a.lastActivityAt != b.lastActivityAt)
        m |= bit(M::LastActivityColumn);
    if (a.inactiveSince != b.inactiveSince)
        m |= bit(M::DaysInactiveColumn) | bit(M::AutoDisableColumn);
    if (a.autoDisableAt != b.autoDisableAt)
        m |= bit(M::AutoDisableColumn);
    if (a.createdAt != b.createdAt || a.createdBy != b.createdBy)
        m |= bit(M::CreatedColumn);
    if (a.pairState != b.pairState)
        m |= bit(M::StatusColumn);
    if (a.activitySource != b.activitySource)
        m |= bit(M::LastActivityColumn) | bit(M::AutoDisableColumn);
    if (a.owner != b.owner)
        m |= bit(M::OwnerColumn);
    if (a.keepAlive != b.keepAlive)
        m |= bit(M::KeepAliveColumn);
    if (a.lastVerifiedAt != b.lastVerifiedAt || a.lastVerifyOutcome != b.lastVerifyOutcome)
        m |= bit(M::LastVerifiedColumn);
    return m;
}

int firstColumn(Mask m)
{
    return m ? __builtin_ctz(m) : -1;
}

int lastColumn(Mask m)
{
    return m ? 31 - __builtin_clz(m) : -1;
}

// Calls emitRun(first, last, key) once per run of consecutive rows that share a key, so each
// run is one dataChanged signal. `rows` is sorted by row.
template <typename Key, typename EmitRun>
void forEachRun(const QVector<std::pair<int, Key>>& rows, EmitRun emitRun)
{
    int first = -1, last = -1;
    Key key{};
    for (const auto& [row, rowKey] : rows) {
        if (first >= 0 && row == last + 1 && rowKey == key) {
            last = row;
            continue;
        }
        if (first >= 0)
            emitRun(first, last, key);
        first = last = row;
        key = rowKey;
    }
    if (first >= 0)
        emitRun(first, last, key);
}

QString shortDateTime(const QDateTime& t)
{
    return DateText::dateTime(t);
}

} // namespace

// The columns to announce: those that differ, or the whole row when its band (which a
// delegate paints across every column) moves.
unsigned TokenTableModel::changes(const Token& from, const Token& to) const
{
    if (InactivityPolicy::band(from, m_policy, m_now) != InactivityPolicy::band(to, m_policy, m_now))
        return (1u << ColumnCount) - 1;
    return changedColumns(from, to);
}

TokenTableModel::TokenTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_now(QDateTime::currentDateTimeUtc())
{
}

int TokenTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokenTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Token& t = m_tokens.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            // A name a server sent with direction or zero-width controls shows them.
            return TokenNameRules::visible(t.name);
        case LoginColumn:
            return t.login;
        case AccessColumn:
            return TokenWording::access(t);
        case KeyColumn:
            return t.key;
        case StatusColumn:
            return TokenWording::status(t);
        case LastActivityColumn:
            return TokenWording::lastActivity(t);
        case DaysInactiveColumn:
            if (!TokenWording::hasKnownActivity(t))
                return QString();
            return InactivityPolicy::daysInactive(t.inactiveSince, m_now);
        case AutoDisableColumn:
            return TokenWording::countdown(t, InactivityPolicy::daysLeft(t, m_policy, m_now));
        case CreatedColumn:
            return shortDateTime(t.createdAt);
        case LocalSecretColumn:
            return m_localSecretKeys.contains(t.key) ? tr("Yes") : tr("No");
        case OwnerColumn:
            return t.owner;
        case KeepAliveColumn:
            return TokenWording::keepAlive(t);
        case LastVerifiedColumn:
            return TokenWording::lastVerify(t);
        }
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return t.name;
        case LoginColumn:
            return t.login;
        case AccessColumn:
            return t.allEndpoints ? QString() : t.accessAreas.join(QLatin1Char(','));
        case KeyColumn:
            return t.key;
        case StatusColumn:
            return int(t.status) * 2 + (t.disabledReason == Token::DisabledReason::Inactivity ? 1 : 0);
        case LastActivityColumn:
            return t.lastActivityAt.isValid() ? t.lastActivityAt.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::min();
        case DaysInactiveColumn:
            return InactivityPolicy::daysInactive(t.inactiveSince, m_now);
        case AutoDisableColumn:
            // Disabled tokens have no countdown: they sort after every active one.
            return t.isActive() ? InactivityPolicy::daysLeft(t, m_policy, m_now)
                                : std::numeric_limits<int>::max();
        case CreatedColumn:
            return t.createdAt.toMSecsSinceEpoch();
        case LocalSecretColumn:
            return m_localSecretKeys.contains(t.key);
        case OwnerColumn:
            return t.owner;
        case KeepAliveColumn:
            return t.keepAlive;
        case LastVerifiedColumn:
            return t.lastVerifiedAt.isValid() ? t.lastVerifiedAt.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::min();
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case LastActivityColumn:
            if (t.lastActivityAt.isValid() && TokenWording::isWorstCase(t))
                return tr("Latest activity known here: %1, from %2. ON24 does not show other "
                          "callers' activity, so the token may have been used since.")
                    .arg(DateText::dateTime(t.lastActivityAt),
                         TokenWording::activitySource(t));
            if (t.activitySource == Token::ActivitySource::None)
                return tr("No activity is known: verify the token, or type the Last Activity "
                          "date ON24's page shows.");
            return t.lastActivityAt.isValid()
                ? tr("Last successful API call: %1").arg(DateText::dateTime(t.lastActivityAt))
                : tr("This token has never been used.");
        case StatusColumn: {
            QString tip = t.lastVerifyMessage.isEmpty()
                ? TokenWording::statusLong(t)
                : tr("%1. Last verify: %2").arg(TokenWording::status(t), t.lastVerifyMessage);
            // A rotation's grace counts down here, read at hover time against the model's now.
            if (const QString grace = TokenWording::rotationGrace(t, m_now); !grace.isEmpty())
                tip += QLatin1Char('\n') + grace;
            return tip;
        }
        case OwnerColumn:
            // The notes say what the owner runs; they have no column of their own.
            return t.notes.isEmpty() ? t.owner : t.owner + QStringLiteral("\n\n") + t.notes;
        case KeepAliveColumn:
            return t.keepAlive ? tr("Kept alive: turned on by %1 on %2.")
                                     .arg(t.keepAliveBy,
                                          DateText::dateTime(t.keepAliveChangedAt))
                               : tr("Not kept alive: the token is disabled after its days "
                                    "without activity, as ON24 intends.");
        case DaysInactiveColumn:
            return tr("Inactive since %1").arg(DateText::dateTime(t.inactiveSince));
        case AutoDisableColumn: {
            if (!t.isActive())
                return t.disabledAt.isValid()
                    ? tr("Disabled on %1").arg(DateText::dateTime(t.disabledAt))
                    : tr("Disabled");
            if (!TokenWording::hasKnownActivity(t))
                return tr("Unknown: no activity of this token is known here.");
            if (TokenWording::isWorstCase(t))
                return tr("At the latest on %1, 60 days after the last activity known here; "
                          "calls by others may have moved it later.")
                    .arg(DateText::dateTime(InactivityPolicy::autoDisableAt(t, m_policy)));
            return tr("Disabled automatically on %1 unless the token is used before then.")
                .arg(DateText::dateTime(InactivityPolicy::autoDisableAt(t, m_policy)));
        }
        case CreatedColumn:
            return tr("Created by %1 on %2").arg(t.createdBy, DateText::dateTime(t.createdAt));
        case LocalSecretColumn:
            return m_localSecretKeys.contains(t.key)
                ? tr("This computer's keychain holds the secret, so the token can be verified here.")
                : tr("The secret is not stored on this computer.");
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::AccessibleTextRole:
        // What a screen reader says must carry what the delegates only draw.
        if (column == AutoDisableColumn)
            return TokenWording::countdownSpoken(
                t, InactivityPolicy::daysLeft(t, m_policy, m_now),
                int(InactivityPolicy::band(t, m_policy, m_now)));
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == DaysInactiveColumn || column == AutoDisableColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case IdRole:
        return t.id;
    case BandRole:
        return int(InactivityPolicy::band(t, m_policy, m_now));
    case DaysLeftRole:
        return InactivityPolicy::daysLeft(t, m_policy, m_now);
    case TokenRole:
        return QVariant::fromValue(t);
    default:
        break;
    }
    return {};
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LoginColumn:
        return tr("Login");
    case AccessColumn:
        return tr("Access");
    case KeyColumn:
        return tr("Key");
    case StatusColumn:
        return tr("Status");
    case LastActivityColumn:
        return tr("Last activity");
    case DaysInactiveColumn:
        return tr("Days inactive");
    case AutoDisableColumn:
        return tr("Auto-disable in");
    case CreatedColumn:
        return tr("Created");
    case LocalSecretColumn:
        return tr("Secret on this computer");
    case OwnerColumn:
        return tr("Owner");
    case KeepAliveColumn:
        return tr("Keep-alive");
    case LastVerifiedColumn:
        return tr("Last verify");
    }
    return {};
}

void TokenTableModel::refresh(const TokenList& tokens)
{
    if (m_tokens.isEmpty()) {
        // First load: one insert, and the list is shared rather than copied.
        if (tokens.isEmpty())
            return;
        beginInsertRows({}, 0, int(tokens.size()) - 1);
        m_tokens = tokens;
        m_rowById.reserve(tokens.size());
        for (int row = 0; row < int(m_tokens.size()); ++row)
            m_rowById.insert(m_tokens.at(row).id, row);
        endInsertRows();
        return;
    }

    // 1. Match every incoming token to its row. A refresh usually lists tokens in the same
    //    order as last time, so the same position is tried before the id hash.
    const int incomingCount = int(tokens.size());
    QVector<int> rowOf(incomingCount, -1);
    QVector<bool> seen(m_tokens.size(), false);
    int matched = 0;
    for (int i = 0; i < incomingCount; ++i) {
        const QString& id = tokens.at(i).id;
        int row = -1;
        if (i < int(m_tokens.size()) && m_tokens.at(i).id == id) {
            row = i;
        } else {
            const auto it = m_rowById.constFind(id);
            if (it != m_rowById.constEnd())
                row = *it;
        }
        if (row >= 0 && seen.at(row)) {
            rowOf[i] = -2;  // a duplicate id in the answer: the first one wins
            continue;
        }
        if (row >= 0) {
            seen[row] = true;
            ++matched;
        }
        rowOf[i] = row;
    }

    // 2. Removals, as contiguous ranges from the back so earlier rows keep their numbers.
    if (matched < int(m_tokens.size())) {
        QVector<int> newRow(m_tokens.size());
        int removedBefore = 0;
        for (int row = 0; row < int(m_tokens.size()); ++row) {
            newRow[row] = row - removedBefore;
            if (!seen.at(row))
                ++removedBefore;
        }
        for (int row = int(m_tokens.size()) - 1; row >= 0;) {
            if (seen.at(row)) {
                --row;
                continue;
            }
            const int last = row;
            while (row > 0 && !seen.at(row - 1))
                --row;
            beginRemoveRows({}, row, last);
            m_tokens.remove(row, last - row + 1);
            endRemoveRows();
            --row;
        }
        for (int& row : rowOf) {
            if (row >= 0)
                row = newRow.at(row);
        }
        m_rowById.clear();
        m_rowById.reserve(m_tokens.size());
        for (int row = 0; row < int(m_tokens.size()); ++row)
            m_rowById.insert(m_tokens.at(row).id, row);
    }

    // 3. Changes in place, one dataChanged per run of adjacent rows with the same columns.
    QVector<std::pair<int, Mask>> changed;
    for (int i = 0; i < incomingCount; ++i) {
        const int row = rowOf.at(i);
        if (row < 0)
            continue;
        Token& current = m_tokens[row];
        const Token& t = tokens.at(i);
        if (current == t)
            continue;
        const Mask mask = changes(current, t);
        current = t;
        changed.append({row, mask});
    }
    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        const bool batch = changed.size() > 1;
        if (batch)
            Q_EMIT batchAboutToChange(int(changed.size()));
        forEachRun(changed, [this](int first, int last, Mask mask) {
            if (mask)
                Q_EMIT dataChanged(index(first, firstColumn(mask)), index(last, lastColumn(mask)));
            else  // only a field no column shows (e.g. version) changed
                Q_EMIT dataChanged(index(first, 0), index(last, 0), {TokenRole});
        });
        if (batch)
            Q_EMIT batchChanged();
    }

    // 4. New tokens, appended in one batch.
    int fresh = 0;
    for (int row : rowOf)
        fresh += row == -1 ? 1 : 0;
    if (fresh > 0) {
        const int first = int(m_tokens.size());
        beginInsertRows({}, first, first + fresh - 1);
        m_tokens.reserve(first + fresh);
        for (int i = 0; i < incomingCount; ++i) {
            if (rowOf.at(i) != -1)
                continue;
            m_rowById.insert(tokens.at(i).id, int(m_tokens.size()));
            m_tokens.append(tokens.at(i));
        }
        endInsertRows();
    }
}

void TokenTableModel::append(const TokenList& tokens)
{
    if (m_tokens.isEmpty()) {
        refresh(tokens);
        return;
    }
    TokenList fresh;
    for (const Token& t : tokens) {
        if (m_rowById.contains(t.id))
            upsert(t);
        else
            fresh.append(t);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_tokens.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_tokens.append(fresh);
    for (int row = first; row < int(m_tokens.size()); ++row)
        m_rowById.insert(m_tokens.at(row).id, row);
    endInsertRows();
}

void TokenTableModel::upsert(const Token& token)
{
    const auto it = m_rowById.constFind(token.id);
    if (it == m_rowById.constEnd()) {
        const int row = int(m_tokens.size());
        beginInsertRows({}, row, row);
        m_tokens.append(token);
        m_rowById.insert(token.id, row);
        endInsertRows();
        return;
    }
    const int row = *it;
    Token& current = m_tokens[row];
    if (current == token)
        return;
    const Mask mask = changes(current, token);
    current = token;
    if (mask)
        Q_EMIT dataChanged(index(row, firstColumn(mask)), index(row, lastColumn(mask)));
    else
        Q_EMIT dataChanged(index(row, 0), index(row, 0), {TokenRole});
}

void TokenTableModel::remove(const QString& id)
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.constEnd())
        return;
    const int row = *it;
    beginRemoveRows({}, row, row);
    m_tokens.remove(row);
    m_rowById.remove(id);
    for (auto i = m_rowById.begin(); i != m_rowById.end(); ++i) {
        if (*i > row)
            --*i;
    }
    endRemoveRows();
}

void TokenTableModel::clear()
{
    if (m_tokens.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_tokens.size()) - 1);
    m_tokens.clear();
    m_rowById.clear();
    endRemoveRows();
}

void TokenTableModel::setPolicy(const InactivityPolicySettings& policy)
{
    if (policy.inactivityDays == m_policy.inactivityDays && policy.warningDays == m_policy.warningDays)
        return;
    m_policy = policy;
    if (!m_tokens.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TokenTableModel::setNow(const QDateTime& now)
{
    const QDateTime old = m_now;
    m_now = now;
    if (m_tokens.isEmpty() || !old.isValid() || old == now)
        return;
    // Only rows whose day counts or band moved are announced: a minute's tick changes few.
    QVector<std::pair<int, bool>> moved;  // row, band moved
    for (int row = 0; row < int(m_tokens.size()); ++row) {
        const Token& t = m_tokens.at(row);
        const bool bandMoved = InactivityPolicy::band(t, m_policy, old) != InactivityPolicy::band(t, m_policy, now);
        if (bandMoved
            || InactivityPolicy::daysInactive(t.inactiveSince, old) != InactivityPolicy::daysInactive(t.inactiveSince, now)
            || InactivityPolicy::daysLeft(t, m_policy, old) != InactivityPolicy::daysLeft(t, m_policy, now))
            moved.append({row, bandMoved});
    }
    if (moved.isEmpty())
        return;
    const bool batch = moved.size() > 1;
    if (batch)
        Q_EMIT batchAboutToChange(int(moved.size()));
    forEachRun(moved, [this](int first, int last, bool bandMoved) {
        if (bandMoved)
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        else
            Q_EMIT dataChanged(index(first, DaysInactiveColumn), index(last, AutoDisableColumn));
    });
    if (batch)
        Q_EMIT batchChanged();
}

void TokenTableModel::setLocalSecretKeys(const QSet<QString>& keys)
{
    const QSet<QString> old = m_localSecretKeys;
    m_localSecretKeys = keys;
    for (int row = 0; row < int(m_tokens.size()); ++row) {
        const QString& key = m_tokens.at(row).key;
        if (old.contains(key) != keys.contains(key)) {
            const QModelIndex i = index(row, LocalSecretColumn);
            Q_EMIT dataChanged(i, i);
        }
    }
}

Token TokenTableModel::token(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_tokens.size()))
        return {};
    return m_tokens.at(index.row());
}

QModelIndex TokenTableModel::indexOf(const QString& id, int column) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.constEnd() ? QModelIndex() : index(*it, column);
}

} // namespace TokenConsole
