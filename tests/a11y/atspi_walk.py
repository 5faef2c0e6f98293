#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks token-console's accessible tree over AT-SPI, as a screen reader would.

Started by run_atspi_walk.sh (its own X server, session bus and HOME). Starts the app on the
embedded sandbox and fails when
  - a showing, interactive control (button, check box, text field, combo box, menu item...) of
    the main window, the Rename dialog or the Provision dialog has no accessible name;
  - the at-risk demo token's countdown cell does not say that it is at risk;
  - a column hidden in the table (Access, Key, Created) is exposed.
"""
import os
import subprocess
import sys
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_MENU,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LINK,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE,
}
# The demo's token 50 days without activity (app/sandbox/Seeder.cpp).
AT_RISK_TOKEN = "Marketo"
HIDDEN_COLUMNS = {"Access", "Key", "Created"}
TIMEOUT = 60.0

failures = []


def wait_for(what, find, timeout=TIMEOUT):
    """Polls `find` until it returns something, up to `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = find()
        except Exception:  # the tree changes under us while the app starts
            found = None
        if found:
            return found
        time.sleep(0.2)
    raise SystemExit(f"atspi_walk: timed out waiting for {what}")


def children(node):
    try:
        return [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return []


def walk(node, skip_cells=True):
    yield node
    if skip_cells and node.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE):
        return  # cells are checked through the table interface
    for child in children(node):
        if child is not None:
            yield from walk(child, skip_cells)


def find(root, role, name=None):
    for node in walk(root):
        if node.getRole() == role and (name is None or node.name == name):
            return node
    return None


def path_of(node):
    parts = []
    while node is not None and node.getRole() != pyatspi.ROLE_APPLICATION:
        parts.append(f"{node.getRoleName()}:{node.name!r}")
        node = node.parent
    return " / ".join(reversed(parts))


def check_names(root, where):
    checked = 0
    for node in walk(root):
        states = node.getState()
        if node.getRole() not in INTERACTIVE or not states.contains(pyatspi.STATE_SHOWING):
            continue
        checked += 1
        if not node.name.strip():
            failures.append(f"{where}: unnamed {node.getRoleName()} at {path_of(node)}")
    print(f"atspi_walk: {where}: {checked} showing interactive controls checked")
    if checked == 0:
        failures.append(f"{where}: no interactive control found: the walk saw nothing")


def press(button):
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("Press", "press", "click", "Click", "activate"):
            action.doAction(i)
            return
    action.doAction(0)


def column_headers(table):
    t = table.queryTable()
    return [t.getColumnDescription(c) for c in range(t.nColumns)]


def check_table(table):
    headers = column_headers(table)
    print(f"atspi_walk: table columns: {headers}")
    exposed = HIDDEN_COLUMNS.intersection(headers)
    if exposed:
        failures.append(f"hidden columns exposed: {sorted(exposed)}")
    t = table.queryTable()
    if "Auto-disable in" not in headers or "Name" not in headers:
        failures.append(f"table lacks the Name or Auto-disable column: {headers}")
        return
    name_column = headers.index("Name")
    countdown_column = headers.index("Auto-disable in")
    for row in range(t.nRows):
        name = t.getAccessibleAt(row, name_column).name
        if name != AT_RISK_TOKEN:
            continue
        spoken = t.getAccessibleAt(row, countdown_column).name
        print(f"atspi_walk: {AT_RISK_TOKEN}'s countdown reads {spoken!r}")
        if "warning" not in spoken and "critical" not in spoken:
            failures.append(f"the at-risk token's countdown reads {spoken!r}: its risk is unsaid")
        return row
    failures.append(f"no row for the at-risk token {AT_RISK_TOKEN}")
    return None


def dialog_of(app, title):
    for window in children(app):
        if window.name == title and window.getState().contains(pyatspi.STATE_SHOWING):
            return window
    return None


def close_dialog(dialog):
    press(find(dialog, pyatspi.ROLE_PUSH_BUTTON, "Cancel"))


def main():
    exe = sys.argv[1]
    app_process = subprocess.Popen([exe, "--lang", "en"], stdout=subprocess.DEVNULL)
    try:
        desktop = pyatspi.Registry.getDesktop(0)

        def the_app():
            for app in children(desktop):
                if app is not None and app.get_process_id() == app_process.pid:
                    return app
            return None

        app = wait_for("the application on the AT-SPI bus", the_app)
        window = wait_for("the main window", lambda: next(
            (w for w in children(app) if w.getRole() == pyatspi.ROLE_FRAME), None))
        table = wait_for("the token table", lambda: find(window, pyatspi.ROLE_TABLE, "Tokens"))
        wait_for("the demo tokens", lambda: table.queryTable().nRows >= 3)

        row = check_table(table)
        # A search shows the search field's clear button.
        search = find(window, pyatspi.ROLE_TEXT, "Search tokens")
        search.queryEditableText().setTextContents("a")
        wait_for("the search", lambda: table.queryTable().nRows >= 1)
        check_names(window, "main window")
        search.queryEditableText().setTextContents("")

        if row is not None:
            wait_for("every row back", lambda: table.queryTable().nRows >= 3)
            table.queryTable().addRowSelection(row)
            rename = wait_for("Rename enabled", lambda: next(
                (b for b in walk(window) if b.getRole() == pyatspi.ROLE_PUSH_BUTTON
                 and b.name.startswith("Rename")
                 and b.getState().contains(pyatspi.STATE_ENABLED)), None))
            press(rename)
            dialog = wait_for("the Rename dialog", lambda: dialog_of(app, "Rename Token"))
            check_names(dialog, "Rename dialog")
            close_dialog(dialog)
            wait_for("the Rename dialog to close", lambda: dialog_of(app, "Rename Token") is None)

        provision = find(window, pyatspi.ROLE_PUSH_BUTTON, "Provision…")
        if provision is None:
            failures.append("no Provision… button in the toolbar")
        else:
            press(provision)
            dialog = wait_for("the Provision dialog", lambda: dialog_of(app, "Provision a Token"))
            name = find(dialog, pyatspi.ROLE_TEXT, "Token name")
            name.queryEditableText().setTextContents("Webinar sync")
            check_names(dialog, "Provision dialog")
            close_dialog(dialog)
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app_process.kill()

    for failure in failures:
        print(f"FAIL: {failure}")
    if failures:
        return 1
    print("atspi_walk: every showing interactive control has a name; the risk is spoken")
    return 0


if __name__ == "__main__":
    sys.exit(main())
