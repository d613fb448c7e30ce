#!/usr/bin/env bash
# What the self-check report costs, kept out of the test suite.
#
#   scripts/bench-report.sh [pairs=6] [input=samples/seed-article-zh.txt] [formats=pdf,epub,docx,audio]
#       a cold CLI `convert` without and with --report, in pairs, alternating which goes first; prints the
#       medians, the ratio of the medians and the median of the per-pair ratios. The self-check itself
#       (the count line) runs in both: --report adds reading the outputs' facts back and writing two files.
#
#   scripts/bench-report.sh --verify [pairs=3] [input] [formats=pdf,epub,docx]
#       the same for --report against --verify (veraPDF, EPUBCheck, the ECMA-376 schemas), after one
#       warm-up run that builds target/accesspub-verify.jar and unpacks the schemas into the cache.
# On a shared machine trust the ratios more than the seconds.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mode=report
if [ "${1:-}" = --verify ]; then mode=verify; shift; fi
pairs="${1:-$([ "$mode" = verify ] && echo 3 || echo 6)}"
input="${2:-$here/samples/seed-article-zh.txt}"
formats="${3:-$([ "$mode" = verify ] && echo pdf,epub,docx || echo pdf,epub,docx,audio)}"
if [ "$mode" = verify ]; then base=(--report); extra=(--verify); else base=(); extra=(--report); fi

"$here/accesspub" convert "$input" -f "$formats" -o "$work/warm" "${extra[@]}" >/dev/null 2>&1  # builds jars, fills caches

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
run() {  # seconds of one cold CLI conversion with the given options
  rm -rf "$work/out"
  local start end
  start=$(date +%s.%N)
  "$here/accesspub" convert "$input" -f "$formats" -o "$work/out" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

without=(); with=(); ratios=()
for i in $(seq "$pairs"); do
  if [ $((i % 2)) = 1 ]; then a=$(run "${base[@]}"); b=$(run "${extra[@]}"); else b=$(run "${extra[@]}"); a=$(run "${base[@]}"); fi
  without+=("$a"); with+=("$b"); ratios+=("$(echo "scale=4; $b / $a" | bc)")
  printf 'pair %d: %s %6.2f s   %s %6.2f s\n' "$i" "${base[*]:-plain}" "$a" "${extra[*]}" "$b"
done
ma=$(printf '%s\n' "${without[@]}" | median)
mb=$(printf '%s\n' "${with[@]}" | median)
printf '%s, -f %s, %d pairs\n' "$(basename "$input")" "$formats" "$pairs"
printf '  %-9s median %6.2f s\n  %-9s median %6.2f s\n' "${base[*]:-plain}" "$ma" "${extra[*]}" "$mb"
printf '  ratio of medians %.3f, median of pair ratios %.3f\n' "$(echo "scale=4; $mb / $ma" | bc)" \
  "$(printf '%s\n' "${ratios[@]}" | median)"
