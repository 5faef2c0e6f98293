// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <unistd.h>

namespace TokenConsole::Bench {

QTextStream& BenchSupport::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString BenchSupport::ms(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 2);
}

TokenList BenchSupport::generate(int n)
{
    QRandomGenerator random(20261128);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    static const char* const purposes[] = {"Salesforce", "Marketo", "Tableau", "BI warehouse",
                                           "HubSpot", "Eloqua", "Snowflake", "Zapier"};
    const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    TokenList tokens;
    tokens.reserve(n);
    for (int i = 0; i < n; ++i) {
        Token t;
        t.id = QStringLiteral("tok_%1").arg(i, 20, 36, QLatin1Char('0'));
        t.name = QStringLiteral("%1 %2").arg(QLatin1String(purposes[i % 8])).arg(i);
        QString key(32, Qt::Uninitialized);
        for (QChar& c : key)
            c = alphabet.at(random.bounded(int(alphabet.size())));
        t.key = key;
        t.userId = 100000 + i;
        t.login = QStringLiteral("user%1@bulk.example").arg(i, 7, 10, QLatin1Char('0'));
        t.createdAt = now.addSecs(-qint64(random.bounded(400 * 86400)));
        t.createdBy = QString::fromLatin1("admin@bulk.example");
        const bool disabled = i % 10 == 0;
        t.lastActivityAt =
            i % 7 == 0 ? QDateTime() : now.addSecs(-qint64(random.bounded(59 * 86400)));
        t.inactiveSince = t.lastActivityAt.isValid() ? t.lastActivityAt : t.createdAt;
        if (disabled) {
            t.status = Token::Status::Disabled;
            t.disabledReason = i % 20 == 0 ? Token::DisabledReason::Inactivity
                                           : Token::DisabledReason::Manual;
            t.disabledAt = now.addSecs(-3600);
        } else {
            t.autoDisableAt = t.inactiveSince.addDays(60);
        }
        t.version = 1 + i % 5;
        tokens.append(t);
    }
    return tokens;
}

qint64 BenchSupport::residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

QString BenchSupport::megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString BenchSupport::sandboxPath()
{
    const QString beside =
        QCoreApplication::applicationDirPath() + QStringLiteral("/token-console-sandbox");
    if (QFile::exists(beside))
        return beside;
    if (qEnvironmentVariableIsSet("TOKENCONSOLE_SANDBOX_EXE"))
        return qEnvironmentVariable("TOKENCONSOLE_SANDBOX_EXE");
    return QStringLiteral(TOKENCONSOLE_SANDBOX_PATH);
}

qint64 BenchSupport::percentile(QVector<qint64> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const int rank = int(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(qBound(0, rank - 1, int(samples.size()) - 1));
}

} // namespace TokenConsole::Bench
