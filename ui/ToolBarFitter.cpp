// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolBarFitter.h"

#include <QAction>
#include <QEvent>
#include <QToolBar>
#include <QToolButton>

namespace TokenConsole {

ToolBarFitter::ToolBarFitter(QToolBar* toolbar)
    : QObject(toolbar), m_toolbar(toolbar), m_probe(std::make_unique<QToolButton>())
{
    m_probe->setObjectName(QStringLiteral("toolBarFitterProbe"));
    m_probe->setAutoRaise(true);
    m_probe->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->installEventFilter(this);
    refit();
}

ToolBarFitter::~ToolBarFitter() = default;

int ToolBarFitter::widthWithText() const
{
    // The toolbar's own size hint is its full, unwrapped width in the style it has now; what
    // text adds is the difference, button by button.
    int width = m_toolbar->sizeHint().width();
    if (m_toolbar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
        return width;
    m_probe->setFont(m_toolbar->font());
    m_probe->setIconSize(m_toolbar->iconSize());
    const QList<QAction*> actions = m_toolbar->actions();
    for (QAction* action : actions) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        auto* button = qobject_cast<QToolButton*>(m_toolbar->widgetForAction(action));
        if (!button)
            continue;
        m_probe->setDefaultAction(action);
        width += m_probe->sizeHint().width() - button->sizeHint().width();
        m_probe->setDefaultAction(nullptr);
        m_probe->removeAction(action);
    }
    return width;
}

void ToolBarFitter::refit()
{
    m_scheduled = false;
    if (!m_toolbar->isVisible())
        return;
    const Qt::ToolButtonStyle wanted = widthWithText() <= m_toolbar->width()
                                           ? Qt::ToolButtonTextBesideIcon
                                           : Qt::ToolButtonIconOnly;
    if (m_toolbar->toolButtonStyle() != wanted)
        m_toolbar->setToolButtonStyle(wanted);
}

void ToolBarFitter::scheduleRefit()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &ToolBarFitter::refit, Qt::QueuedConnection);
}

bool ToolBarFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_toolbar) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::ActionAdded:
        case QEvent::ActionChanged:
        case QEvent::ActionRemoved:
        case QEvent::FontChange:
        case QEvent::StyleChange:
        case QEvent::LanguageChange:
            // After the layout has taken the change in.
            scheduleRefit();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace TokenConsole
