// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateSessionBus.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace TokenConsole::Testing {

namespace {
constexpr int kStartTimeoutMs = 10000;
const QString kSecretService = QStringLiteral("org.freedesktop.secrets");
const QString kLoginCollection = QStringLiteral("/org/freedesktop/secrets/collection/login");

void stopProcess(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}
} // namespace

PrivateSessionBus::PrivateSessionBus()
    : m_connectionName(QStringLiteral("private-session-bus-") +
                       QUuid::createUuid().toString(QUuid::Id128))
{
    m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_keyring.setStandardOutputFile(QProcess::nullDevice());
    m_keyring.setStandardErrorFile(QProcess::nullDevice());
}

PrivateSessionBus::~PrivateSessionBus()
{
    stopKeyring();
    QDBusConnection::disconnectFromBus(m_connectionName);
    stopProcess(m_daemon);
}

bool PrivateSessionBus::toolsInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty();
}

bool PrivateSessionBus::start(QString* error)
{
    const auto fail = [error](const QString& why) {
        *error = why;
        return false;
    };
    if (!m_home.isValid())
        return fail(QStringLiteral("no temporary folder"));
    const QDir home(m_home.path());
    for (const char* folder : {"run", "bus", "services", ".local/share", ".config", ".cache"}) {
        if (!home.mkpath(QString::fromLatin1(folder)))
            return fail(QStringLiteral("cannot create %1").arg(QString::fromLatin1(folder)));
    }
    QFile::setPermissions(home.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // A session bus that starts nothing but what the test puts in its own service folder.
    QFile config(home.filePath(QStringLiteral("bus.conf")));
    if (!config.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write the bus configuration"));
    config.write(
        QStringLiteral(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig>\n"
            "  <type>session</type>\n"
            "  <listen>unix:dir=%1</listen>\n"
            "  <auth>EXTERNAL</auth>\n"
            "  <servicedir>%2</servicedir>\n"
            "  <policy context=\"default\">\n"
            "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
            "    <allow eavesdrop=\"true\"/>\n"
            "    <allow own=\"*\"/>\n"
            "  </policy>\n"
            "</busconfig>\n")
            .arg(home.filePath(QStringLiteral("bus")), home.filePath(QStringLiteral("services")))
            .toUtf8());
    config.close();

    m_daemon.setProcessEnvironment(environment());
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   {QStringLiteral("--config-file=") + config.fileName(),
                    QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    if (!m_daemon.waitForStarted(kStartTimeoutMs))
        return fail(QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString());
    QByteArray line;
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!line.contains('\n')) {
        if (deadline.hasExpired() || m_daemon.state() == QProcess::NotRunning)
            return fail(QStringLiteral("dbus-daemon printed no address"));
        m_daemon.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        line += m_daemon.readAllStandardOutput();
    }
    m_address = QString::fromUtf8(line.left(line.indexOf('\n')).trimmed());
    if (!QDBusConnection::connectToBus(m_address, m_connectionName).isConnected())
        return fail(QStringLiteral("cannot connect to the private bus"));
    return true;
}

QProcessEnvironment PrivateSessionBus::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* hint : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID", "DISPLAY",
                             "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK"})
        env.remove(QString::fromLatin1(hint));
    const QDir home(m_home.path());
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    return env;
}

bool PrivateSessionBus::waitForName(const QString& name, int timeoutMs) const
{
    const QDBusConnection bus(m_connectionName);
    return QTest::qWaitFor([&] { return bus.interface()->isServiceRegistered(name).value(); },
                           timeoutMs);
}

bool PrivateSessionBus::startKeyring(QString* error)
{
    m_keyring.setProcessEnvironment(environment());
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(kStartTimeoutMs)) {
        *error = QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString();
        return false;
    }
    // The throwaway keyring's password, on stdin as the daemon expects it.
    m_keyring.write("test-keyring");
    m_keyring.closeWriteChannel();
    if (!waitForName(kSecretService, kStartTimeoutMs)) {
        *error = QStringLiteral("gnome-keyring-daemon did not register on the bus");
        return false;
    }
    return true;
}

void PrivateSessionBus::stopKeyring()
{
    if (m_keyring.state() == QProcess::NotRunning)
        return;
    stopProcess(m_keyring);
    const QDBusConnection bus(m_connectionName);
    if (!QTest::qWaitFor(
            [&] { return !bus.interface()->isServiceRegistered(kSecretService).value(); },
            kStartTimeoutMs))
        qWarning("the keyring's bus name outlived it");
}

bool PrivateSessionBus::lockKeyring(QString* error)
{
    QDBusConnection bus(m_connectionName);
    QDBusMessage lock = QDBusMessage::createMethodCall(
        kSecretService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(kLoginCollection)});
    const QDBusMessage locked = bus.call(lock, QDBus::Block, kStartTimeoutMs);
    if (locked.type() != QDBusMessage::ReplyMessage) {
        *error = QStringLiteral("Lock failed: ") + locked.errorMessage();
        return false;
    }
    QDBusMessage get = QDBusMessage::createMethodCall(
        kSecretService, kLoginCollection, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage state = bus.call(get, QDBus::Block, kStartTimeoutMs);
    if (state.type() != QDBusMessage::ReplyMessage || state.arguments().isEmpty() ||
        !qvariant_cast<QDBusVariant>(state.arguments().constFirst()).variant().toBool()) {
        *error = QStringLiteral("the login collection is not locked after Lock");
        return false;
    }
    return true;
}

} // namespace TokenConsole::Testing
