#!/usr/bin/env bash
# Benchmarks, kept out of the test suite: wall time (median of N runs) and output size of each
# format for the seed article and for a ~1 MB text made from it.
#   scripts/bench.sh [runs=5] [formats="pdf epub docx audio"]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
formats="${2:-pdf epub docx audio}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/accesspub" --version >/dev/null   # builds the jar if needed, outside the timings

# ~1 MB of text: the seed's paragraphs repeated under numbered section headings.
big="$work/big-zh.txt"
"$here/scripts/book-text.sh" "$big"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() {  # input format
  local input="$1" format="$2" times=() ext
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    local start end
    start=$(date +%s.%N)
    "$here/accesspub" convert "$input" -f "$format" -o "$work/out" >/dev/null 2>"$work/err" || { cat "$work/err"; return 1; }
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  ext="$format"; [ "$format" = audio ] && ext=mp3
  local file="$work/out/$(basename "${input%.*}").$ext"
  printf '%-22s %-6s median %6.2f s  size %8d bytes\n' "$(basename "$input")" "$format" \
    "$(printf '%s\n' "${times[@]}" | median)" "$(stat -c %s "$file")"
  if [ "$format" = pdf ] && command -v pdfinfo >/dev/null; then
    echo "                              pages $(pdfinfo "$file" | awk '/^Pages/ {print $2}')"
  fi
}

for f in $formats; do
  measure "$here/samples/seed-article-zh.txt" "$f"
done
for f in $formats; do
  [ "$f" = audio ] && continue   # an hour of speech is not a useful benchmark run
  runs=1 measure "$big" "$f"
done
# Speech audio side by side with espeak-ng + LAME, with the ratio (scripts/bench-audio.sh).
case " $formats " in *" audio "*) "$here/scripts/bench-audio.sh" "$runs" ;; esac
