// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace TokenConsole {

// The last token list each profile loaded, on disk, so the console can show it when the
// platform cannot be reached (and `list --offline` can print it). One JSON file per profile in
// a private folder (0700) of the application's data folder, each file 0600. It holds what the
// table shows - never a secret: tokens carry none, and the account and list are all there is.
class TokenListCache
{
    Q_DECLARE_TR_FUNCTIONS(TokenConsole::TokenListCache)

public:
    struct Entry
    {
        QString profile;
        Account account;
        TokenList tokens;
        QDateTime savedAt; // when the list was loaded from the platform (UTC)
    };

    // `folder` empty: <AppLocalDataLocation>/token-lists.
    explicit TokenListCache(const QString& folder = {});

    QString folder() const { return m_folder; }
    QString fileFor(const QString& profile) const;

    bool save(const Entry& entry, QString* error = nullptr) const;
    std::optional<Entry> load(const QString& profile, QString* error = nullptr) const;
    void remove(const QString& profile) const;

private:
    QString m_folder;
};

} // namespace TokenConsole
