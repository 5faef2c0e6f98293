// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <functional>

class QWidget;

namespace TokenConsole::Bench {

// Watches one widget (which it must not outlive)'s paint events and notes when each one has finished (not begun), with the
// number of rows the view showed then: "painted" means the pixels are there.
class PaintProbe : public QObject
{
    Q_OBJECT

public:
    PaintProbe(QWidget* widget, std::function<int()> rows, const QElapsedTimer* clock);

    qint64 lastPaintNs() const { return m_lastPaintNs; }
    int paints() const { return m_paints; }

Q_SIGNALS:
    void painted(int rows, qint64 atNs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_widget;
    std::function<int()> m_rows;
    const QElapsedTimer* m_clock;
    qint64 m_lastPaintNs = -1;
    int m_paints = 0;
    bool m_inside = false;
};

} // namespace TokenConsole::Bench
