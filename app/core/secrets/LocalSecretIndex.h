// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace TokenConsole {

// Which token keys have a secret in this computer's keychain, per profile. The keychain cannot
// be listed, so this remembers the (non-secret) token keys in QSettings.
class LocalSecretIndex
{
public:
    explicit LocalSecretIndex(QString profile);

    QSet<QString> keys() const;
    bool contains(const QString& tokenKey) const;
    void add(const QString& tokenKey);
    void remove(const QString& tokenKey);

private:
    QString m_profile;
};

} // namespace TokenConsole
