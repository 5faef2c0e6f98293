// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace TokenConsole {

// Copies keys and secrets. A secret is marked as a password for clipboard managers and is
// cleared after a while (30 s by default) and on quit, but only while the clipboard still
// holds it: whatever the user copied since is left alone.
class Clipboard : public QObject
{
    Q_OBJECT

public:
    explicit Clipboard(QObject* parent = nullptr);
    ~Clipboard() override;

    void setClearTimeout(int milliseconds) { m_clearTimeoutMs = milliseconds; }
    int clearTimeout() const { return m_clearTimeoutMs; }

    void copyText(const QString& text);
    void copySecret(const QString& secret);
    // Clears the clipboard if it still holds the secret we put there.
    void clearSecret();
    bool holdsSecret() const;

Q_SIGNALS:
    void secretCleared();

private:
    QTimer m_clearTimer;
    QString m_secret; // memory only, so we can tell whether the clipboard is still ours
    int m_clearTimeoutMs = 30000;
};

} // namespace TokenConsole
