// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace TokenConsole {

// The token list. refresh() merges by token id: inserts, removes and dataChanged over exact
// ranges, never a reset, so selection and scroll survive.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        LoginColumn,
        AccessColumn,
        KeyColumn,
        StatusColumn,
        LastActivityColumn,
        DaysInactiveColumn,
        AutoDisableColumn,
        CreatedColumn,
        LocalSecretColumn,
        OwnerColumn,
        KeepAliveColumn,
        LastVerifiedColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole + 1,  // typed raw value per column
        IdRole,                       // QString token id
        BandRole,                     // int(InactivityPolicy::Band)
        DaysLeftRole,                 // int, -1 when disabled
        TokenRole,                    // QVariant<Token>
    };

    explicit TokenTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void refresh(const TokenList& tokens);  // merge by id
    // A page of a first load: tokens not listed yet go to the end (known ids are merged).
    void append(const TokenList& tokens);
    void upsert(const Token& token);        // one token changed (rename, disable, ...)
    void remove(const QString& id);         // one token is gone (forgotten)
    void clear();

    void setPolicy(const InactivityPolicySettings& policy);
    InactivityPolicySettings policy() const { return m_policy; }
    // "Now" for every countdown; the view ticks it (skew-corrected).
    void setNow(const QDateTime& now);
    QDateTime now() const { return m_now; }
    // Token keys whose secret this computer's keychain holds.
    void setLocalSecretKeys(const QSet<QString>& keys);

    const Token& token(int row) const { return m_tokens.at(row); }
    Token token(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& id, int column = 0) const;
    const TokenList& tokens() const { return m_tokens; }

Q_SIGNALS:
    // Bracket the dataChanged signals of one refresh (or tick) that touches many rows, so a
    // sorting proxy can re-sort once instead of once per row.
    void batchAboutToChange(int rows);
    void batchChanged();

private:
    unsigned changes(const Token& from, const Token& to) const;  // bit per changed column

    TokenList m_tokens;
    QHash<QString, int> m_rowById;
    InactivityPolicySettings m_policy;
    QDateTime m_now;
    QSet<QString> m_localSecretKeys;
};

} // namespace TokenConsole
