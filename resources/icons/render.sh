#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Re-renders every raster form of the application icon from org.tokenconsole.TokenConsole.svg
# (and -small.svg for 16 and 24 px):
# the hicolor PNGs, the Windows .ico and the macOS .icns. Run after changing the SVG, then
# commit the results. Needs rsvg-convert (librsvg2-bin) and python3.
set -eu
cd "$(dirname "$0")"
svg=org.tokenconsole.TokenConsole.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# 16 and 24 px come from a simplified drawing (thicker ring, bolder key) that stays legible.
for size in 16 24; do
    rsvg-convert -w $size -h $size org.tokenconsole.TokenConsole-small.svg \
        -o hicolor/org.tokenconsole.TokenConsole-$size.png
done
for size in 32 48 64 128 256 512; do
    rsvg-convert -w $size -h $size "$svg" -o hicolor/org.tokenconsole.TokenConsole-$size.png
done
rsvg-convert -w 1024 -h 1024 "$svg" -o "$tmp/1024.png"
python3 - "$tmp/1024.png" <<'PY'
import struct, sys
png = lambda size: open(f"hicolor/org.tokenconsole.TokenConsole-{size}.png", "rb").read()

# Windows .ico with PNG-compressed images (Vista and later).
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in sizes]
offset = 6 + 16 * len(sizes)
ico = struct.pack("<HHH", 0, 1, len(sizes))
for size, data in zip(sizes, images):
    ico += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("platform/token-console.ico", "wb").write(ico + b"".join(images))

# macOS .icns: PNG payloads, 1x and 2x.
entries = [(b"icp4", png(16)), (b"icp5", png(32)), (b"icp6", png(64)), (b"ic07", png(128)),
           (b"ic08", png(256)), (b"ic09", png(512)), (b"ic10", open(sys.argv[1], "rb").read()),
           (b"ic11", png(32)), (b"ic12", png(64)), (b"ic13", png(256)), (b"ic14", png(512))]
body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in entries)
open("platform/token-console.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "rendered PNGs, platform/token-console.ico and platform/token-console.icns"
