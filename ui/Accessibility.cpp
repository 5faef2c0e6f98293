// SPDX-License-Identifier: GPL-3.0-or-later
#include "Accessibility.h"

#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
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
    const auto toolbars = window->findChildren<QToolBar*>();
    for (QToolBar* toolbar : toolbars) {
        auto* more = toolbar->findChild<QToolButton*>(QStringLiteral("qt_toolbarext_button"));
        if (!more)
            continue;
        more->setAccessibleName(tr("More tools"));
        more->setToolTip(tr("More tools"));
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
    field->setAccessibleDescription(text);
    QAccessibleEvent changed(field, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    return true;
}

} // namespace TokenConsole
