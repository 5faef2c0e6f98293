// SPDX-License-Identifier: GPL-3.0-or-later
#include "Accessibility.h"

#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace TokenConsole {

void Accessibility::nameClearButton(QLineEdit* edit, const QString& name)
{
    // Qt's clear action and the tool button showing it are private children of the edit.
    auto* clear = edit->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"));
    if (!clear)
        return;
    clear->setText(name);
    clear->setToolTip(name);
    const auto buttons = edit->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly);
    for (QToolButton* button : buttons) {
        if (button->defaultAction() == clear)
            button->setAccessibleName(name);
    }
}

void Accessibility::nameToolBarExtensions(QWidget* window)
{
    // Qt's overflow buttons, shown when the window is too narrow for every tool or menu.
    const auto buttons = window->findChildren<QToolButton*>();
    for (QToolButton* button : buttons) {
        QString name;
        if (button->objectName() == QLatin1String("qt_toolbar_ext_button"))
            name = tr("More tools");
        else if (button->objectName() == QLatin1String("qt_menubar_ext_button"))
            name = tr("More menus");
        if (name.isEmpty())
            continue;
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

void Accessibility::describe(QWidget* field, QLabel* message)
{
    if (!describe(field, message->isVisibleTo(message->window()) ? message->text() : QString()))
        return;
    QAccessibleEvent changed(message, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}

bool Accessibility::describe(QWidget* field, const QString& text)
{
    if (field->accessibleDescription() == text)
        return false;
    field->setAccessibleDescription(text); // sends DescriptionChanged
    return true;
}

} // namespace TokenConsole
