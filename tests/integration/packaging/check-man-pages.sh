#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-man-pages.sh PAGE... : each page formats without a single groff warning, and documents
# every subcommand and GUI option the CLI offers.
if ! command -v groff >/dev/null 2>&1; then
    echo "SKIP: groff is not installed"
    exit 77
fi
status=0
for page in "$@"; do
    warnings=$(groff -man -ww -z -Tutf8 "$page" 2>&1)
    if [ -n "$warnings" ]; then
        echo "FAIL: $page: $warnings"
        status=1
    fi
done
main=$1
for word in list check provision rename disable enable verify rotate usage --grace --days \
            --help --version --lang --profile --screenshot --size \
            --format --within --login --name --access --print-secret --all \
            --server --password-stdin "EXIT STATUS"; do
    escaped=$(printf '%s' "$word" | sed 's/-/\\\\-/g')
    if ! grep -q -e "$escaped" -e "$word" "$main"; then
        echo "FAIL: $main does not mention $word"
        status=1
    fi
done
[ $status -eq 0 ] && echo "PASS: man pages"
exit $status
