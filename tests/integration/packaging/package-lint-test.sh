#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# package-lint-test.sh CPACK_CONFIG RPMLINT_CONFIG LINTIAN_OVERRIDES
# Builds the .deb and the .rpm with CPack from this build tree and runs the distributions' own
# checkers on them, as Debian and Fedora reviewers would:
#   lintian --pedantic: no error, warning or pedantic tag, and no hardening note; every
#     override in LINTIAN_OVERRIDES has a comment saying why; and readelf finds the hardening
#     in the executables (PIE, RELRO, BIND_NOW, stack protector, no RPATH);
#   rpmlint with RPMLINT_CONFIG (Fedora's settings): nothing but the unsigned-package error;
#     and every executable in /usr/bin has its gzip'd man page in /usr/share/man/man1.
# Prints the count of each tag either checker reported. Skips (77) when a tool is missing.
set -u
config=$1
rpmlint_config=$2
overrides=$3

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }

for tool in cpack lintian rpmlint rpmbuild rpm dpkg-deb; do
    command -v $tool >/dev/null 2>&1 ||
        skip "$tool is not installed (Debian: see PACKAGES in ./dev)"
done
[ -f "$config" ] || fail "$config is missing: configure the project first"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

echo "== Building the packages"
cpack --config "$config" -G "DEB;RPM" -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack could not build the packages"; }
deb=$(ls "$work"/token-console_*.deb 2>/dev/null | head -n 1)
rpm=$(ls "$work"/token-console-*.rpm 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "cpack produced no token-console_*.deb"
[ -n "$rpm" ] || fail "cpack produced no token-console-*.rpm"
echo "built $(basename "$deb") and $(basename "$rpm")"

status=0
# Tag counts, "  N tag", from checker lines such as "W: token-console: tag details".
counts() { sed -n "$1" "$2" | sort | uniq -c | sed 's/^ */  /'; }

echo "== lintian --pedantic"
# -I -E: informational and experimental tags too, so hardening notes show up.
lintian --pedantic -I -E --tag-display-limit 0 --show-overrides "$deb" >"$work/lintian" 2>&1
grep -v '^running with root privileges' "$work/lintian" | sed 's/^/  /'
echo "lintian tags (overridden ones marked O):"
counts 's/^\([EWIPXO]\): [^ ]* \([^ ]*\).*/\1 \2/p' "$work/lintian"
bad=$(grep -E '^[EWP]: |^[IX]: [^ ]* hardening-' "$work/lintian")
if [ -n "$bad" ]; then
    echo "FAIL lintian reports errors, warnings, pedantic tags or missing hardening:"
    echo "$bad" | sed 's/^/     /'
    status=1
else
    echo "ok   lintian: no error, warning, pedantic tag or hardening note"
fi
# Each override must say why: a comment line right above it.
awk '/^#/ { commented = 1; next }
     /^[[:space:]]*$/ { commented = 0; next }
     { if (!commented) { print; bad = 1 } }
     END { exit bad }' "$overrides" >"$work/uncommented" ||
    { echo "FAIL lintian overrides without a comment above them:"; sed 's/^/     /' "$work/uncommented"
      status=1; }

# The hardening itself, read from the packaged executables: position-independent, full RELRO
# with immediate binding, the stack protector, and no RPATH/RUNPATH.
dpkg-deb -x "$deb" "$work/root" || fail "dpkg-deb cannot unpack $deb"
if command -v readelf >/dev/null 2>&1; then
    for exe in "$work"/root/usr/bin/*; do
        name=$(basename "$exe")
        readelf -h -l -d --dyn-syms -W "$exe" >"$work/elf" 2>&1
        missing=""
        grep -q 'Type: *DYN' "$work/elf" && grep -q 'FLAGS_1.*PIE' "$work/elf" || missing="$missing PIE"
        grep -q 'GNU_RELRO' "$work/elf" || missing="$missing RELRO"
        grep -q 'BIND_NOW' "$work/elf" || missing="$missing BIND_NOW"
        grep -q '__stack_chk_fail' "$work/elf" || missing="$missing stack-protector"
        grep -qE '\((RPATH|RUNPATH)\)' "$work/elf" && missing="$missing no-RPATH"
        if [ -z "$missing" ]; then
            echo "ok   /usr/bin/$name: PIE, RELRO, BIND_NOW, stack protector, no RPATH"
        else
            echo "FAIL /usr/bin/$name lacks:$missing"; status=1
        fi
    done
else
    echo "FAIL readelf is not installed (Debian: binutils): cannot check the hardening"; status=1
fi

echo "== rpmlint -c $(basename "$rpmlint_config")"
rpmlint -c "$rpmlint_config" "$rpm" >"$work/rpmlint" 2>&1
grep -E ': [EW]: ' "$work/rpmlint" | sed 's/^/  /'
tail -n 1 "$work/rpmlint" | sed 's/^/  /'
echo "rpmlint tags:"
counts 's/^[^ ]*: \([EW]\): \([^ ]*\).*/\1 \2/p' "$work/rpmlint"
# The packages are signed when published, not when built: no-signature is expected.
bad=$(grep -E ': [EW]: ' "$work/rpmlint" | grep -v ': E: no-signature$')
if [ -n "$bad" ]; then
    echo "FAIL rpmlint reports more than the missing signature:"
    echo "$bad" | sed 's/^/     /'
    status=1
elif ! grep -q 'packages and 0 specfiles checked' "$work/rpmlint"; then
    echo "FAIL rpmlint did not check the package:"; sed 's/^/     /' "$work/rpmlint"
    status=1
else
    echo "ok   rpmlint: nothing but the unsigned-package error"
fi

# What rpmlint's no-manual-page-for-binary is meant to check, which rpmlint.toml filters out
# because Debian 12's rpmlint reports it for every binary (see there).
rpm -qpl "$rpm" >"$work/files" 2>/dev/null || fail "rpm cannot list $rpm"
for exe in $(sed -n 's|^/usr/bin/||p' "$work/files"); do
    if grep -qxF "/usr/share/man/man1/$exe.1.gz" "$work/files"; then
        echo "ok   /usr/bin/$exe has /usr/share/man/man1/$exe.1.gz"
    else
        echo "FAIL /usr/bin/$exe has no man page /usr/share/man/man1/$exe.1.gz"
        status=1
    fi
done

[ $status -eq 0 ] && echo "PASS: lintian and rpmlint accept the packages" || echo "FAIL: see above"
exit $status
