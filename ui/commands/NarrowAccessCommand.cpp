// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/NarrowAccessCommand.h"

#include "commands/CommandContext.h"
#include "platform/Platform.h"
#include "session/ConsoleSession.h"
#include "text/TokenWording.h"

#include <QMessageBox>
#include <QPushButton>

namespace TokenConsole {

void NarrowAccessCommand::doStart()
{
    m_job = platform()->usage(token(), usageDays, this, [this](const Result<TokenUsage>& result) {
        if (!result.ok()) {
            context()->showOutcome(tr("Could not read the usage of “%1”: %2")
                                       .arg(token().name, result.error.userMessage()),
                                   true);
            abort();
            return;
        }
        QStringList used;
        for (const AreaUsage& area : result.value.areas) {
            if (area.calls > 0)
                used.append(area.area);
        }
        confirm(used);
    });
}

void NarrowAccessCommand::confirm(const QStringList& used)
{
    if (used.isEmpty()) {
        context()->showOutcome(tr("“%1” made no API calls in the last %2 days, so there is "
                                  "nothing to narrow its access to. If nothing uses it, "
                                  "disable it instead.")
                                   .arg(token().name)
                                   .arg(usageDays),
                               true);
        abort();
        return;
    }
    const QStringList lost = TokenWording::accessLost(token(), used);
    if (lost.isEmpty()) {
        context()->showOutcome(
            tr("“%1” already holds only the API areas it used.").arg(token().name), false);
        abort();
        return;
    }
    QStringList kept;
    for (const QString& area : used)
        kept.append(TokenWording::areaName(area));

    auto* box = new QMessageBox(QMessageBox::Warning, tr("Narrow Access"),
                                tr("Narrow the access of “%1” to the API areas it used in the "
                                   "last %2 days?")
                                    .arg(token().name)
                                    .arg(usageDays),
                                QMessageBox::NoButton, context()->dialogParent());
    box->setObjectName(QStringLiteral("confirmNarrowAccessBox"));
    QString lose = tr("The integration would lose: %1.").arg(lost.join(QStringLiteral(", ")));
    if (token().allEndpoints)
        lose += QLatin1Char(' ') + tr("It would also not get areas ON24 adds later.");
    const QString tell = TokenWording::tellOwner(token());
    box->setInformativeText(
        lose + QLatin1Char('\n') +
        tr("It keeps: %1. Its calls to a lost area fail until the access is widened again.")
            .arg(kept.join(QStringLiteral(", "))) +
        (tell.isEmpty() ? QString() : QLatin1Char('\n') + tr("Before you do, %1.").arg(tell)));
    QPushButton* narrowButton = box->addButton(tr("&Narrow Access"), QMessageBox::DestructiveRole);
    narrowButton->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, narrowButton, used](QAbstractButton* clicked) {
                if (clicked != narrowButton || !platform()) {
                    abort();
                    return;
                }
                narrow(used);
            });
    box->open();
}

void NarrowAccessCommand::narrow(const QStringList& used)
{
    m_job = platform()->narrowAccess(token(), used, this, [this](const Result<Token>& result) {
        if (!result.ok()) {
            context()->showOutcome(tr("Could not narrow the access of “%1”: %2")
                                       .arg(token().name, result.error.userMessage()),
                                   true);
            if (ConsoleSession* current = context()->session())
                current->refresh();
            done();
            return;
        }
        context()->showOutcome(tr("“%1” now holds only: %2.")
                                   .arg(result.value.name, TokenWording::access(result.value)),
                               false);
        done();
    });
}

} // namespace TokenConsole
