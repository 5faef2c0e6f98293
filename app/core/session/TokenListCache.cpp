// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/TokenListCache.h"

#include "model/TokenCodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace TokenConsole {

namespace {

constexpr int kFormat = 1;
constexpr QFileDevice::Permissions privateFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QJsonObject encodeAccount(const Account& a)
{
    QJsonArray warnings;
    for (int day : a.policy.warningDays)
        warnings.append(day);
    return {{QStringLiteral("clientId"), a.clientId},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("features"), QJsonArray::fromStringList(a.features)},
            {QStringLiteral("policy"),
             QJsonObject{{QStringLiteral("inactivityDays"), a.policy.inactivityDays},
                         {QStringLiteral("warningDays"), warnings}}}};
}

} // namespace

TokenListCache::TokenListCache(const QString& folder)
    : m_folder(folder.isEmpty()
                   ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                         QStringLiteral("/token-lists")
                   : folder)
{
}

QString TokenListCache::fileFor(const QString& profile) const
{
    // A profile name may hold anything; a digest makes a safe file name.
    const QByteArray digest =
        QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_folder + QLatin1Char('/') + QString::fromLatin1(digest) + QStringLiteral(".json");
}

bool TokenListCache::save(const Entry& entry, QString* error) const
{
    QDir dir(m_folder);
    if (!dir.exists()) {
        // Created 0700 at once (QDir::mkdir applies the mode), so it is never wider.
        const QString parent = QFileInfo(m_folder).absolutePath();
        if (!QDir().mkpath(parent) ||
            !QDir(parent).mkdir(QFileInfo(m_folder).fileName(), privateFolder)) {
            if (error)
                *error = tr("Could not create the folder %1.").arg(m_folder);
            return false;
        }
    }
    QFile::setPermissions(m_folder, privateFolder);

    QJsonArray tokens;
    for (const Token& token : entry.tokens)
        tokens.append(TokenCodec::encodeToken(token));
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("profile"), entry.profile},
                           // Whole seconds: people read it, and scripts compare it.
                           {QStringLiteral("savedAt"),
                            entry.savedAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("account"), encodeAccount(entry.account)},
                           {QStringLiteral("tokens"), tokens}};
    const QString path = fileFor(entry.profile);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    // The temporary file becomes the cache: make it private before anything is in it.
    file.setPermissions(privateFile);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, privateFile);
    return true;
}

std::optional<TokenListCache::Entry> TokenListCache::load(const QString& profile,
                                                          QString* error) const
{
    QFile file(fileFor(profile));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("No token list of “%1” is saved on this computer.").arg(profile);
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QString why;
    const std::optional<Account> account =
        TokenCodec::decodeAccount(root.value(QStringLiteral("account")).toObject(), &why);
    Entry entry;
    entry.profile = root.value(QStringLiteral("profile")).toString();
    entry.savedAt = TokenCodec::parseTime(root.value(QStringLiteral("savedAt")).toString());
    if (root.value(QStringLiteral("format")).toInt() != kFormat || entry.profile != profile ||
        !account || !entry.savedAt.isValid()) {
        if (error)
            *error = tr("The saved token list of “%1” cannot be read.").arg(profile);
        return std::nullopt;
    }
    entry.account = *account;
    for (const QJsonValue& value : root.value(QStringLiteral("tokens")).toArray()) {
        if (const std::optional<Token> token = TokenCodec::decodeToken(value.toObject(), &why))
            entry.tokens.append(*token);
    }
    return entry;
}

void TokenListCache::remove(const QString& profile) const
{
    QFile::remove(fileFor(profile));
}

} // namespace TokenConsole
