// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/KeepAliveCommand.h"

#include "commands/CommandContext.h"
#include "model/TokenTableModel.h"
#include "platform/Platform.h"
#include "session/ConsoleSession.h"
#include "text/UiText.h"

#include <QMessageBox>
#include <QPushButton>

namespace TokenConsole {

void KeepAliveCommand::doStart()
{
    // The switch acts on the token as it is now, not as the selection last saw it.
    const TokenTableModel* model = context()->session()->model();
    if (const QModelIndex index = model->indexOf(token().id); index.isValid())
        setToken(model->token(index));
    const bool turnOn = !token().keepAlive;
    const auto apply = [this, turnOn] {
        m_job = platform()->setKeepAlive(token(), turnOn, this, [this, turnOn](const Result<Token>& r) {
            if (!r.ok())
                context()->showOutcome(r.error.userMessage(), true);
            else
                context()->showOutcome(
                    turnOn ? tr("Keep-alive is on for “%1”: this console calls ON24 with it "
                                "before its days without activity run out.")
                                 .arg(token().name)
                           : tr("Keep-alive is off for “%1”: ON24 disables it after its days "
                                "without activity.")
                                 .arg(token().name),
                    false);
            done();
        });
    };
    if (!turnOn) {
        apply();
        return;
    }
    const int days = platform()->account().policy.inactivityDays;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Keep Token Alive"),
                                tr("Keep “%1” alive?").arg(token().name), QMessageBox::NoButton,
                                context()->dialogParent());
    box->setObjectName(QStringLiteral("keepAliveConfirmation"));
    box->setInformativeText(
        tr("ON24 disables a token after %1 without activity on purpose: a forgotten token that "
           "still works is a door left open. Keep alive only a token that an integration still "
           "needs but uses rarely (a quarterly report, say). This console will make one small "
           "read-only ON24 call with it when its known inactivity nears the limit. Your decision "
           "is recorded with your name and the time.")
            .arg(UiText::days(days)));
    QPushButton* confirm = box->addButton(tr("&Keep Alive"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, confirm, apply](QAbstractButton* clicked) {
                if (clicked != confirm || !platform()) {
                    abort();
                    return;
                }
                apply();
            });
    box->open();
}

} // namespace TokenConsole
