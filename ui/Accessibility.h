// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QLabel;
class QLineEdit;
class QWidget;

namespace TokenConsole {

// Accessibility chores that Qt leaves to the application: names for the buttons Qt creates on
// its own (a line edit's clear button, a toolbar's overflow button), and messages tied to the
// field they are about and announced to screen readers.
class Accessibility
{
    Q_DECLARE_TR_FUNCTIONS(TokenConsole::Accessibility)

public:
    // Names the clear button of a line edit with setClearButtonEnabled(true), e.g. "Clear
    // search". Screen readers otherwise find an unnamed button.
    static void nameClearButton(QLineEdit* edit, const QString& name);
    // Names the overflow ("more") buttons of the toolbars and the menu bar under `window`.
    static void nameToolBarExtensions(QWidget* window);

    // Ties `message` to `field` (its accessible description) and tells screen readers that both
    // changed, so the message is spoken while the field has the focus. AT-SPI in Qt 6.4 has no
    // announcement event: a description change of the focused object is what Orca speaks.
    static void describe(QWidget* field, QLabel* message);
    // Returns whether the description changed.
    static bool describe(QWidget* field, const QString& text);
};

} // namespace TokenConsole
