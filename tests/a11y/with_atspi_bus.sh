#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command as a screen reader's session would: a virtual X server (xcb, not offscreen),
# a private session bus with the AT-SPI bus and registry, Qt's accessibility bridge always on,
# and a throwaway HOME with an unlocked keychain of its own.
# Missing tools fail: an accessibility check that silently skips checks nothing.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: with_atspi_bus.sh COMMAND [ARGS...]" >&2; exit 2; }
missing=()
for tool in xvfb-run xauth dbus-run-session dbus-send gnome-keyring-daemon /usr/libexec/at-spi-bus-launcher \
            /usr/libexec/at-spi2-registryd; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
# Debian's python3-pyatspi is for the system interpreter, whatever python3 is first on PATH.
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing+=("python3-pyatspi")
if [ ${#missing[@]} -gt 0 ]; then
  echo "with_atspi_bus: missing ${missing[*]} (./dev installs at-spi2-core python3-pyatspi xvfb xauth dbus gnome-keyring)" >&2
  exit 1
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
env -u QT_QPA_PLATFORM -u DBUS_SESSION_BUS_ADDRESS -u AT_SPI_BUS_ADDRESS \
    HOME="$home" USER=ada LANG=C.UTF-8 LANGUAGE= XDG_CONFIG_HOME="$home/.config" \
    XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" \
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 \
  dbus-run-session -- bash -c '
    eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    # Start the AT-SPI bus now: Qt connects to it only when it is there as Qt starts.
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$@"' bash "$@" 2> >(grep -v "Failed to set fd limit" >&2)
