// SPDX-License-Identifier: GPL-3.0-or-later
#include "Banner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace TokenConsole {

namespace {

QColor hueFor(Banner::Kind kind)
{
    // Mid-tone hues: blended at low opacity they tint light and dark windows visibly without
    // hurting the text contrast of either.
    switch (kind) {
    case Banner::Kind::Positive:
        return QColor(39, 174, 96);
    case Banner::Kind::Warning:
        return QColor(246, 116, 0);
    case Banner::Kind::Error:
        return QColor(218, 68, 83);
    case Banner::Kind::Information:
        break;
    }
    return QColor(61, 174, 233);
}

QColor blend(const QColor& base, const QColor& tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount);
}

} // namespace

Banner::Banner(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_buttons(new QHBoxLayout), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setVisible(false);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    applyStyle();
}

void Banner::setKind(Kind kind)
{
    m_kind = kind;
    applyStyle();
}

void Banner::setText(const QString& text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString Banner::text() const
{
    return m_text->text();
}

void Banner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

QPushButton* Banner::addButton(const QString& text)
{
    auto* button = new QPushButton(text, this);
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void Banner::clearButtons()
{
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void Banner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyStyle();
}

void Banner::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_border, 1));
    painter.setBrush(m_background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void Banner::applyStyle()
{
    const QColor hue = hueFor(m_kind);
    const QColor window = palette().color(QPalette::Window);
    // Painted, not style-sheeted: a style sheet would change the palette it is derived from.
    // Only the background is tinted; the text keeps the palette's own colour.
    m_background = blend(window, hue, 0.18);
    m_border = blend(window, hue, 0.6);
    update();
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (m_kind == Kind::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (m_kind == Kind::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (m_kind == Kind::Positive)
        icon = QStyle::SP_DialogApplyButton;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
}

} // namespace TokenConsole
