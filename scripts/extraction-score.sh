#!/usr/bin/env bash
# Article-extraction score of accesspub's HTML reader on the development corpus (issue 9):
# reads every page with the reader `convert` uses, writes the body text the model holds, and
# scores it with the corpus's own score.py (4-token shingles, mean precision/recall, F1).
#   scripts/extraction-score.sh [CORPUS_DIR]     default ../shared/corpus/extraction-dev
# Needs Java 17, Maven and python3. Prints the worst pages, then the F1 line.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(cd "${1:-$here/../shared/corpus/extraction-dev}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$here"
"$here/accesspub" --version >/dev/null # builds target/accesspub.jar when it is stale
if [ ! -d target/test-classes/org/accesspub/read/html ] \
   || [ -n "$(find src/test/java/org/accesspub/read/html -newer target/test-classes/org/accesspub/read/html -print -quit)" ]; then
  mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile >/dev/null
fi

mkdir -p "$work/html" "$work/pred"
for f in "$corpus"/html/*.html.gz; do
  gunzip -c "$f" >"$work/html/$(basename "$f" .gz)"
done
for f in "$corpus"/html/*.html; do
  [ -e "$f" ] && cp "$f" "$work/html/"
done
java -Xmx1g -cp target/accesspub.jar:target/test-classes org.accesspub.read.html.ExtractionDump "$work/html" "$work/pred"
python3 "$corpus/score.py" "$corpus/ground-truth.json" "$work/pred"
