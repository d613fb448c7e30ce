#!/usr/bin/env bash
# A Piper voice model against eSpeak NG, and one voice instance against one per core (kept out of the test
# suite). Each run is a cold CLI conversion of the seed to MP3 (a new JVM):
#   espeak    accesspub convert SEED -f audio
#   piper-1   accesspub convert SEED -f audio --voice-model zh=MODEL   with -Daccesspub.piper.lanes=1
#   piper-N   the same with one voice instance per core (the default, at most 4)
# Runs alternate; medians of wall time and of CPU time (user+sys) are printed.
#   scripts/bench-voice.sh [runs=3] [MODEL.onnx]
# Default MODEL: target/bench-voice/zh_CN-bench.onnx, made by scripts/make-test-voice.py --bench (Debian's
# python3-onnx): the test model's sound passed through 8 dense layers of 256 per 256-sample frame, so that the
# network does some work (about 0.5 M multiply-adds a frame; a real Piper voice does far more). It is no voice:
# this measures accesspub's side and the runtime's scaling, not a real voice.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
model="${2:-$here/target/bench-voice/zh_CN-bench.onnx}"
if [ ! -f "$model" ]; then
  /usr/bin/python3 "$here/scripts/make-test-voice.py" --bench "$model" 8 >/dev/null
fi
seed="$here/samples/seed-article-zh.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/accesspub" voices --voice-model "zh=$model" >/dev/null   # builds both jars if needed, outside the timings
base_opts="-Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SurvivorRatio=3"
lanes=$(( $(nproc) < 4 ? $(nproc) : 4 ))

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

run() {  # name opts args...
  local name="$1" opts="$2"; shift 2
  rm -rf "$work/out"
  /usr/bin/time -f "%e %U %S" -o "$work/time" env ACCESSPUB_JAVA_OPTS="$opts" ACCESSPUB_CDS=0 \
    "$here/accesspub" convert "$seed" -f audio -o "$work/out" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  read -r wall user sys < "$work/time"
  echo "$wall" >> "$work/$name.wall"
  echo "$user + $sys" | bc >> "$work/$name.cpu"
}

for _ in $(seq "$runs"); do
  run espeak "$base_opts"
  run piper-1 "$base_opts -Daccesspub.piper.lanes=1" --voice-model "zh=$model"
  run "piper-$lanes" "$base_opts -Daccesspub.piper.lanes=$lanes" --voice-model "zh=$model"
done
echo "synthesis alone (scripts/VoiceThroughput.java, the seed's Mandarin sentences, warm JVM):"
for _ in $(seq "$runs"); do
  for t in 1 "$lanes"; do
    java -cp "$here/target/accesspub.jar:$here/target/accesspub-voice.jar" "$here/scripts/VoiceThroughput.java" \
      "$model" "$seed" "$t" 2>/dev/null | sed 's/^/  /'
  done
done
echo "seed to MP3, $runs runs each, $(nproc) cores, medians:"
for name in espeak piper-1 "piper-$lanes"; do
  printf '  %-8s wall %6.2f s   cpu %6.2f s\n' "$name" "$(median < "$work/$name.wall")" "$(median < "$work/$name.cpu")"
done
