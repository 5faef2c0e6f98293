#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# deb-install-test.sh CPACK_CONFIG
# Builds the .deb with CPack from this build tree, installs it into the running system for
# real, checks what an admin would get (executables on PATH, desktop entry, icons, man pages,
# metainfo, systemd units, copyright and changelog), then removes it and checks nothing is left
# behind.
# Needs root and dpkg (CI runs as root); otherwise it skips with 77.
set -u
config=$1
package=token-console
app_id=org.tokenconsole.TokenConsole

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
command -v dpkg >/dev/null 2>&1 || skip "dpkg is not available"
command -v cpack >/dev/null 2>&1 || skip "cpack is not available"
[ -f "$config" ] || fail "$config is missing: configure the project first"
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    skip "$package is already installed on this system; not touching it"
fi

work=$(mktemp -d)
installed=0
cleanup() {
    if [ $installed -eq 1 ]; then dpkg -r "$package" >/dev/null 2>&1; fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

echo "== Building the .deb"
cpack --config "$config" -G DEB -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack could not build the .deb"; }
deb=$(ls "$work"/${package}_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "cpack produced no ${package}_*.deb"
echo "built $(basename "$deb")"
dpkg-deb --field "$deb" Depends Recommends

echo "== Installing"
# dpkg waits for the lock rather than failing while another installation is running.
installed=1
if ! dpkg -i "$deb"; then
    # A missing dependency: let apt resolve it, as a user's `apt install ./x.deb` would.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -f --no-install-recommends ||
        fail "the .deb did not install and apt could not resolve its dependencies"
fi

status=0
check() { # check DESCRIPTION COMMAND...
    desc=$1; shift
    if "$@" >"$work/out" 2>&1; then
        echo "ok   $desc"
    else
        echo "FAIL $desc"; sed 's/^/     /' "$work/out"; status=1
    fi
}

# No display here: the command-line paths must not need one, but Qt may still want a
# platform plugin, so give it the one that needs no display.
export QT_QPA_PLATFORM=offscreen
check "token-console --version prints the version" \
    sh -c '/usr/bin/token-console --version | grep -E "[0-9]+\.[0-9]+\.[0-9]+"'
check "token-console-sandbox --help" /usr/bin/token-console-sandbox --help
check "desktop entry installed" test -f /usr/share/applications/$app_id.desktop
if command -v desktop-file-validate >/dev/null 2>&1; then
    check "installed desktop entry validates" desktop-file-validate /usr/share/applications/$app_id.desktop
fi
check "desktop entry starts token-console" grep -qx "Exec=token-console" /usr/share/applications/$app_id.desktop
check "metainfo installed" test -f /usr/share/metainfo/$app_id.metainfo.xml
for size in 16 24 32 48 64 128 256 512; do
    check "icon ${size}x${size}" test -s /usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
done
check "scalable icon" test -s /usr/share/icons/hicolor/scalable/apps/$app_id.svg
check "man page token-console(1)" test -f /usr/share/man/man1/token-console.1.gz
check "man page token-console-sandbox(1)" test -f /usr/share/man/man1/token-console-sandbox.1.gz
units=""
for unit in check.service check.timer keepalive.service keepalive.timer; do
    check "systemd user unit token-console-$unit" test -f /usr/lib/systemd/user/token-console-$unit
    units="$units /usr/lib/systemd/user/token-console-$unit"
done
if command -v systemd-analyze >/dev/null 2>&1; then
    # shellcheck disable=SC2086 # one argument per unit
    check "systemd units verify" systemd-analyze verify $units
else
    echo "skip systemd-analyze verify (Debian: systemd)"
fi
# Shipped disabled: installing enables nothing for anyone.
check "no timer enabled by the package" \
    sh -c '! ls /etc/systemd/user/*.wants/token-console-* 2>/dev/null | grep -q .'
check "copyright file" grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" \
    /usr/share/doc/$package/copyright
check "Debian changelog" sh -c "zcat /usr/share/doc/$package/changelog.Debian.gz | head -n 1 | grep -q '^$package ('"
check "lintian overrides" test -f /usr/share/lintian/overrides/$package

# Launch it the way a desktop does, from the installed entry, when the build can take a
# screenshot and an X server is at hand: the window must come up and draw the token table.
if command -v xvfb-run >/dev/null 2>&1 && /usr/bin/token-console --help 2>/dev/null | grep -q -- "--screenshot"; then
    exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/$app_id.desktop | head -n 1)
    home="$work/home"
    mkdir -p "$home"
    # shellcheck disable=SC2086 # the Exec line is split into words, as a launcher does
    check "launches from its desktop entry under Xvfb" env HOME="$home" XDG_CONFIG_HOME="$home/.config" \
        XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" QT_QPA_PLATFORM=xcb \
        timeout 90 xvfb-run -a -s "-screen 0 1280x800x24" \
        $exec_line --screenshot "$work/shot.png"
    check "the launched window produced a screenshot" test -s "$work/shot.png"
else
    echo "skip launching from the desktop entry (no xvfb-run, or no --screenshot option yet)"
fi

echo "== Removing"
files=$(dpkg -L "$package" | while read -r f; do [ -f "$f" ] && echo "$f"; done)
dpkg -r "$package" || fail "dpkg -r $package failed"
installed=0
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    fail "$package is still installed after dpkg -r"
fi
for f in $files; do
    if [ -e "$f" ]; then echo "FAIL left behind after removal: $f"; status=1; fi
done
[ $status -eq 0 ] && echo "ok   removed cleanly ($(echo "$files" | wc -l) files gone)"

[ $status -eq 0 ] && echo "PASS: the .deb installs, works and uninstalls" || echo "FAIL: see above"
exit $status
