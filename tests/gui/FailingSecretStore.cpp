// SPDX-License-Identifier: GPL-3.0-or-later
#include "FailingSecretStore.h"

#include <QTimer>

namespace TokenConsole::Testing {

void FailingSecretStore::fail(QObject* context, Callback done)
{
    ++m_calls;
    QTimer::singleShot(0, context, [done = std::move(done)] {
        Result result;
        result.status = Result::Status::Unavailable;
        result.message = QStringLiteral("No keychain is available (no session bus).");
        done(result);
    });
}

void FailingSecretStore::store(const QString&, const QString&, QObject* context, Callback done)
{
    fail(context, std::move(done));
}

void FailingSecretStore::read(const QString&, QObject* context, Callback done)
{
    fail(context, std::move(done));
}

void FailingSecretStore::remove(const QString&, QObject* context, Callback done)
{
    fail(context, std::move(done));
}

} // namespace TokenConsole::Testing
