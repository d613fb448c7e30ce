#!/usr/bin/env bash
# Benchmarks, kept out of the test suite.
#
#   scripts/bench.sh [runs=5] [formats="pdf epub docx audio"]
#       wall time (median of N runs) and output size of each format, for the seed article and a ~1 MB text.
#
#   scripts/bench.sh --peers [pairs=5] [batch-pairs=1] [batch-size=50] [rows="pdf epub docx audio all"]
#       accesspub side by side with what a user would run instead, when installed: pandoc (EPUB, DOCX),
#       LibreOffice headless (pandoc's DOCX → PDF), espeak-ng -w + ffmpeg (MP3, mono 22.05 kHz 48 kbit/s,
#       as accesspub writes it; faster than the lame binary). Each row runs a cold CLI of accesspub and of
#       the peer in pairs, alternating which goes first; it prints medians, the ratio of the medians and
#       the median of the per-pair ratios, peak RSS (GNU time's maximum resident set size, as `time -v`
#       reports it) and the load average when the row ended. Then a batch of articles (the samples
#       repeated): one accesspub run against the peers in a shell loop. On a shared machine trust the
#       ratios more than the seconds. `scripts/bench.sh --peers 10 0 0 all` is the issue's measure: the
#       seed's four formats, 10 alternated pairs, no batch.
#
#   scripts/bench.sh --serve [pairs=5] [warm-up jobs=3]
#       a warm `accesspub serve` against the same peer pipeline: the server is started once and given a few
#       jobs first (engines, dictionaries, fonts loaded, code compiled), then each pair runs one job of the seed's
#       four formats (seconds from upload until its files are offered, polled every 0.1 s) and the peer's four
#       commands, alternating which goes first; prints medians, their ratio, the median of the per-pair ratios,
#       the server's CPU seconds per job and its peak RSS. ACCESSPUB_JAVA_OPTS changes the server's JVM options.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/accesspub" --version >/dev/null   # builds the jar if needed, outside the timings

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

plain_bench() {
  local runs="${1:-5}" formats="${2:-pdf epub docx audio}"
  # ~1 MB of text: the seed's paragraphs repeated under numbered section headings.
  local big="$work/big-zh.txt"
  "$here/scripts/book-text.sh" "$big"

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
}

# ---- --peers ------------------------------------------------------------------------------------

have() { command -v "$1" >/dev/null 2>&1; }

# timed OUTFILE CMD...: runs CMD under /usr/bin/time; appends "seconds peak-kB" to OUTFILE.
timed() {
  local into="$1"; shift
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
    echo "bench: failed: $*" >&2; cat "$work/stderr" >&2; return 1; }
  cat "$work/time" >> "$into"
}

lo_profile="file://$work/lo-profile"

# The peer commands for one article into DIR, one shell function per output, so that "all four" is
# exactly the commands a user would type in a row.
peer_epub() { pandoc -f "$(pandoc_from "$1")" --resource-path="$(dirname "$1")" "$1" -o "$2/$(stem "$1").epub"; }
peer_docx() { pandoc -f "$(pandoc_from "$1")" --resource-path="$(dirname "$1")" "$1" -o "$2/$(stem "$1").docx"; }
peer_pdf() {  # LibreOffice turns pandoc's DOCX into the PDF
  [ -f "$2/$(stem "$1").docx" ] || peer_docx "$1" "$2"
  soffice -env:UserInstallation="$lo_profile" --headless --convert-to pdf --outdir "$2" "$2/$(stem "$1").docx" >/dev/null
}
peer_audio() {  # eSpeak NG speaks the text to WAV, ffmpeg encodes it like accesspub (mono 22.05 kHz 48 kbit/s)
  local text="$1"
  case "$1" in
    *.txt) ;;
    *) text="$2/$(stem "$1").spoken.txt"; pandoc -f "$(pandoc_from "$1")" -t plain "$1" -o "$text" ;;
  esac
  local voice=en-us
  grep -qP '\p{Han}' "$text" && voice=cmn
  espeak-ng -v "$voice" -f "$text" -w "$2/$(stem "$1").wav"
  ffmpeg -nostdin -loglevel error -y -i "$2/$(stem "$1").wav" -ac 1 -ar 22050 -b:a 48k "$2/$(stem "$1").mp3"
}
peer_all() { peer_epub "$@"; peer_docx "$@"; peer_pdf "$@"; peer_audio "$@"; }
stem() { local b; b="$(basename "$1")"; echo "${b%.*}"; }
pandoc_from() { case "$1" in *.html|*.htm) echo html ;; *) echo markdown ;; esac; }
export -f peer_epub peer_docx peer_pdf peer_audio peer_all stem pandoc_from
export lo_profile

peers_missing() {  # format → the peer tools it needs that are not installed
  local need missing=""
  case "$1" in
    epub|docx) need="pandoc" ;;
    pdf) need="pandoc soffice" ;;
    audio) need="espeak-ng ffmpeg" ;;
    all) need="pandoc soffice espeak-ng ffmpeg" ;;
  esac
  for t in $need; do have "$t" || missing="$missing $t"; done
  echo "$missing"
}

# One row: PAIRS alternated cold runs of accesspub and of the peer on INPUT.
row() {  # label format input
  local label="$1" format="$2" input="$3" pairs="$4"
  local missing; missing="$(peers_missing "$format")"
  if [ -n "$missing" ]; then
    printf '%-10s skipped: not installed:%s\n' "$label" "$missing"; return
  fi
  local ours="$work/t.ours" theirs="$work/t.theirs" flag=()
  : > "$ours"; : > "$theirs"
  [ "$format" = all ] || flag=(-f "$format")
  for i in $(seq "$pairs"); do
    rm -rf "$work/a" "$work/p"; mkdir -p "$work/a" "$work/p"
    if [ $((i % 2)) = 1 ]; then
      timed "$ours" "$here/accesspub" convert "$input" "${flag[@]}" -o "$work/a"
      timed "$theirs" bash -c "peer_$format \"\$0\" \"\$1\"" "$input" "$work/p"
    else
      timed "$theirs" bash -c "peer_$format \"\$0\" \"\$1\"" "$input" "$work/p"
      timed "$ours" "$here/accesspub" convert "$input" "${flag[@]}" -o "$work/a"
    fi
  done
  report "$label" "$ours" "$theirs"
}

report() {  # label ours theirs: both files hold "seconds kB" lines, pair by pair
  local a p ratio pair rss_a rss_p
  a="$(awk '{print $1}' "$2" | median)"
  p="$(awk '{print $1}' "$3" | median)"
  ratio="$(echo "scale=3; $a / $p" | bc)"
  pair="$(paste "$2" "$3" | awk '{printf "%.4f\n", $1 / $3}' | median)"
  rss_a="$(awk '$2 > m {m = $2} END {print int(m / 1024)}' "$2")"
  rss_p="$(awk '$2 > m {m = $2} END {print int(m / 1024)}' "$3")"
  printf '%-10s %9.2f s %9.2f s %8.2f× %9.2f× %8d MB %8d MB   load %s\n' "$1" "$a" "$p" "$ratio" "$pair" "$rss_a" \
    "$rss_p" "$(cut -d' ' -f1 /proc/loadavg)"
}

peers_bench() {
  local pairs="${1:-5}" batch_pairs="${2:-1}" batch_size="${3:-50}" rows="${4:-pdf epub docx audio all}"
  local seed="$here/samples/seed-article-zh.txt"
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
  echo "peers: $(have pandoc && pandoc --version | head -1); $(have soffice && soffice --version 2>/dev/null | head -1);" \
    "$(have espeak-ng && espeak-ng --version | cut -d' ' -f1-4); $(have ffmpeg && ffmpeg -version 2>/dev/null | head -1 | cut -d' ' -f1-3)"
  # accesspub's first convert after a build records its class-data-sharing archive: not part of any timing
  "$here/accesspub" convert "$seed" -o "$work/warm-a" >/dev/null 2>&1 || true
  echo "accesspub: $("$here/accesspub" --version), jar $(( $(stat -c %s "$here/target/accesspub.jar") / 1048576 )) MB," \
    "CDS archive $( [ -f "$here/target/accesspub.jsa" ] && [ "${ACCESSPUB_CDS:-1}" != 0 ] && echo in use || echo off)"
  if have soffice; then  # LibreOffice's first start creates its profile: not part of any timing
    mkdir -p "$work/warm"; peer_docx "$seed" "$work/warm" && peer_pdf "$seed" "$work/warm" || true
  fi
  echo
  echo "Seed article, cold CLI, $pairs pairs alternated (medians; ratio = accesspub / peer; peak RSS = max of the runs)"
  printf '%-10s %11s %11s %9s %10s %11s %11s\n' output accesspub peer ratio "pair-ratio" "RSS ours" "RSS peer"
  for r in $rows; do
    case "$r" in
      all) row "all four" all "$seed" "$pairs" ;;
      *) row "$r" "$r" "$seed" "$pairs" ;;
    esac
  done

  [ "$batch_pairs" -gt 0 ] || return 0
  local missing; missing="$(peers_missing all)"
  echo
  if [ -n "$missing" ]; then echo "batch skipped: not installed:$missing"; return; fi
  local batch="$work/batch"
  mkdir -p "$batch"; cp -r "$here/samples/images" "$batch/" 2>/dev/null || true
  local samples=("$here"/samples/*.txt "$here"/samples/*.md "$here"/samples/*.html)
  for i in $(seq "$batch_size"); do
    local s="${samples[$(( (i - 1) % ${#samples[@]} ))]}"
    cp "$s" "$batch/$(printf 'article-%02d' "$i").${s##*.}"
  done
  echo "Batch of $batch_size articles (the samples repeated), all four formats, $batch_pairs pair(s) alternated:"
  echo "accesspub in one run against the peers in a shell loop"
  printf '%-10s %11s %11s %9s %10s %11s %11s\n' output accesspub peer ratio "pair-ratio" "RSS ours" "RSS peer"
  local ours="$work/b.ours" theirs="$work/b.theirs"
  : > "$ours"; : > "$theirs"
  for i in $(seq "$batch_pairs"); do
    rm -rf "$work/a" "$work/p"; mkdir -p "$work/a" "$work/p"
    local loop='for f in "$0"/article-*; do peer_all "$f" "$1"; done'
    if [ $((i % 2)) = 1 ]; then
      timed "$ours" "$here/accesspub" convert "$batch" -o "$work/a"
      timed "$theirs" bash -c "$loop" "$batch" "$work/p"
    else
      timed "$theirs" bash -c "$loop" "$batch" "$work/p"
      timed "$ours" "$here/accesspub" convert "$batch" -o "$work/a"
    fi
  done
  report "batch $batch_size" "$ours" "$theirs"
  echo "files: accesspub $(find "$work/a" -type f | wc -l), peers $(find "$work/p" -type f -name 'article-*' | wc -l)"
}

serve_bench() {
  local pairs="${1:-5}" warm="${2:-3}" seed="$here/samples/seed-article-zh.txt" port base tick
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  "$here/accesspub" serve --port "$port" --jobs 1 --jobs-dir "$work/jobs" --client-jobs 1000 >"$work/server.log" 2>&1 &
  serve_pid=$!; local pid=$serve_pid
  trap 'kill "$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null; rm -rf "$work"' EXIT
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 240); do curl -s -o /dev/null "$base/" && break; sleep 0.5; done
  tick="$(getconf CLK_TCK)"
  one_job() {  # one job of the seed's four formats; appends "seconds 0" (no RSS of its own) to $1
    mkdir -p "$work/u"; rm -f "$work/u"/u*
    /usr/bin/python3 "$here/scripts/load_serve_users.py" "$base" "$seed" 1 "$(( $(date +%s) + 600 ))" "$work/u" 0.1
    read -r secs state files < "$work/u/u1"
    [ "$state" = done ] || { echo "bench: the server's job ended $state" >&2; cat "$work/server.log" >&2; exit 1; }
    [ -n "${1:-}" ] && echo "$secs 0" >> "$1"
    return 0
  }
  cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
  if have soffice; then mkdir -p "$work/warm"; peer_docx "$seed" "$work/warm" && peer_pdf "$seed" "$work/warm" || true; fi
  for _ in $(seq 1 "$warm"); do one_job ""; done
  local ours="$work/s.ours" theirs="$work/s.theirs" c0 c1
  : > "$ours"; : > "$theirs"
  c0="$(cpu)"
  for i in $(seq "$pairs"); do
    rm -rf "$work/p"; mkdir -p "$work/p"
    if [ $((i % 2)) = 1 ]; then
      one_job "$ours"; timed "$theirs" bash -c 'peer_all "$0" "$1"' "$seed" "$work/p"
    else
      timed "$theirs" bash -c 'peer_all "$0" "$1"' "$seed" "$work/p"; one_job "$ours"
    fi
  done
  c1="$(cpu)"
  echo "Seed article, four formats: a warm server ($warm jobs before) against the peers, $pairs pairs alternated"
  printf '%-10s %11s %11s %9s %10s %11s %11s\n' output serve peer ratio "pair-ratio" "RSS ours" "RSS peer"
  report "all four" "$ours" "$theirs"
  echo "server: $(/usr/bin/python3 -c "print(f'{($c1 - $c0) / $tick / $pairs:.2f}')") CPU seconds a job;" \
    "peak RSS $(awk '/VmHWM/{print int($2 / 1024)}' "/proc/$pid/status") MB (the report's RSS column is the peer's only)"
}

if [ "${1:-}" = --serve ]; then
  shift
  have /usr/bin/time || { echo "bench: --serve needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 1; }
  serve_bench "$@"
elif [ "${1:-}" = --peers ]; then
  shift
  have /usr/bin/time || { echo "bench: --peers needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 1; }
  peers_bench "$@"
else
  plain_bench "$@"
fi
