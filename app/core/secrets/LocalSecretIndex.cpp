// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/LocalSecretIndex.h"

#include <QSettings>
#include <QUrl>

namespace TokenConsole {

namespace {

QString settingsKey(const QString& profile)
{
    // Profile names are free text; keep '/' from splitting the settings group.
    return QStringLiteral("secrets/%1/keys").arg(QString::fromLatin1(QUrl::toPercentEncoding(profile)));
}

} // namespace

LocalSecretIndex::LocalSecretIndex(QString profile) : m_profile(std::move(profile)) {}

QSet<QString> LocalSecretIndex::keys() const
{
    const QStringList list = QSettings().value(settingsKey(m_profile)).toStringList();
    return QSet<QString>(list.begin(), list.end());
}

bool LocalSecretIndex::contains(const QString& tokenKey) const
{
    return keys().contains(tokenKey);
}

void LocalSecretIndex::add(const QString& tokenKey)
{
    QSet<QString> set = keys();
    if (set.contains(tokenKey))
        return;
    set.insert(tokenKey);
    QStringList list(set.begin(), set.end());
    list.sort();
    QSettings().setValue(settingsKey(m_profile), list);
}

void LocalSecretIndex::remove(const QString& tokenKey)
{
    QSet<QString> set = keys();
    if (!set.remove(tokenKey))
        return;
    QSettings settings;
    if (set.isEmpty()) {
        settings.remove(settingsKey(m_profile));
        return;
    }
    QStringList list(set.begin(), set.end());
    list.sort();
    settings.setValue(settingsKey(m_profile), list);
}

} // namespace TokenConsole
