#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-version.sh VERSION METAINFO MANPAGE... : the release files name the version of
# project(VERSION), so a version bump cannot leave them behind.
version=$1
metainfo=$2
shift 2
status=0
if grep -q "<release version=\"$version\"" "$metainfo"; then
    echo "ok   $metainfo has a release entry for $version"
else
    echo "FAIL $metainfo has no <release version=\"$version\" ...>: add one for this version"
    status=1
fi
for page in "$@"; do
    if grep -q "^\.TH .*\"Token Console $version\"" "$page"; then
        echo "ok   $page is for $version"
    else
        echo "FAIL $page: its .TH line does not say \"Token Console $version\""
        status=1
    fi
done
exit $status
