#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the README's screenshots into resources/screenshots/ (used by ./dev screenshots).
# Each shot starts token-console in Xvfb with a fresh throwaway HOME, so the embedded sandbox
# seeds fresh demo data and no saved window layout or profile leaks in.
set -euo pipefail
BUILD=${1:?usage: screenshots.sh BUILD_DIR}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EXE=$BUILD/bin/token-console
OUT=$ROOT/resources/screenshots
[ -x "$EXE" ] || { echo "screenshots.sh: $EXE is missing; build first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }
mkdir -p "$OUT"

shoot() {
  local name=$1; shift
  local home
  home=$(mktemp -d)
  mkdir -m 700 "$home/run"
  # xcb in a virtual X server (the real platform plugin, not offscreen), inside a private
  # session bus with an unlocked throwaway keychain, so the New secret dialog shows the
  # normal path.
  env -u QT_QPA_PLATFORM HOME="$home" USER=ada XDG_CONFIG_HOME="$home/.config" \
      XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" \
      XDG_RUNTIME_DIR="$home/run" \
    dbus-run-session -- bash -c '
      eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
      export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"' bash \
      "$EXE" --screenshot "$OUT/$name.png" "$@" >/dev/null 2>"$home/log" \
    || { cat "$home/log" >&2; rm -rf "$home"; exit 1; }
  rm -rf "$home"
  echo "$OUT/$name.png"
}

shoot main-window --size 1280x720 --palette light --select Marketo
shoot main-window-dark --size 1280x720 --palette dark --select Marketo
shoot provision-dialog --palette light --screenshot-dialog provision
shoot new-secret-dialog --palette light --screenshot-dialog new-secret
shoot direct-mode --size 1280x720 --palette light --profile demo-on24 --select "Quarterly board report"
