// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Ui {
class ProvisionDialog;
}

namespace TokenConsole {

// Picks a login (those with a token are listed but cannot be chosen, D7), the access and a
// name (validated as typed, D5). It does not call the server itself: it emits submitted() and
// the command answers with setBusy()/showError(), so the dialog stays open with everything
// typed when the server says no.
class ProvisionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProvisionDialog(QWidget* parent = nullptr);
    ~ProvisionDialog() override;

    // The admin's own login is not preselected: tokens are for integrations' logins.
    void setSignedInLogin(const QString& login) { m_signedInLogin = login; }
    void setUsers(const QVector<AccountUser>& users);
    void setLoadingUsers(const QString& message);

    qint64 selectedUserId() const;
    QString name() const;
    QStringList access() const; // empty: all endpoints
    bool isValid() const;

    void setBusy(bool busy);
    void showError(const QString& message);

    static QStringList areaIds();

    // Refused while the request is out: its answer holds the only copy of the secret.
    void reject() override;

Q_SIGNALS:
    void submitted(qint64 userId, const QString& name, const QStringList& access);

private:
    void validate();
    // Why Provision is disabled, in words, or empty when it is enabled.
    QString blockedReason() const;

    std::unique_ptr<Ui::ProvisionDialog> m_ui;
    QPushButton* m_provisionButton;
    QLabel* m_blockedLabel;
    QVector<QCheckBox*> m_areas;
    bool m_busy = false;
    QString m_signedInLogin;
};

} // namespace TokenConsole
