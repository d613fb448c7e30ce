#!/usr/bin/env bash
# The archive run of issue 26, simulated on this machine: 200 articles (the 61 pages of the extraction
# corpus and the samples, repeated under distinct ids) in N = 4 shards, each shard a separate process with
# --jobs 2, as one pod of 2 CPUs would run it.
#
#   scripts/shard-sim.sh [articles=200] [shards=4]
#   FORMATS=pdf,epub,docx,audio,braille   formats of the measured run (phase 1)
#   QUICK_FORMATS=epub,docx               formats of the phases that prove behaviour (3 and 4)
#   KEEP=dir                              keep the work folder there (default: a temporary one, removed)
#   ACCESSPUB=path                        the launcher to run (default: this checkout's accesspub)
#
# Phase 1  the shards one after another: time, CPU and peak RSS of each (GNU time), then checks that the
#          shards are disjoint and together cover the manifest, and that `accesspub ledger` agrees with
#          what is on disk (articles, files, bytes, audio seconds summed from the transcripts).
# Phase 2  a rerun of every shard: nothing in the article folders changes (names, sizes, times compared).
# Phase 3  the shards two at once (0 with 1, then 2 with 3), and one shard run twice at the same time:
#          every article converted exactly once, the other run reporting it busy.
# Phase 4  SIGTERM to a shard half-way: no temporary file left; the rerun finishes exactly what was left.
# Prints one line per check (ok / FAIL) and the figures; exits 1 if any check failed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
articles="${1:-200}"
shards="${2:-4}"
formats="${FORMATS:-pdf,epub,docx,audio,braille}"
quick="${QUICK_FORMATS:-epub,docx}"
if [ -n "${KEEP:-}" ]; then work="$KEEP"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
app="${ACCESSPUB:-$here/accesspub}"   # ACCESSPUB: another launcher (a copy, while the sources change)
"$app" --version >/dev/null   # builds the jar if needed, outside the timings
failures=0
check() {  # name, then a command that succeeds when the check holds
  local name="$1"; shift
  if "$@"; then echo "ok    $name"; else echo "FAIL  $name"; failures=$((failures + 1)); fi
}

# ---- the archive: corpus pages and samples, repeated with distinct ids ----
src="$work/archive"
mkdir -p "$src"
for page in /work/shared/corpus/extraction-dev/html/*.html.gz "$here"/../shared/corpus/extraction-dev/html/*.html.gz; do
  [ -f "$page" ] || continue
  name="$(basename "$page" .gz)"
  [ -f "$src/$name" ] || gunzip -c "$page" > "$src/$name"
done
cp "$here"/samples/*.txt "$here"/samples/*.md "$here"/samples/*.html "$src/"
mapfile -t sources < <(cd "$src" && ls | sort)
manifest="$work/inputs.jsonl"
: > "$manifest"
for i in $(seq 0 $((articles - 1))); do
  s="${sources[$((i % ${#sources[@]}))]}"
  printf '{"id": "article-%05d", "source": "archive/%s"}\n' "$i" "$s" >> "$manifest"
done
echo "archive: $articles articles from ${#sources[@]} distinct sources; $shards shards; formats $formats (phase 1), $quick (phases 3-4)"
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"

run_shard() {  # out k formats logname  -> appends "k wall user sys maxrss_kb exit" to $work/times
  local out="$1" k="$2" f="$3" log="$4" rc=0
  /usr/bin/time -f "%e %U %S %M" -o "$work/$log.time" \
    "$app" convert --manifest "$manifest" --shard "$k/$shards" --jobs 2 -f "$f" -o "$out" \
    >"$work/$log.out" 2>"$work/$log.err" || rc=$?
  echo "$k $(tail -1 "$work/$log.time") $rc" >> "$work/times"
  return 0
}

ids_in() {  # ledger file -> sorted unique ids
  grep -o '"id":"[^"]*"' "$1" | cut -d'"' -f4 | sort -u
}
status_count() {  # ledger file, status -> count
  grep -c "\"status\":\"$2\"" "$1" || true
}

# ---- phase 1: one after another ----
out1="$work/out1"
: > "$work/times"
start=$(date +%s.%N)
for k in $(seq 0 $((shards - 1))); do run_shard "$out1" "$k" "$formats" "p1-$k"; done
end=$(date +%s.%N)
echo "phase 1: $(echo "$end - $start" | bc) s for $articles articles, shard by shard:"
echo "  shard  wall_s  user_s  sys_s  peak_rss_MB  exit"
awk '{printf "  %5s  %6.1f  %6.1f  %5.1f  %11.0f  %4s\n", $1, $2, $3, $4, $5/1024, $6}' "$work/times"
awk -v n="$articles" '{w+=$2; c+=$3+$4; if ($5>m) m=$5} END {
  printf "  total: wall %.1f s, CPU %.1f s; %.2f CPU-s an article; %.0f articles per CPU-hour; peak RSS %.0f MB\n", w, c, c/n, n*3600/c, m/1024 }' "$work/times"
cp "$work/times" "$work/times-phase1"

check "every shard of phase 1 exited 0" awk '$6 != 0 {bad=1} END {exit bad}' "$work/times"
cat "$out1"/ledger/*.jsonl | grep -o '"id":"[^"]*"' | cut -d'"' -f4 | sort > "$work/ledger-ids"
cut -d'"' -f4 "$manifest" | sort > "$work/manifest-ids"
check "the shards together cover the manifest ($articles ids)" cmp -s <(sort -u "$work/ledger-ids") "$work/manifest-ids"
check "the shards are disjoint (no id in two ledger lines)" bash -c "[ -z \"\$(uniq -d '$work/ledger-ids')\" ]"
disjoint_files=1
for a in "$out1"/ledger/*.jsonl; do for b in "$out1"/ledger/*.jsonl; do
  [ "$a" \< "$b" ] && [ -n "$(comm -12 <(ids_in "$a") <(ids_in "$b"))" ] && disjoint_files=0
done; done
check "no id in two shards' ledgers" [ "$disjoint_files" = 1 ]
"$app" ledger "$out1" --manifest "$manifest" --json > "$work/summary1.json"
done_records=$(find "$out1" -name .done | wc -l)
disk_files=$(find "$out1" -path "$out1/ledger" -prune -o -type f ! -name '.*' -print | wc -l)
ledger_files=$(cat "$out1"/ledger/*.jsonl | grep -o '"name":"' | wc -l)
# audio seconds summed from the transcripts themselves: the end of each .vtt's last cue
vtt_seconds=$(find "$out1" -name '*.vtt' -exec sh -c 'grep -- "-->" "$1" | tail -1 | sed "s/.*--> //"' _ {} \; \
  | awk -F'[:.]' '{s += $1*3600 + $2*60 + $3 + $4/1000} END {printf "%.3f", s}')
json() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2"; }
check "ledger: done = $articles = .done records on disk ($done_records)" \
  bash -c "[ $(json "$work/summary1.json" done) = $articles ] && [ $done_records = $articles ]"
check "ledger: failed 0, unfinished 0, not run 0" bash -c "[ $(json "$work/summary1.json" failed) = 0 ] && \
  [ $(json "$work/summary1.json" unfinished) = 0 ] && [ $(json "$work/summary1.json" notRun) = 0 ]"
check "ledger: files listed ($ledger_files) = files on disk ($disk_files)" [ "$ledger_files" = "$disk_files" ]
audio_hours=$(json "$work/summary1.json" audioHours)
check "ledger: audio hours ($audio_hours) = transcripts' sum ($vtt_seconds s)" \
  python3 -c "import sys; sys.exit(abs($audio_hours*3600 - $vtt_seconds) > 4)"

# ---- phase 2: a rerun writes nothing ----
snapshot() { find "$1" -path "$1/ledger" -prune -o -type f ! -name .lock -printf '%P %s %T@\n' | sort; }
snapshot "$out1" > "$work/before"
: > "$work/times"
start=$(date +%s.%N)
for k in $(seq 0 $((shards - 1))); do run_shard "$out1" "$k" "$formats" "p2-$k"; done
end=$(date +%s.%N)
snapshot "$out1" > "$work/after"
check "rerun: no file in the article folders created, changed or removed" cmp -s "$work/before" "$work/after"
skipped=$(for k in $(seq 0 $((shards - 1))); do grep -c '"status":"skipped"' "$out1/ledger/$k-of-$shards.jsonl"; done \
  | awk '{s+=$1} END {print s}')
check "rerun: all $articles articles up to date ($skipped skipped lines)" [ "$skipped" = "$articles" ]
echo "phase 2: rerun of all shards $(echo "$end - $start" | bc) s"

# ---- phase 3: two at once ----
out3="$work/out3"
: > "$work/times"
start=$(date +%s.%N)
for pair in "0 1" "2 3"; do
  set -- $pair
  run_shard "$out3" "$1" "$quick" "p3-$1" & run_shard "$out3" "$2" "$quick" "p3-$2" & wait
done
end=$(date +%s.%N)
echo "phase 3: shards two at once, $quick: $(echo "$end - $start" | bc) s"
"$app" ledger "$out3" --manifest "$manifest" --json > "$work/summary3.json"
check "two at once: all $articles done, none failed" \
  bash -c "[ $(json "$work/summary3.json" done) = $articles ] && [ $(json "$work/summary3.json" failed) = 0 ]"
out3b="$work/out3b"
: > "$work/times"
run_shard "$out3b" 0 "$quick" "p3b-a" & run_shard "$out3b" 0 "$quick" "p3b-b" & wait
lf="$out3b/ledger/0-of-$shards.jsonl"
in_shard=$(ids_in "$out1/ledger/0-of-$shards.jsonl" | wc -l)
converted=$(status_count "$lf" done); busy=$(status_count "$lf" busy); upd=$(status_count "$lf" skipped)
dups=$(grep '"status":"done"' "$lf" | grep -o '"id":"[^"]*"' | sort | uniq -d | wc -l)
echo "phase 3: shard 0 twice at once: $converted converted, $busy busy, $upd up to date (shard has $in_shard articles)"
check "same shard twice at once: each article converted exactly once" bash -c "[ $converted = $in_shard ] && [ $dups = 0 ]"
check "same shard twice at once: every article has a valid record" \
  bash -c "[ \$(find '$out3b' -name .done | wc -l) = $in_shard ]"
check "same shard twice at once: no temporary file left" bash -c "[ -z \"\$(find '$out3b' -name '*.part' -o -name '*.old' -o -name '.done.*.tmp')\" ]"

# ---- phase 4: SIGTERM half-way, then resume ----
out4="$work/out4"
k=1
in_k=$(ids_in "$out1/ledger/$k-of-$shards.jsonl" | wc -l)
"$app" convert --manifest "$manifest" --shard "$k/$shards" --jobs 2 -f "$quick" -o "$out4" >"$work/p4.out" 2>"$work/p4.err" &
pid=$!
half=$((in_k / 2))
while kill -0 "$pid" 2>/dev/null; do
  n=$(cat "$out4"/ledger/*.jsonl 2>/dev/null | grep -c '"status":"done"' || true)
  [ "$n" -ge "$half" ] && break
  sleep 0.2
done
# the launcher is bash running java: signal the JVM, as Kubernetes signals the container's process
jvm=$(pgrep -P "$pid" java || echo "$pid")
kill -TERM "$jvm" 2>/dev/null || true
rc=0; wait "$pid" || rc=$?
before_resume=$(status_count "$out4/ledger/$k-of-$shards.jsonl" done)
echo "phase 4: SIGTERM after $before_resume of $in_k articles; exit $rc"
check "SIGTERM: the run stopped before the end with a non-zero exit" bash -c "[ $rc != 0 ] && [ $before_resume -lt $in_k ]"
check "SIGTERM: no temporary file left" bash -c "[ -z \"\$(find '$out4' -name '*.part' -o -name '*.old' -o -name '.done.*.tmp')\" ]"
run_shard "$out4" "$k" "$quick" "p4-resume"
lf="$out4/ledger/$k-of-$shards.jsonl"
resumed_done=$(( $(status_count "$lf" done) - before_resume ))
resumed_skip=$(status_count "$lf" skipped)
echo "phase 4: resume converted $resumed_done, skipped $resumed_skip as up to date"
check "resume: skips exactly what was finished, converts the rest" \
  bash -c "[ $resumed_skip = $before_resume ] && [ $((resumed_skip + resumed_done)) = $in_k ]"
"$app" ledger "$out4" --json > "$work/summary4.json"
check "resume: the ledger says $in_k done, none failed or unfinished" bash -c "[ $(json "$work/summary4.json" done) = $in_k ] && \
  [ $(json "$work/summary4.json" failed) = 0 ] && [ $(json "$work/summary4.json" unfinished) = 0 ]"

echo
echo "phase 1 figures (formats $formats, --jobs 2 per shard):"
awk -v n="$articles" '{w+=$2; c+=$3+$4; if ($5>m) m=$5} END {
  printf "  %.2f CPU-s an article, %.0f articles per CPU-hour, %.2f CPU-hours per 1,000 articles, peak RSS %.0f MB\n",
    c/n, n*3600/c, c/n*1000/3600, m/1024 }' "$work/times-phase1"
[ "$failures" = 0 ] && echo "all checks passed" || { echo "$failures checks FAILED"; exit 1; }
