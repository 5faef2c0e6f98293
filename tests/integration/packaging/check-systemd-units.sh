#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-systemd-units.sh EXECUTABLE MAN_PAGE_DIR UNIT...
# Checks the systemd user units the packages ship with `systemd-analyze --user verify`: syntax,
# known settings, a timer's service, the command, and the man page named by Documentation=.
# The units start `token-console` from the PATH, which is not installed here: a scratch copy
# names the built EXECUTABLE instead, and man looks in MAN_PAGE_DIR. Also checks that the units
# are the timers the documentation describes, and that none enables itself. Skips (77) when
# systemd-analyze is missing.
set -u
exe=$1
man_dir=$2
shift 2

if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "SKIP: systemd-analyze is not installed (Debian: systemd, see PACKAGES in ./dev)"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/units" "$work/man/man1" "$work/run"
chmod 700 "$work/run"
for page in "$man_dir"/*.1; do ln -s "$page" "$work/man/man1/"; done

status=0
for unit in "$@"; do
    name=$(basename "$unit")
    case $name in
        *.service)
            if ! grep -qx 'ExecStart=token-console .*' "$unit"; then
                echo "FAIL $name: ExecStart= does not start token-console from the PATH"
                status=1
            fi
            sed "s|^ExecStart=token-console |ExecStart=$exe |" "$unit" >"$work/units/$name" ;;
        *) cp "$unit" "$work/units/$name" ;;
    esac
    # Enabling is the user's decision: a service has no [Install] section of its own, so
    # only its timer can be enabled.
    case $name in *.service)
        if grep -q '^\[Install\]' "$unit"; then
            echo "FAIL $name has an [Install] section: enable the timer, not the service"
            status=1
        fi ;;
    esac
done

expect() { # expect UNIT LINE...
    unit=$1; shift
    for line in "$@"; do
        if [ -f "$work/units/$unit" ] && ! grep -qxF "$line" "$work/units/$unit"; then
            echo "FAIL $unit lacks $line"; status=1
        fi
    done
}
expect token-console-keepalive.service "Type=oneshot" "ExecStart=$exe keepalive"
expect token-console-keepalive.timer "OnCalendar=daily" "Persistent=true" "RandomizedDelaySec=1h" \
    "WantedBy=timers.target"

if command -v man >/dev/null 2>&1; then
    man_option=--man=yes
else
    man_option=--man=no
    echo "NOTE: man is not installed (Debian: man-db): Documentation= links are not checked"
fi
cd "$work/units" || exit 1
# Any message, even a warning about an unknown setting that systemd would ignore, fails.
XDG_RUNTIME_DIR="$work/run" MANPATH="$work/man" \
    systemd-analyze --user verify $man_option ./* >"$work/out" 2>&1
rc=$?
if [ $rc -ne 0 ] || [ -s "$work/out" ]; then
    echo "FAIL systemd-analyze --user verify (exit $rc):"
    sed 's/^/     /' "$work/out"
    status=1
else
    echo "ok   systemd-analyze --user verify: $(ls | tr '\n' ' ')"
fi

[ $status -eq 0 ] && echo "PASS: systemd user units" || echo "FAIL: see above"
exit $status
