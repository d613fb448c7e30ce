#!/usr/bin/env bash
# Speech audio against the pipeline a user would run instead, side by side (kept out of the test suite):
#   accesspub convert SEED -f audio           (cold CLI: a new JVM each run)
#   espeak-ng -w seed.wav, then LAME (ffmpeg libmp3lame, or lame) at the same 48 kbit/s mono 22.05 kHz
# Runs alternate between the two and medians are printed with their ratio. Debian's espeak-ng 1.51 cannot
# really read Mandarin (it spells the characters), so it is a timing peer only.
#   scripts/bench-audio.sh [runs=5] [--book]   --book: also peak RSS and time on a ~1 MB text (about 25 hours
#                                              of speech) with a 400 MB heap; takes many minutes
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
book="${2:-}"
seed="$here/samples/seed-article-zh.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/accesspub" --version >/dev/null   # builds the jar if needed, outside the timings
command -v espeak-ng >/dev/null || { echo "bench-audio: espeak-ng is needed for the peer" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now() { date +%s.%N; }

peer_encode() {  # wav mp3
  if command -v ffmpeg >/dev/null; then
    ffmpeg -v error -y -i "$1" -ac 1 -ar 22050 -codec:a libmp3lame -b:a 48k "$2"
  else
    lame --quiet -m m -b 48 --resample 22.05 "$1" "$2"
  fi
}

ours=() peer=()
for _ in $(seq "$runs"); do
  rm -rf "$work/out"
  t0=$(now)
  "$here/accesspub" convert "$seed" -f audio -o "$work/out" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  t1=$(now)
  espeak-ng -v cmn -w "$work/peer.wav" -f "$seed"
  peer_encode "$work/peer.wav" "$work/peer.mp3"
  t2=$(now)
  ours+=("$(echo "$t1 - $t0" | bc)")
  peer+=("$(echo "$t2 - $t1" | bc)")
done
a=$(printf '%s\n' "${ours[@]}" | median)
p=$(printf '%s\n' "${peer[@]}" | median)
dur() { ffprobe -v error -show_entries format=duration -of csv=p=0 "$1" 2>/dev/null || echo "?"; }
printf 'seed audio, median of %d alternating cold runs (machine load %s)\n' "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '  accesspub convert -f audio     %6.2f s   %s s of speech\n' "$a" "$(dur "$work/out/seed-article-zh.mp3")"
printf '  espeak-ng -w + LAME 48 kbit/s  %6.2f s   %s s of speech\n' "$p" "$(dur "$work/peer.mp3")"
printf '  peer / accesspub               %6.2fx\n' "$(echo "scale=4; $p / $a" | bc)"

if [ "$book" = "--book" ]; then
  big="$work/book-zh.txt"
  "$here/scripts/book-text.sh" "$big"
  jar="$here/target/accesspub.jar"
  /usr/bin/time -f '%e %M' -o "$work/time" java -Xmx400m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -jar "$jar" \
    convert "$big" -f audio -o "$work/book" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  read -r secs kb < "$work/time"
  printf 'book: %d bytes of text, %s s of speech, %s s wall, peak RSS %d MB with -Xmx400m\n' \
    "$(stat -c %s "$big")" "$(dur "$work/book/book-zh.mp3")" "$secs" "$((kb / 1024))"
fi
