// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace TokenConsole::Sandbox {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe: the handler only writes a byte), so
// the standalone sandbox shuts down cleanly, closes its database and exits with status 0.
// Does nothing on platforms without POSIX signals.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace TokenConsole::Sandbox
