// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <QVector>

namespace TokenConsole::Bench {

// What every benchmark shares: the output stream, the clock, the generated tokens, the
// process's resident memory and the sandbox executable.
class BenchSupport
{
public:
    static QTextStream& out();
    static QString ms(qint64 nanoseconds);
    // Tokens as a refresh would decode them: every string its own allocation.
    static TokenList generate(int n);
    static qint64 residentBytes();
    static QString megabytes(qint64 bytes);
    static QString sandboxPath();
    // The p-th percentile (0..100) of samples in nanoseconds, nearest rank.
    static qint64 percentile(QVector<qint64> samples, double p);

    template <typename F>
    static qint64 timed(F&& f)
    {
        QElapsedTimer timer;
        timer.start();
        f();
        return timer.nsecsElapsed();
    }
};

} // namespace TokenConsole::Bench
