#!/usr/bin/env bash
# Regenerates src/build/jar-classes.txt, the library classes the shaded jar keeps (src/build/SlimJar.java).
# Builds the jar unslimmed with the unit tests (each test JVM logs the classes it loads into target/class-load),
# runs that jar on every sample in every format, on the test fixtures, and through its other commands and
# failures (logs in target/class-trace), keeps the header and trim lines of the list and rewrites the rest
# from the union, then slims target/accesspub.jar as `mvn package` would. Review the diff and commit it.
# Arguments go to Maven (e.g. -o). About 3 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

list=src/build/jar-classes.txt
jar=target/accesspub.jar
trace=target/class-trace
out=target/class-trace-out

# the caches emptied first: what unpacks on a first run (eSpeak NG, the xz-packed fonts) loads its classes
rm -rf target/test-cache target/trace-cache
mvn -B "$@" -Daccesspub.slim.skip=true package
rm -rf "$trace" "$out"
mkdir -p "$trace" "$out"

# the jar as users run it; its caches (eSpeak NG, fonts) in target/, not ~/.cache
run() {
  XDG_CACHE_HOME="$PWD/target/trace-cache" java -Xlog:class+load=info:file="$trace/%p.log::filecount=0" \
    -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "$jar" "$@" \
    >>"$out/stdout.txt" 2>>"$out/stderr.txt"
}
# a run that is meant to fail (bad input, bad usage)
fails() {
  if run "$@"; then
    echo "trace-classes: expected a failure: accesspub $*" >&2
    exit 1
  fi
}

all=pdf,epub,docx,audio,braille,narrated,daisy
run convert -f "$all" -o "$out/samples" samples/*.*
run convert --engine freetts -f audio -o "$out/freetts" samples/news-en.txt
run convert --engine espeak --audio-format wav -f audio -o "$out/wav" samples/news-en.txt
run convert -f braille --braille-table zhcn-g1,ueb-g1 -o "$out/braille" samples/seed-article-zh.txt \
  samples/news-en.txt src/test/resources/braille/seed-article-zh-tw.txt
run convert -f pdf,docx --page letter --theme high-contrast --size 小一 -o "$out/options" samples/community-digital-skills.md
# Word and OpenDocument files (notes, lists, tables, pictures), by pandoc and LibreOffice
run convert -f "$all" -o "$out/office" src/test/resources/read/office/pandoc-features.docx \
  src/test/resources/read/office/lo-features.odt src/test/resources/read/office/debian-handbook-internals-lo.docx
# every text fixture of the tests and src/test/resources/trace (one of each construct), one at a time (some
# are refused on purpose), with --debug: libraries log
for f in $(find src/test/resources/read src/test/resources/prepare src/test/resources/blocks src/test/resources/braille \
    src/test/resources/trace \
    -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.xhtml' \) | sort); do
  run convert --debug -f "$all" -o "$out/fixtures" "$f" || true
done
run voices
run --help
run --version
run convert --help
run inspect samples/seed-article-zh.txt
run inspect --speech samples/news-en.txt
fails convert -o "$out/missing" samples/no-such-article.txt
fails convert -f pdf --size huge -o "$out/bad" samples/news-en.txt
fails convert -o "$out/binary" src/test/resources/read/binary.txt

java src/build/SlimJar.java --update "$jar" "$list" target/class-load "$trace"
java src/build/SlimJar.java "$jar" "$list" target/class-load
git --no-pager diff --stat -- "$list" || true
