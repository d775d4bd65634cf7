#!/usr/bin/env bash
# Regenerates Ferry's icons from ferry.svg. Needs ImageMagick 6 (`convert`) and python3; run it by hand
# after changing the SVG and commit the results (the build never runs it).
#   ferry.png   256 px, Linux (jpackage --icon on Linux takes a PNG)
#   ferry.ico   16-256 px, Windows (jpackage --icon on Windows takes an .ico)
#   ferry.icns  128-1024 px PNG entries, macOS (jpackage --icon on macOS takes an .icns)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# MSVG is ImageMagick's own SVG renderer: the same result on every machine, no librsvg needed.
convert -background none -density 96 MSVG:ferry.svg -depth 8 "$tmp/1024.png"
for size in 16 24 32 48 64 128 256 512; do
  convert "$tmp/1024.png" -resize "${size}x${size}" -depth 8 "PNG32:$tmp/$size.png"
done

cp "$tmp/256.png" ferry.png
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" \
  "$tmp/256.png" ferry.ico

# ICNS: 'icns' + total length, then entries of type + length + PNG data (macOS 10.7+ reads PNG entries).
python3 - "$tmp" <<'PY'
import struct, sys
tmp = sys.argv[1]
entries = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)):
    data = open(f"{tmp}/{size}.png", "rb").read()
    entries += kind + struct.pack(">I", len(data) + 8) + data
open("ferry.icns", "wb").write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
PY
ls -l ferry.png ferry.ico ferry.icns
