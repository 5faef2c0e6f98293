// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class RenameDialog;
}

namespace TokenConsole {

// Prefilled with the current name, validated as typed. Like ProvisionDialog it only emits
// submitted(); the command reports back errors and version conflicts inline.
class RenameDialog : public QDialog
{
    Q_OBJECT

public:
    RenameDialog(const QString& currentName, const QString& login, QWidget* parent = nullptr);
    ~RenameDialog() override;

    QString name() const;
    void setBusy(bool busy);
    void showError(const QString& message);
    // Someone renamed the token meanwhile: show their name, offer to retry on the newer version
    // (the typed name stays) or to take theirs.
    void showConflict(const QString& newerName);

Q_SIGNALS:
    void submitted(const QString& name);

private:
    void validate();

    std::unique_ptr<Ui::RenameDialog> m_ui;
    QPushButton* m_renameButton;
    QPushButton* m_takeTheirsButton;
    QString m_currentName;
    bool m_busy = false;
    bool m_conflict = false;
};

} // namespace TokenConsole
