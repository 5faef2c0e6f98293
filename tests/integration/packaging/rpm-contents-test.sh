#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# rpm-contents-test.sh CPACK_CONFIG LICENSE VERSION
# Builds the .rpm with CPack from this build tree and checks what it would install and require,
# without installing it (this is a Debian system): both executables, desktop entry, metainfo,
# icons, man pages and systemd units under /usr; the licence text marked %license; Qt and
# QtKeychain libraries required by soname; gnome-keyring recommended; the License and Packager
# tags and a %changelog whose newest entry is this version. Skips (77) when rpmbuild or rpm is
# missing.
set -u
config=$1
license=$2
version=$3
app_id=org.tokenconsole.TokenConsole

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

command -v rpmbuild >/dev/null 2>&1 || skip "rpmbuild is not installed (Debian: rpm)"
command -v rpm >/dev/null 2>&1 || skip "rpm is not installed"
[ -f "$config" ] || fail "$config is missing: configure the project first"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
cpack --config "$config" -G RPM -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack could not build the .rpm"; }
package=$(ls "$work"/token-console-*.rpm 2>/dev/null | head -n 1)
[ -n "$package" ] || fail "cpack produced no token-console-*.rpm"
echo "built $(basename "$package")"

rpm -qpl "$package" >"$work/files" 2>/dev/null || fail "rpm cannot list $package"
rpm -qp --requires "$package" >"$work/requires" 2>/dev/null
rpm -qp --recommends "$package" >"$work/recommends" 2>/dev/null
rpm -qpL "$package" >"$work/licensefiles" 2>/dev/null
rpm -qp --qf '%{LICENSE}\n' "$package" >"$work/license" 2>/dev/null
rpm -qp --qf '%{PACKAGER}\n' "$package" >"$work/packager" 2>/dev/null
rpm -qp --changelog "$package" 2>/dev/null | head -n 1 >"$work/changelog"

status=0
expect() { # expect FILE LINE...
    list=$1; shift
    for line in "$@"; do
        if grep -qxF "$line" "$work/$list"; then
            echo "ok   $list: $line"
        else
            echo "FAIL $list lacks: $line"; status=1
        fi
    done
}
expect files /usr/bin/token-console /usr/bin/token-console-sandbox \
    /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/48x48/apps/$app_id.png /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    /usr/share/man/man1/token-console.1.gz /usr/share/man/man1/token-console-sandbox.1.gz \
    /usr/lib/systemd/user/token-console-check.service /usr/lib/systemd/user/token-console-check.timer \
    /usr/lib/systemd/user/token-console-keepalive.service \
    /usr/lib/systemd/user/token-console-keepalive.timer
expect licensefiles /usr/share/licenses/token-console/LICENSE
expect license "$license"
if grep -q '^Token Console developers <.*@.*>$' "$work/packager"; then
    echo "ok   packager: $(cat "$work/packager")"
else
    echo "FAIL packager tag: $(cat "$work/packager")"; status=1
fi
if grep -q -- "- $version-[0-9]*\$" "$work/changelog"; then
    echo "ok   changelog: $(cat "$work/changelog")"
else
    echo "FAIL the newest %changelog entry is not for $version: $(cat "$work/changelog")"; status=1
fi
expect recommends gnome-keyring
expect requires "libQt6Widgets.so.6()(64bit)" "libqt6keychain.so.1()(64bit)"
# Debian's files belong in the .deb only.
for file in /usr/share/doc/token-console/copyright /usr/share/doc/token-console/changelog.Debian.gz; do
    if grep -qxF "$file" "$work/files"; then echo "FAIL the .rpm holds $file"; status=1; fi
done
# Directories owned by the filesystem or other packages must not be claimed.
for dir in /usr/share/applications /usr/share/icons/hicolor /usr/lib/systemd/user /usr/share/man/man1 \
           /usr/share/licenses; do
    if grep -qxF "$dir" "$work/files"; then echo "FAIL the package claims $dir"; status=1; fi
done

[ $status -eq 0 ] && echo "PASS: the .rpm holds and requires what it should" || cat "$work/requires"
exit $status
