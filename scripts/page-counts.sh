#!/usr/bin/env bash
# Page counts of the PDF and of the DOCX (rendered by LibreOffice) on the same size and page preset,
# for manual chapters of both generators (DocBook: Debian Reference; Publican: Debian Administrator's
# Handbook) in Chinese and English, a poem collection and a mixed Chinese/English notice. The issue asks
# for the two within 10 % on every document. Not part of `mvn verify`: LibreOffice takes 10-40 s a
# document. Needs LibreOffice and poppler-utils, and the Debian documentation packages
# (debian-reference-common, debian-reference-zh-cn, debian-handbook); a missing one is skipped.
#   apt-get install -y libreoffice-writer-nogui poppler-utils debian-reference-common debian-handbook
# Usage: scripts/page-counts.sh [OUT_DIR] [-- convert options…]   (ACCESSPUB=COMMAND runs another build)
#   scripts/page-counts.sh /tmp/pc -- --size 小一 --page a5
# Prints one line a document: name, PDF pages, DOCX pages, difference in % of the larger.
# Exit code 1 when a document's counts differ by more than 10 %.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=${1:-$(mktemp -d)}
[ "${1:-}" ] && shift
[ "${1:-}" = -- ] && shift
options=("$@")
for tool in soffice pdfinfo; do
    command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install -y libreoffice-writer-nogui poppler-utils" >&2; exit 2; }
done
mkdir -p "$out"

ref=/usr/share/doc/debian-reference-common/docs
book=/usr/share/doc/debian-handbook/html
documents=(
    "reference-ch03-zh:$ref/ch03.zh-cn.html"
    "reference-ch03-en:$ref/ch03.en.html"
    "handbook-apt-zh:$book/zh-CN/sect.apt-get.html"
    "handbook-apt-en:$book/en-US/sect.apt-get.html"
    "poems-44:$here/src/test/resources/blocks/poems-44.txt"
    "terminal-notice:$here/src/test/resources/blocks/terminal-basics.md"
    "seed-article-zh:$here/samples/seed-article-zh.txt"
    "council-notice-en:$here/samples/council-notice.html"
)

# A private LibreOffice profile, so a running LibreOffice or its settings cannot interfere.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }

status=0
printf '%-20s %5s %5s %6s\n' document pdf docx diff
for entry in "${documents[@]}"; do
    name=${entry%%:*} source=${entry#*:}
    if [ ! -f "$source" ]; then
        printf '%-20s skipped: %s missing\n' "$name" "$source"
        continue
    fi
    dir="$out/$name"
    mkdir -p "$dir"
    # a copy under the document's short name, so the outputs are named after it
    ext=${source##*.}
    cp "$source" "$dir/$name.$ext"
    "${ACCESSPUB:-$here/accesspub}" convert "$dir/$name.$ext" -f pdf,docx -o "$dir" "${options[@]}" >/dev/null 2>"$dir/convert.log" \
        || { printf '%-20s convert failed: see %s\n' "$name" "$dir/convert.log"; status=1; continue; }
    mkdir -p "$dir/docx"
    soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$dir/docx" "$dir/$name.docx" >/dev/null 2>&1
    pdf=$(pages "$dir/$name.pdf") docx=$(pages "$dir/docx/$name.pdf")
    if [ -z "$pdf" ] || [ -z "$docx" ]; then
        printf '%-20s no page count (pdf %s, docx %s)\n' "$name" "${pdf:-?}" "${docx:-?}"
        status=1
        continue
    fi
    larger=$(( pdf > docx ? pdf : docx ))
    diff=$(awk -v a="$pdf" -v b="$docx" -v m="$larger" 'BEGIN { d = a - b; if (d < 0) d = -d; printf "%.1f", 100 * d / m }')
    mark=""
    awk -v d="$diff" 'BEGIN { exit !(d > 10) }' && { mark="  > 10 %"; status=1; }
    printf '%-20s %5s %5s %5s%%%s\n' "$name" "$pdf" "$docx" "$diff" "$mark"
done
echo "outputs in $out (PDF: NAME/NAME.pdf; DOCX rendered by LibreOffice: NAME/docx/NAME.pdf)"
exit $status
