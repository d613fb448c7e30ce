#!/usr/bin/env bash
# Writes a ~1 MB Chinese text to FILE for benchmarks: the seed's paragraphs repeated under numbered headings
# (about 25 hours of speech).   scripts/book-text.sh FILE
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$1"
: > "$out"
{
  echo "大型测试文章"; echo
  body="$(sed -n '/^  /p' "$here/samples/seed-article-zh.txt")"
  i=1
  while [ "$(stat -c %s "$out")" -lt 1000000 ]; do
    echo "${i}、第${i}部分"; echo; echo "$body"; echo
    i=$((i + 1))
  done
} >> "$out"
