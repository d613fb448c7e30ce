#!/usr/bin/env bash
# A bounded load test of `accesspub serve` on loopback that stops by itself (issue 20):
#   20 users at once each upload the seed article for the four default formats (pdf, epub, docx, audio) while one
#   more user uploads a 64 MB file; then the same 20 articles go through `accesspub convert` on a folder.
# Prints articles a minute for both, p50/p95 seconds from upload until the files are offered, errors (must be 0),
# what happened to the 64 MB upload, and the server's peak RSS (VmHWM; the goal is at most 1 GB at --jobs 2).
#   scripts/load-serve.sh [users=20] [server jobs=2]
# Every user comes from 127.0.0.1, which the server counts as one client: the run raises --client-jobs and
# --client-upload to let 20 of them in (the defaults allow 4 jobs and 48 MB a client).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
users="${1:-20}"
jobs="${2:-2}"
limit="${LOAD_LIMIT_SECONDS:-1500}"   # the whole run stops after this, whatever happens
ap="${ACCESSPUB:-$here/accesspub}"
seed="$here/samples/seed-article-zh.txt"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
"$ap" --version >/dev/null   # builds the jar if needed, outside the timings
deadline=$(( $(date +%s) + limit ))
now() { date +%s.%N; }

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
"$ap" serve --bind 127.0.0.1 --port "$port" --jobs "$jobs" --jobs-dir "$work/jobs" --client-jobs $((users + 5)) \
  --client-upload $((users * 2 + 64)) >"$work/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -s -o /dev/null "$base/" && break; sleep 0.5; done
curl -s -o /dev/null "$base/" || { echo "load-serve: the server did not start"; cat "$work/server.log"; exit 1; }

user() {  # n: uploads the seed, follows the job until its files are offered; writes "seconds state" to $work/u$n
  local n=$1 jar="$work/cookies$n" t0 job state="" token
  curl -s -c "$jar" -o /dev/null "$base/"
  token="$(awk '$6=="accesspub_form"{print $7}' "$jar")"
  t0="$(now)"
  job="$(curl -s -b "$jar" -o /dev/null -w '%{redirect_url}' -F "csrf=$token" -F action=convert -F formats=pdf \
    -F formats=epub -F formats=docx -F formats=audio -F "files=@$seed;filename=article-$n.txt" "$base/jobs")"
  if [ -z "$job" ]; then echo "0 refused" > "$work/u$n"; return; fi
  while [ "$(date +%s)" -lt "$deadline" ]; do
    state="$(curl -s -b "$jar" "$job/status" | sed -n 's/^{"state":"\([a-z]*\)".*/\1/p')"
    case "$state" in queued|running) sleep 1 ;; *) break ;; esac
  done
  local files
  files="$(curl -s -b "$jar" "$job" | grep -c 'href="/jobs/[^"]*/files/' || true)"
  echo "$(python3 -c "print($(now) - $t0)") $state $files" > "$work/u$n"
}

big() {  # one user uploads 64 MB while the others work
  local jar="$work/cookies-big" token t0 code
  head -c $((48 * 1024 * 1024)) /dev/urandom | base64 -w 0 > "$work/big.txt"   # 64 MiB of text on one line
  curl -s -c "$jar" -o /dev/null "$base/"
  token="$(awk '$6=="accesspub_form"{print $7}' "$jar")"
  t0="$(now)"
  code="$(curl -s -b "$jar" -o "$work/big.html" -w '%{http_code}' -F "csrf=$token" -F action=convert -F formats=pdf \
    -F "files=@$work/big.txt" "$base/jobs" || echo "cut")"
  echo "HTTP $code after $(python3 -c "print(round($(now) - $t0, 1))") s: $(sed -n 's/.*\(at most [0-9]* MB[^<]*\).*/\1/p' "$work/big.html" | head -1)" > "$work/big"
}

peak() { awk '/VmHWM/{print $2}' "/proc/$server_pid/status"; }
start="$(now)"
big &
clients=("$!")
for n in $(seq 1 "$users"); do user "$n" & clients+=("$!"); done
wait "${clients[@]}"   # the users, not the server
elapsed="$(python3 -c "print($(now) - $start)")"
rss_kb="$(peak)"

python3 - "$work" "$users" "$elapsed" "$rss_kb" <<'PY'
import sys, statistics, pathlib
work, users, elapsed, rss = pathlib.Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
rows = [((work / f"u{n}").read_text().split() if (work / f"u{n}").exists() else ["0", "lost", "0"])
        for n in range(1, users + 1)]
done = sorted(float(r[0]) for r in rows if r[1] == "done")
errors = [r for r in rows if r[1] != "done" or int(r[2]) < 5]  # pdf, epub, docx, mp3, vtt
def pct(p):
    return done[min(len(done) - 1, int(round(p / 100 * (len(done) - 1))))] if done else float("nan")
print(f"serve:   {users} users, {len(done)} jobs done in {elapsed:.1f} s = {len(done) / elapsed * 60:.2f} articles/min")
print(f"         until the files are offered: p50 {pct(50):.1f} s, p95 {pct(95):.1f} s; errors {len(errors)}")
big = work / "big"
print(f"         64 MB upload: {big.read_text().strip() if big.exists() else 'no answer'}")
print(f"         server peak RSS (VmHWM): {rss / 1024:.0f} MB")
PY

mkdir -p "$work/folder"
for n in $(seq 1 "$users"); do cp "$seed" "$work/folder/article-$n.txt"; done
t0="$(now)"
"$ap" convert "$work/folder" -o "$work/out" --jobs "$jobs" >/dev/null 2>"$work/convert.log" || { tail -5 "$work/convert.log"; exit 1; }
t1="$(now)"
python3 -c "e=$t1-$t0; print(f'convert: {$users} articles in {e:.1f} s = {$users/e*60:.2f} articles/min (--jobs $jobs, one cold JVM)')"
