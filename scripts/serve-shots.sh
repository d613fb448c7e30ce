#!/usr/bin/env bash
# Screenshots of `accesspub serve` as a reader sees it, in headless Chromium (Debian's `chromium`):
#   scripts/serve-shots.sh [out-dir=shots]
# serve-start-zh.png and serve-start-en.png (the start page in each language), serve-job-running.png (a job
# making its audio), serve-job-done-zh.png and serve-job-done-en.png (a finished job with its warnings and the
# self-check report inline), serve-job-contrast.png (the high-contrast switch). Starts a server on a free loopback
# port and stops it at the end.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-shots}" && cd "${1:-shots}" && pwd)"
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "serve-shots: needs chromium (apt-get install chromium)" >&2; exit 1; }
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
"$here/accesspub" --version >/dev/null
port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$here/accesspub" serve --port "$port" --jobs 1 --jobs-dir "$work/jobs" >"$work/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 240); do curl -s -o /dev/null "$base/" && break; sleep 0.5; done

shot() {  # name url [height]: a page 1280 px wide, as tall as asked
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="1280,${3:-2000}" \
    --screenshot="$out/serve-$1.png" "$2" >/dev/null 2>&1
  echo "$out/serve-$1.png"
}

job() {  # lang text-file formats... : posts a job as that page's form would; prints its path
  local lang="$1" file="$2" jar="$work/cookies-$1-$RANDOM" token
  shift 2
  curl -s -c "$jar" -o /dev/null "$base/?lang=$lang"
  token="$(awk '$6=="accesspub_form"{print $7}' "$jar")"
  local args=(-F "csrf=$token" -F action=convert -F report=on -F kind=md -F "text=<$file")
  for f in "$@"; do args+=(-F "formats=$f"); done
  curl -s -b "$jar" -o /dev/null -w '%{redirect_url}' "${args[@]}" "$base/jobs" | sed 's|^http://[^/]*||'
}

wait_done() {
  for _ in $(seq 1 600); do
    case "$(curl -s "$base$1/status")" in *'"state":"queued"'*|*'"state":"running"'*) sleep 0.5 ;; *) return 0 ;; esac
  done
}

shot start-zh "$base/?lang=zh" 2600
shot start-en "$base/?lang=en" 2600

# an article with things to warn about: a long address as link text, an image without a text alternative
cat > "$work/article.md" <<'EOF'
# 社区图书馆开设晚间读书班

发布时间：2026-03-18 来源：社区服务中心

社区图书馆三月开设两个晚间读书班，面向老年读者，全部免费。报名请看 [https://example.org/community/evening-classes](https://example.org/community/evening-classes)。

## 时间和地点

每周二、周四晚上七点，在图书馆二楼阅览室。每次一个半小时，提供大字版讲义和有声材料。

## 怎样报名

可以打电话，也可以到服务台登记。名额有限，额满为止。
EOF
seed="$here/samples/seed-article-zh.txt"
running="$(job zh "$seed" audio narrated daisy)"
sleep 4
shot job-running "$base$running?lang=zh" 1400
wait_done "$running"
done_zh="$(job zh "$work/article.md" pdf epub docx audio)"
wait_done "$done_zh"
shot job-done-zh "$base$done_zh?lang=zh" 4200
shot job-done-en "$base$done_zh?lang=en" 4200
shot job-contrast "$base$done_zh?lang=en&contrast=on" 1400
