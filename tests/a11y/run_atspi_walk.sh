#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts token-console on the embedded sandbox on a private AT-SPI bus and walks its accessible
# tree as a screen reader would (atspi_walk.py).
set -euo pipefail
EXE=${1:?usage: run_atspi_walk.sh TOKEN_CONSOLE_EXE}
HERE=$(cd "$(dirname "$0")" && pwd)
exec "$HERE/with_atspi_bus.sh" /usr/bin/python3 "$HERE/atspi_walk.py" "$EXE"
