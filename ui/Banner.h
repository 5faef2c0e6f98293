// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace TokenConsole {

// An in-window message strip (like KMessageWidget): icon, text, optional buttons. Its tint is
// blended from the current palette, so it reads on light and dark themes alike.
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit Banner(QWidget* parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setText(const QString& text);
    QString text() const;
    void setClosable(bool closable);
    // Adds a push button; returns it so the caller can connect and name it.
    QPushButton* addButton(const QString& text);
    void clearButtons();

Q_SIGNALS:
    void closed();

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void applyStyle();

    Kind m_kind = Kind::Information;
    QColor m_background;
    QColor m_border;
    QLabel* m_icon;
    QLabel* m_text;
    QHBoxLayout* m_buttons;
    QToolButton* m_close;
};

} // namespace TokenConsole
