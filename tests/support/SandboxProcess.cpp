// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace TokenConsole::Testing {

namespace {
constexpr int startTimeoutMs = 15000;
constexpr int requestTimeoutMs = 10000;
} // namespace

SandboxProcess::SandboxProcess()
{
    // The sandbox's log goes to the test's stderr; only its URL line is read from stdout.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executablePath()
{
    return qEnvironmentVariable("TOKENCONSOLE_SANDBOX_EXE");
}

QString SandboxProcess::dataDirectory() const
{
    return m_dataDirectory;
}

bool SandboxProcess::start(const Options& options, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_process.state() != QProcess::NotRunning)
        return fail(QStringLiteral("The sandbox process is already running."));
    const QString program = executablePath();
    if (program.isEmpty())
        return fail(QStringLiteral("TOKENCONSOLE_SANDBOX_EXE is not set; run the test "
                                   "through ctest."));
    if (options.dataDirectory.isEmpty()) {
        if (!m_tempDir.isValid())
            return fail(QStringLiteral("Could not create a temporary data folder."));
        m_dataDirectory = m_tempDir.path();
    } else {
        m_dataDirectory = options.dataDirectory;
    }
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--data"),   m_dataDirectory,
                     QStringLiteral("--seed"),   options.seed};
    if (options.clockControl)
        args << QStringLiteral("--clock-control");
    m_url.clear();
    m_process.start(program, args);
    if (!m_process.waitForStarted(startTimeoutMs))
        return fail(QStringLiteral("Could not start %1: %2").arg(program, m_process.errorString()));

    // Bounded wait for the first stdout line: the URL the sandbox bound.
    QByteArray buffer;
    QDeadlineTimer deadline(startTimeoutMs);
    while (!buffer.contains('\n')) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            kill();
            return fail(QStringLiteral("The sandbox printed no URL (exit code %1).")
                            .arg(m_process.exitCode()));
        }
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        buffer += m_process.readAllStandardOutput();
    }
    const QUrl url(QString::fromUtf8(buffer.left(buffer.indexOf('\n')).trimmed()));
    if (!url.isValid() || url.port() <= 0) {
        kill();
        return fail(
            QStringLiteral("The sandbox printed no usable URL: %1").arg(QString::fromUtf8(buffer)));
    }
    m_url = url;
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        kill();
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool SandboxProcess::advanceDays(int days)
{
    if (m_url.isEmpty())
        return false;
    QNetworkAccessManager manager;
    QUrl url = m_url;
    url.setPath(QStringLiteral("/sandbox/v1/clock"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(requestTimeoutMs);
    QNetworkReply* reply = manager.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("advanceDays"), days}}).toJson());
    // Test support only: block on a local event loop with a hard timeout.
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(requestTimeoutMs);
    loop.exec();
    const bool ok = reply->isFinished() && reply->error() == QNetworkReply::NoError &&
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->abort();
    reply->deleteLater();
    return ok;
}

} // namespace TokenConsole::Testing
