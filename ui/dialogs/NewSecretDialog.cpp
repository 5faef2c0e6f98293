// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/NewSecretDialog.h"

#include "Accessibility.h"
#include "Clipboard.h"
#include "ui_NewSecretDialog.h"

#include <QBoxLayout>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>

namespace TokenConsole {

NewSecretDialog::NewSecretDialog(const QString& tokenName, const QString& key,
                                 const QString& secret, Clipboard* clipboard, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewSecretDialog>()), m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newSecretDialog"));
    m_ui->introLabel->setText(
        tr("The token “%1” is ready. Give the key and the secret to the integration. The "
           "platform never sends this secret again.")
            .arg(tokenName));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->keyEdit->setFont(fixed);
    m_ui->keyEdit->setText(key);
    m_ui->secretEdit->setFont(fixed);
    m_ui->secretEdit->setPlainText(secret);
    m_ui->secretEdit->setWordWrapMode(QTextOption::WrapAnywhere);
    // Two lines of 64 hex digits: the whole secret visible, nothing to scroll.
    const QFontMetrics fixedMetrics(fixed);
    const int frame = 2 * m_ui->secretEdit->frameWidth() +
                      2 * int(m_ui->secretEdit->document()->documentMargin()) + 4;
    m_ui->secretEdit->setMinimumWidth(
        fixedMetrics.horizontalAdvance(QString(64, QLatin1Char('f'))) + frame +
        m_ui->secretEdit->verticalScrollBar()->sizeHint().width());
    m_ui->secretEdit->setFixedHeight(fixedMetrics.lineSpacing() * 2 + frame);
    m_ui->secretEdit->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    m_ui->storageLabel->setText(tr("Storing the secret in this computer's keychain…"));

    // What a copy did, in words where the user looks and for screen readers.
    m_copyFeedback = new QLabel(this);
    m_copyFeedback->setObjectName(QStringLiteral("copyFeedbackLabel"));
    m_copyFeedback->setWordWrap(true);
    m_copyFeedback->setTextFormat(Qt::PlainText);
    m_copyFeedback->setVisible(false);
    auto* box = static_cast<QBoxLayout*>(layout());
    box->insertWidget(box->indexOf(m_ui->storageLabel), m_copyFeedback);

    connect(m_ui->copyKeyButton, &QPushButton::clicked, this, [this] {
        if (!m_clipboard)
            return;
        m_clipboard->copyText(m_ui->keyEdit->text());
        showCopyFeedback(m_ui->copyKeyButton, tr("Key copied."));
    });
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, [this] {
        if (!m_clipboard)
            return;
        m_clipboard->copySecret(m_ui->secretEdit->toPlainText());
        // The interval the clipboard really uses, rounded up to whole seconds.
        const int seconds = (m_clipboard->clearTimeout() + 999) / 1000;
        showCopyFeedback(m_ui->copySecretButton,
                         tr("Secret copied, cleared from the clipboard in %n s.", nullptr,
                            seconds));
    });
    if (m_clipboard) {
        connect(m_clipboard, &Clipboard::secretCleared, this, [this] {
            if (m_copyFeedback->isVisible())
                showCopyFeedback(m_ui->copySecretButton, tr("Secret cleared from the clipboard."));
        });
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(sizeHint());
}

NewSecretDialog::~NewSecretDialog()
{
    // Overwrite the widget's copy before it is freed.
    m_ui->secretEdit->setPlainText(
        QString(m_ui->secretEdit->toPlainText().size(), QLatin1Char(' ')));
}

void NewSecretDialog::showCopyFeedback(QWidget* button, const QString& text)
{
    m_copyFeedback->setText(text);
    m_copyFeedback->setVisible(true);
    adjustSize(); // room for the line, as for the storage message
    // The key and the secret buttons say the same; only the one just pressed carries it.
    for (QWidget* other : {static_cast<QWidget*>(m_ui->copyKeyButton),
                           static_cast<QWidget*>(m_ui->copySecretButton)}) {
        if (other != button)
            Accessibility::describe(other, QString());
    }
    Accessibility::describe(button, m_copyFeedback);
}

QString NewSecretDialog::shownSecret() const
{
    return m_ui->secretEdit->toPlainText();
}

void NewSecretDialog::setIntro(const QString& text)
{
    m_ui->introLabel->setText(text);
    adjustSize();
}

void NewSecretDialog::setStoreResult(const SecretStore::Result& result, const QString& entryName)
{
    if (result.ok()) {
        m_storage = Storage::Stored;
        m_ui->storageLabel->setText(
            tr("The secret is stored in this computer's keychain (entry “%1”), so Verify and "
               "Copy Secret work here later. Nothing else on this computer holds it.")
                .arg(entryName));
        adjustSize();
        return;
    }
    m_storage = Storage::NotStored;
    QString why = result.message;
    if (why.isEmpty())
        why = result.status == SecretStore::Result::Status::AccessDenied
                  ? tr("Access to the keychain was refused.")
                  : tr("No keychain is available.");
    m_ui->storageLabel->setTextFormat(Qt::RichText);
    m_ui->storageLabel->setText(
        QStringLiteral("<b>%1</b> %2 %3")
            .arg(tr("The secret was NOT stored.").toHtmlEscaped(), why.toHtmlEscaped(),
                 tr("Copy it now and keep it somewhere safe (for example your password "
                    "manager); it cannot be shown again. Verify and Copy Secret will not be "
                    "available for this token here.")
                     .toHtmlEscaped()));
    adjustSize();
}

void NewSecretDialog::done(int result)
{
    if (m_storage == Storage::Stored || m_confirmed) {
        QDialog::done(result);
        return;
    }
    if (m_confirmation && m_confirmation->isVisible())
        return;
    // The secret exists nowhere else: make sure the user has it before it goes.
    m_confirmation = new QMessageBox(
        QMessageBox::Warning, tr("Close Without a Stored Secret?"),
        tr("This computer has not stored the secret, and the platform will not show it again. "
           "Have you stored it somewhere else?"),
        QMessageBox::NoButton, this);
    m_confirmation->setObjectName(QStringLiteral("confirmSecretStoredBox"));
    QPushButton* yes =
        m_confirmation->addButton(tr("I Have Stored It, &Close"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmStoredButton"));
    m_confirmation->addButton(tr("&Keep Showing It"), QMessageBox::RejectRole);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QMessageBox::buttonClicked, this,
            [this, yes, result](QAbstractButton* button) {
                if (button != yes)
                    return;
                m_confirmed = true;
                QDialog::done(result);
            });
    m_confirmation->open();
}

} // namespace TokenConsole
