#!/usr/bin/env bash
# Packs the large bundled fonts with xz for the jar (fonts/packed/*.xz, committed): Noto Sans SC is
# 10.5 MB a face, 6.3 MB deflated in the jar and 4.6 MB as xz. At run time the face is unpacked once into
# the user cache (BundledFonts). Run after replacing a font; PackedFontsTest fails while they differ.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
for f in "$here"/fonts/NotoSansSC-*.ttf; do
  xz --format=xz --check=crc64 -9e -T1 -c "$f" > "$here/fonts/packed/$(basename "$f").xz"
  echo "$(basename "$f"): $(stat -c %s "$f") -> $(stat -c %s "$here/fonts/packed/$(basename "$f").xz") bytes"
done
