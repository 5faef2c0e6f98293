// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace TokenConsole::Bench {

PaintProbe::PaintProbe(QWidget* widget, std::function<int()> rows, const QElapsedTimer* clock)
    : m_widget(widget), m_rows(std::move(rows)), m_clock(clock)
{
    widget->installEventFilter(this);
}

bool PaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_widget || event->type() != QEvent::Paint || m_inside)
        return false;
    // Let the widget paint now, inside this filter, so the time taken is after the painting.
    m_inside = true;
    QCoreApplication::sendEvent(m_widget, event);
    m_inside = false;
    m_lastPaintNs = m_clock->nsecsElapsed();
    ++m_paints;
    Q_EMIT painted(m_rows(), m_lastPaintNs);
    return true;
}

} // namespace TokenConsole::Bench
