#!/usr/bin/env bash
# How faithfully accesspub reads Word and OpenDocument files made by two other writers: each HTML page is
# converted to DOCX by pandoc and by LibreOffice, and to ODT by LibreOffice; `accesspub inspect` on each is
# compared with `inspect` on the HTML (scripts/docx_fidelity.py: word-level F1, and the same headings,
# tables, lists and code blocks). The page's site navigation (DocBook's banner, title links and docnav, and
# any <nav>/<header>/<footer>) is removed before converting: a document an editor gets holds the article, not
# the website around it, and the HTML reader drops that chrome anyway.
# Needs pandoc and LibreOffice (apt-get install pandoc libreoffice-writer-nogui).
# Usage: scripts/docx-fidelity.sh [PAGE.html …]   (default: 8 pages of the Debian Administrator's Handbook,
# 4 in English and 4 in Chinese, from the debian-handbook package)
set -euo pipefail
cd "$(dirname "$0")/.."
here="$PWD"
py=/usr/bin/python3
work="${TMPDIR:-/tmp}/accesspub-fidelity"
rm -rf "$work"
mkdir -p "$work/lo"
# ACCESSPUB="java -cp …" runs a development build instead of the packaged jar
if [ -n "${ACCESSPUB:-}" ]; then read -ra run <<<"$ACCESSPUB"
elif [ -f target/accesspub.jar ]; then run=(java -jar "$here/target/accesspub.jar"); else run=("$here/accesspub"); fi

pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  hb=/usr/share/doc/debian-handbook/html
  for lang in en-US zh-CN; do
    for p in sect.debian-internals sect.apt-get sect.network-config sect.package-meta-information; do
      pages+=("$hb/$lang/$p.html")
    done
  done
fi

printf '%-48s %-7s %6s %6s %6s  %-9s %-9s %-9s %-9s\n' page writer prec recall F1 headings tables lists code
sum=0
n=0
for page in "${pages[@]}"; do
  base="$(basename "$(dirname "$page")")-$(basename "$page" .html)"
  # the article without the site around it
  "$py" - "$page" "$work/$base.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
for pat in [r'<div id="banner">.*?</div>', r'<p id="title">.*?</p>', r'<ul class="docnav[^"]*">.*?</ul>',
            r'<(nav|header|footer)\b.*?</\1>']:
    html = re.sub(pat, "", html, flags=re.S)
open(sys.argv[2], "w", encoding="utf-8").write(html)
PY
  (cd "$work" && pandoc -f html -t docx -o "$base.pandoc.docx" "$base.html" 2>/dev/null)
  (cd "$work" && timeout 300 soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" \
      --outdir lo "$base.html" >/dev/null 2>&1)
  (cd "$work" && timeout 300 soffice --headless --infilter="HTML (StarWriter)" --convert-to odt --outdir lo "$base.html" \
      >/dev/null 2>&1)
  "${run[@]}" inspect "$work/$base.html" >"$work/$base.html.json"
  for w in pandoc.docx lo/docx lo/odt; do
    case $w in
      pandoc.docx) f="$work/$base.pandoc.docx" ;;
      lo/docx) f="$work/lo/$base.docx" ;;
      lo/odt) f="$work/lo/$base.odt" ;;
    esac
    "${run[@]}" inspect "$f" >"$f.json"
    "$py" scripts/docx_fidelity.py "$work/$base.html.json" "$f.json" >"$f.score"
    "$py" - "$f.score" "$base" "$w" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
ok = lambda k: "same" if s[k][-1] else f"{s[k][0]}≠{s[k][1]}" if k != "tables" else "differ"
print(f"{sys.argv[2]:<48} {sys.argv[3]:<7} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}  "
      f"{ok('headings'):<9} {ok('tables'):<9} {ok('lists'):<9} {ok('code'):<9}")
PY
    f1=$("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["f1"])' "$f.score")
    sum=$("$py" -c "print($sum + $f1)")
    n=$((n + 1))
  done
done
echo "mean F1 over $n documents: $("$py" -c "print(round($sum / $n, 4))")  (files in $work)"
