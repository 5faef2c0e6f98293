// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QLabel;
class QMessageBox;

namespace Ui {
class NewSecretDialog;
}

namespace TokenConsole {

class Clipboard;

// Shows a new token's key and secret, once. Says whether the secret went to the keychain; when
// it could not, the secret stays on screen to copy and closing asks for confirmation that it
// was stored elsewhere.
class NewSecretDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Storage { Pending, Stored, NotStored };

    NewSecretDialog(const QString& tokenName, const QString& key, const QString& secret,
                    Clipboard* clipboard, QWidget* parent = nullptr);
    ~NewSecretDialog() override;

    // Replaces the opening sentence (a rotation says what happens to the previous secret).
    void setIntro(const QString& text);
    void setStoreResult(const SecretStore::Result& result, const QString& entryName);
    Storage storage() const { return m_storage; }
    QString shownSecret() const;

    void done(int result) override;

private:
    void showCopyFeedback(QWidget* button, const QString& text);

    std::unique_ptr<Ui::NewSecretDialog> m_ui;
    QLabel* m_copyFeedback;
    QPointer<Clipboard> m_clipboard;
    Storage m_storage = Storage::Pending;
    QPointer<QMessageBox> m_confirmation;
    bool m_confirmed = false;
};

} // namespace TokenConsole
