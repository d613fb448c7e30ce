#!/usr/bin/env bash
# Time and peak memory against size for the inputs that used to be superlinear (issues 13 and 28). Linear time
# shows as seconds that double with the size; bounded memory as a peak that stays flat.
#   scripts/scaling.sh [sizes in MB="0.5 1 2 4"]
#   KINDS="line marks braille table-pdf author" SPEECH_SIZES="0.03 0.06 0.12" scripts/scaling.sh 0.5 1
# Kinds: line (PDF of one paragraph on one line), marks (inspect --speech of text full of combining marks),
# braille (BRF/PEF of one English paragraph), table-pdf, table-epub, table-docx, table-braille (a one-row table,
# one writer at a time), author and title (a metadata field of that size through pdf, epub, docx and braille),
# speech-en and speech-zh (unpunctuated English and Chinese to MP3), table-audio and table-talking (the one-row
# table to MP3, and to the narrated EPUB and DAISY); the speech kinds are hours of audio per MB, so they take
# SPEECH_SIZES, smaller by default. Each line gives the wall time, the CPU time (user + system: on a shared
# machine the wall time measures the neighbours too) and the peak resident memory.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
sizes="${*:-0.5 1 2 4}"
kinds="${KINDS:-line marks braille table-pdf table-epub table-docx table-braille author title speech-en speech-zh table-audio table-talking}"
speech_sizes="${SPEECH_SIZES:-0.03 0.06 0.12}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ap="${ACCESSPUB:-$here/accesspub}"  # ACCESSPUB=other/launcher compares builds
"$ap" --version >/dev/null   # builds the jar if needed, outside the timings

make_input() {  # kind bytes file
  python3 - "$1" "$2" "$3" <<'PY'
import sys
kind, size, path = sys.argv[1], int(float(sys.argv[2])), sys.argv[3]
def repeat(unit):
    n = max(1, size // len(unit.encode("utf-8")))
    return unit * n
if kind in ("line", "braille"):
    text = "A long paragraph\n\n" + repeat("The council met on Monday and agreed the plan for the new library, ") + "\n"
elif kind == "marks":
    text = "A long paragraph\n\n" + repeat("a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a e\u0301\u0300 word ") + "\n"
elif kind.startswith("table"):
    cells = repeat("cell text |").rstrip("|").split("|")
    text = "# A wide table\n\n| " + " | ".join("h" for _ in cells) + " |\n|" + "---|" * len(cells) + "\n| " + " | ".join(cells) + " |\n"
elif kind == "author":
    text = "---\ntitle: A long byline\nauthor: " + repeat("Someone Else and ").strip() + "\n---\n\nShort text.\n"
elif kind == "title":
    text = "---\ntitle: " + repeat("A council report on the library plan and ").strip() + "\n---\n\nShort text.\n"
elif kind == "speech-en":
    words = "council library plan monday agreed new budget city people park".split()
    n = max(1, size // 7)
    text = "Keywords\n\n" + " ".join(words[(i * 7 + i // 3) % len(words)] for i in range(n)) + "\n"
else:  # speech-zh: classical-looking Chinese without punctuation
    s = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈"
    text = "古文\n\n" + "".join(s[(i * 7) % len(s)] for i in range(max(1, size // 3))) + "\n"
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
PY
}

measure() {  # command... -> "12.3 s  9.8 s cpu  250 MB"
  local log="$work/time.log"
  if /usr/bin/time -f "%e %U %S %M" -o "$log" timeout "${LIMIT:-600}" "$@" >/dev/null 2>&1; then :; else echo "  (exit $?: $*)" >&2; fi
  awk 'END { printf "%6.1f s %6.1f s cpu %5d MB", $1, $2 + $3, $4 / 1024 }' "$log"
}

run_kind() {  # kind mb
  local kind="$1" mb="$2" bytes ext
  bytes=$(awk -v m="$mb" 'BEGIN { printf "%d", m * 1048576 }')
  ext=txt; case "$kind" in table*|author|title) ext=md ;; esac
  make_input "$kind" "$bytes" "$work/in.$ext"
  case "$kind" in
    line) measure "$ap" convert "$work/in.$ext" -f pdf -o "$work/out" ;;
    marks) measure "$ap" inspect --speech "$work/in.$ext" ;;
    braille) measure "$ap" convert "$work/in.$ext" -f braille -o "$work/out" ;;
    table-pdf|table-epub|table-docx|table-braille) measure "$ap" convert "$work/in.$ext" -f "${kind#table-}" -o "$work/out" ;;
    table-audio) measure "$ap" convert "$work/in.$ext" -f audio -o "$work/out" ;;
    table-talking) measure "$ap" convert "$work/in.$ext" -f narrated,daisy -o "$work/out" ;;
    author|title) measure "$ap" convert "$work/in.$ext" -f pdf,epub,docx,braille -o "$work/out" ;;
    speech-en) measure "$ap" convert "$work/in.$ext" -f audio --engine freetts -o "$work/out" ;;
    speech-zh) measure "$ap" convert "$work/in.$ext" -f audio -o "$work/out" ;;
  esac
}

for kind in $kinds; do
  case "$kind" in speech-*|table-audio|table-talking) list="$speech_sizes" ;; *) list="$sizes" ;; esac
  for mb in $list; do
    printf '%-13s %-5s MB %s\n' "$kind" "$mb" "$(run_kind "$kind" "$mb")"
  done
done
echo "(machine: $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) at the end; shared machines give noisy wall times: compare the cpu column)"
