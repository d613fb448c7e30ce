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
ACCESSPUB_JAVA_OPTS="${LOAD_SERVE_JAVA_OPTS:-${ACCESSPUB_JAVA_OPTS:-}}" "$ap" serve --bind 127.0.0.1 --port "$port" --jobs "$jobs" --jobs-dir "$work/jobs" --client-jobs $((users + 5)) \
  --client-upload $((users * 2 + 64)) >"$work/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -s -o /dev/null "$base/" && break; sleep 0.5; done
curl -s -o /dev/null "$base/" || { echo "load-serve: the server did not start"; cat "$work/server.log"; exit 1; }

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
cpu() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }   # the server's user + system clock ticks
tick="$(getconf CLK_TCK)"
load0="$(cut -d' ' -f1 /proc/loadavg)"
cpu0="$(cpu)"
start="$(now)"
big &
clients=("$!")
# the users are threads of one light process (a shell loop and a curl per poll each took a good part of the two
# cores the server measured here runs on)
/usr/bin/python3 "$here/scripts/load_serve_users.py" "$base" "$seed" "$users" "$deadline" "$work" & clients+=("$!")
wait "${clients[@]}"   # the users, not the server
elapsed="$(python3 -c "print($(now) - $start)")"
rss_kb="$(peak)"
cpu_s="$(python3 -c "print(($(cpu) - $cpu0) / $tick)")"
# where the server's CPU went, by live thread (numbers stripped from the names): compilers, collector, speaking and
# encoding threads (a job's own threads end with it)
threads="$(for t in /proc/"$server_pid"/task/*; do
  echo "$(sed 's/.*) . //' "$t/stat" | awk '{print $11 + $12}') $(sed -E 's/[- #][0-9]+$//' "$t/comm")"; done 2>/dev/null |
  awk -v tick="$tick" '{n=$1; $1=""; c[$0]+=n} END {for (k in c) if (c[k] > 0) printf "%.1f s%s\n", c[k] / tick, k}' |
  sort -rn | head -8 | paste -sd ';' | sed 's/;/; /g')"

python3 - "$work" "$users" "$elapsed" "$rss_kb" "$cpu_s" "$load0" "$threads" <<'PY'
import sys, statistics, pathlib
work, users, elapsed, rss = pathlib.Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
cpu, load0 = float(sys.argv[5]), sys.argv[6]
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
polls = (work / "polls").read_text().strip() if (work / "polls").exists() else "?"
print(f"         server CPU {cpu:.1f} s = {cpu / max(1, len(done)):.2f} s an article; {polls} status polls;"
      f" load average {load0} before")
print(f"         server CPU by thread since it started: {sys.argv[7]}")
PY

[ "${LOAD_SKIP_CONVERT:-0}" = 1 ] && exit 0   # experiments on the server alone
mkdir -p "$work/folder"
for n in $(seq 1 "$users"); do cp "$seed" "$work/folder/article-$n.txt"; done
load0="$(cut -d' ' -f1 /proc/loadavg)"
/usr/bin/time -f '%e %U %S %M' -o "$work/convert.time" "$ap" convert "$work/folder" -o "$work/out" --jobs "$jobs" \
  >/dev/null 2>"$work/convert.log" || { tail -5 "$work/convert.log"; exit 1; }
read -r e u s m < "$work/convert.time"
python3 -c "e=$e; c=$u+$s; print(f'convert: {$users} articles in {e:.1f} s = {$users/e*60:.2f} articles/min (--jobs $jobs, one cold JVM)');
print(f'         CPU {c:.1f} s = {c/$users:.2f} s an article; peak RSS {$m/1024:.0f} MB; load average $load0 before')"
