#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-embedded-resources.sh EXECUTABLE NAME... : every named Qt resource (qt_add_resources'
# name) is compiled into the executable, not just into a library the linker may have dropped.
exe=$1
shift
if ! command -v nm >/dev/null 2>&1; then
    echo "SKIP: nm is not installed"
    exit 77
fi
symbols=$(nm -C "$exe" 2>&1) || { echo "FAIL: cannot read symbols of $exe: $symbols"; exit 1; }
status=0
for name in "$@"; do
    if printf '%s\n' "$symbols" | grep -q "qInitResources_${name}()"; then
        echo "PASS: resource '$name' is in $exe"
    else
        echo "FAIL: resource '$name' is not in $exe: link its library (tokenconsole_resources / tokenconsole_translations) into the executable"
        status=1
    fi
done
exit $status
