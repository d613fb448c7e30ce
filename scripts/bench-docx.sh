#!/usr/bin/env bash
# Time to read a 50-page Word file (and its LibreOffice ODT) after start-up, beside pandoc reading the same file.
# Builds the documents from the Debian Administrator's Handbook (debian-handbook package): chapters are joined
# until the text fills about 50 A4 pages (LibreOffice's own page count of the DOCX is printed when soffice is
# there), converted by pandoc (DOCX) and LibreOffice (ODT). Needs pandoc; LibreOffice optional.
# Usage: scripts/bench-docx.sh   (uses target/accesspub.jar, built with mvn package; ACCESSPUB_JAR=class path overrides)
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${ACCESSPUB_JAR:-target/accesspub.jar}"
[ -n "${ACCESSPUB_JAR:-}" ] || [ -f "$jar" ] || { echo "bench-docx: build $jar first (mvn -DskipTests package)" >&2; exit 1; }
work="${TMPDIR:-/tmp}/accesspub-bench-docx"
rm -rf "$work" && mkdir -p "$work"
hb=/usr/share/doc/debian-handbook/html/en-US
/usr/bin/python3 - "$hb" "$work/book.html" <<'PY'
import re, sys, os
hb, out = sys.argv[1], sys.argv[2]
pages = ["sect.debian-internals", "sect.apt-get", "sect.network-config", "sect.package-meta-information",
         "sect.virtualization", "sect.debian-internals", "advanced-administration", "network-services"]
body, words = [], 0
for p in pages:
    html = open(os.path.join(hb, p + ".html"), encoding="utf-8").read()
    html = re.sub(r'<div id="banner">.*?</div>|<p id="title">.*?</p>|<ul class="docnav[^"]*">.*?</ul>', "", html, flags=re.S)
    m = re.search(r"<body[^>]*>(.*)</body>", html, re.S)
    body.append(m.group(1))
    words += len(re.sub(r"<[^>]+>", " ", m.group(1)).split())
    if words > 25000:  # about 50 pages of 500 words
        break
open(out, "w", encoding="utf-8").write("<html><head><meta charset='utf-8'><title>Handbook excerpt</title></head><body>"
                                       + "\n".join(body) + "</body></html>")
print(f"source: {words} words")
PY
(cd "$work" && pandoc -f html -t docx -o book.docx book.html 2>/dev/null)
if command -v soffice >/dev/null; then
  (cd "$work" && timeout 600 soffice --headless --convert-to odt book.docx >/dev/null 2>&1 \
    && timeout 600 soffice --headless --convert-to pdf book.docx >/dev/null 2>&1)
  command -v pdfinfo >/dev/null && echo "pages (LibreOffice, A4): $(pdfinfo "$work/book.pdf" | awk '/^Pages/ {print $2}')"
fi
for f in "$work/book.docx" "$work/book.odt"; do
  [ -f "$f" ] && java -cp "$jar" scripts/BenchDocx.java "$f"
done
start=$(date +%s%N); java -cp "$jar" org.accesspub.cli.Main inspect "$work/book.docx" >/dev/null; end=$(date +%s%N)
echo "accesspub inspect book.docx, whole process: $(( (end - start) / 1000000 )) ms"
start=$(date +%s%N); pandoc -f docx -t json "$work/book.docx" >/dev/null; end=$(date +%s%N)
echo "pandoc -f docx -t json book.docx (for comparison): $(( (end - start) / 1000000 )) ms"
