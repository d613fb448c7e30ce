#!/usr/bin/env bash
# Speak once: wall time of -f audio, -f narrated, -f daisy each alone and of -f audio,narrated,daisy
# together, runs interleaved, medians reported. Kept out of the test suite.
#   scripts/bench-talking.sh [runs=3] [input=samples/seed-article-zh.txt]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
input="${2:-$here/samples/seed-article-zh.txt}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/accesspub" --version >/dev/null   # builds the jar if needed, outside the timings

sets=("audio" "narrated" "daisy" "audio,narrated,daisy")
declare -A times
for _ in $(seq "$runs"); do
  for f in "${sets[@]}"; do
    rm -rf "$work/out"
    start=$(date +%s.%N)
    "$here/accesspub" convert "$input" -f "$f" -o "$work/out" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
    end=$(date +%s.%N)
    times[$f]+="$(echo "$end - $start" | bc) "
  done
done
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for f in "${sets[@]}"; do
  printf '%-22s -f %-22s median %7.2f s  (runs: %s)\n' "$(basename "$input")" "$f" \
    "$(echo "${times[$f]}" | median)" "${times[$f]}"
done
