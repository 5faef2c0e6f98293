// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "direct/InventoryEntry.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <optional>

namespace TokenConsole {

// The local inventory of one `on24` profile: which token pairs the admin added and what the
// console knows about each (see InventoryEntry). SQLite in the application data folder, folder
// 0700 and files 0600 whatever the umask, never a secret. Several instances (windows, the CLI)
// may open the same profile; each sees the others' writes.
//
// Every failing call returns false (Failed) and, when `error` is given, a translated sentence
// saying what happened and what to do.
class On24Inventory
{
    Q_DECLARE_TR_FUNCTIONS(TokenConsole::On24Inventory)

public:
    enum class AddResult { Added, AlreadyPresent, Failed };

    explicit On24Inventory(QString profileName);
    ~On24Inventory();
    On24Inventory(const On24Inventory&) = delete;
    On24Inventory& operator=(const On24Inventory&) = delete;

    static QString directory(); // <AppDataLocation>/inventory
    // One file per profile inside directory(), whatever characters the name holds.
    static QString databasePath(const QString& profileName);
    // The OS user name, recorded as addedBy when an entry is added without one.
    static QString currentUserName();

    QString profileName() const { return m_profileName; }
    bool open(QString* error);
    bool isOpen() const;

    // Ordered by name, then key. Empty when not open or unreadable (the reason is logged).
    QVector<InventoryEntry> entries() const;
    std::optional<InventoryEntry> entry(const QString& key) const;
    bool contains(const QString& key) const;

    // An invalid addedAt becomes now, an empty addedBy currentUserName(). AlreadyPresent leaves
    // the stored entry as it was and sets `error` to a sentence saying so.
    AddResult add(const InventoryEntry& entry, QString* error);
    // Replaces every field of the entry with this key; false when there is none.
    bool update(const InventoryEntry& entry, QString* error);
    bool remove(const QString& key, QString* error);

    // Records a verify made at `at`. "works": status Works, lastActivityAt = at (source Verify),
    // no retry delay. "deactivated" and "wrong_pair" set that status. "quota" keeps the status
    // and sets retryNotBefore to an hour later. Other known outcomes keep the status. An unknown
    // outcome id records nothing and fails.
    bool recordVerify(const QString& key, const QDateTime& at, const QString& outcome,
                      const QString& message, QString* error);
    // Records who switched keep-alive and when; switching to the current state changes nothing.
    bool setKeepAlive(const QString& key, bool on, const QString& by, const QDateTime& at,
                      QString* error);

    // Deletes the profile's inventory file (true when there is none).
    static bool removeProfile(const QString& profileName, QString* error);

private:
    QString m_profileName;
    QString m_connectionName;
    bool m_open = false;
};

} // namespace TokenConsole
