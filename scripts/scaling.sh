#!/usr/bin/env bash
# Time against size for the two inputs that used to be superlinear (issue 13): one paragraph on
# one line set as a PDF, and text full of combining marks read by the speech normaliser
# (`inspect --speech`). Linear time shows as seconds that double with the size.
#   scripts/scaling.sh [sizes in MB="0.5 1 2 4"]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
sizes="${1:-0.5 1 2 4}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/accesspub" --version >/dev/null   # builds the jar if needed, outside the timings

make_input() {  # kind bytes file
  python3 - "$1" "$2" "$3" <<'PY'
import sys
kind, size, path = sys.argv[1], int(float(sys.argv[2])), sys.argv[3]
if kind == "line":
    unit = "The council met on Monday and agreed the plan for the new library, "
else:
    unit = "a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a e\u0301\u0300 word "
body = []
n = 0
while n < size:
    body.append(unit)
    n += len(unit.encode("utf-8"))
with open(path, "w", encoding="utf-8") as f:
    f.write("A long paragraph\n\n" + "".join(body) + "\n")
PY
}

seconds() {  # command...
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || echo "  (exit $?: $*)" >&2
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }'
}

printf '%-8s %-24s %-24s\n' "MB" "PDF, one-line paragraph" "inspect --speech, marks"
for mb in $sizes; do
  bytes=$(awk -v m="$mb" 'BEGIN { printf "%d", m * 1048576 }')
  make_input line "$bytes" "$work/line.txt"
  make_input marks "$bytes" "$work/marks.txt"
  pdf=$(seconds "$here/accesspub" convert "$work/line.txt" -f pdf -o "$work/out")
  speech=$(seconds "$here/accesspub" inspect --speech "$work/marks.txt")
  printf '%-8s %-24s %-24s\n' "$mb" "${pdf} s" "${speech} s"
done
echo "(machine: $(nproc) cores; shared machines give noisy numbers: run twice)"
