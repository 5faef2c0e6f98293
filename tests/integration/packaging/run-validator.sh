#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# run-validator.sh TOOL ARGS... : runs a validator; skips (77) when it is not installed.
tool=$1
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (Debian: see PACKAGES in ./dev)"
    exit 77
fi
"$@"
status=$?
[ $status -eq 0 ] && echo "PASS: $*"
exit $status
