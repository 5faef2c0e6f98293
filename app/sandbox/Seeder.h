// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace TokenConsole::Sandbox {

class Database;

// Fills an empty database: "demo" (the documented demo accounts), "none", or "bulk:N" (one
// Connect client with N users, each with a token, for benchmarks). Runs in one transaction.
class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(Seeder)

public:
    static constexpr qint64 bulkClientId = 30001;
    static constexpr int maxBulk = 1'000'000;

    static bool isValid(const QString& seed, QString* error);
    // Seeds only when the database holds no data, checked inside the seeding transaction so
    // two processes starting on one empty folder can't both seed. *applied says whether it did.
    static bool apply(Database& db, const QString& seed, qint64 now, QString* error,
                      bool* applied = nullptr);

private:
    static bool seedDemo(Database& db, qint64 now);
    static bool seedBulk(Database& db, int count, qint64 now);
};

} // namespace TokenConsole::Sandbox
