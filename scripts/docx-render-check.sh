#!/usr/bin/env bash
# Renders a DOCX to PDF with LibreOffice and shows which fonts it used, to check that the fonts
# embedded in the DOCX (subsets of Noto Sans SC, Atkinson Hyperlegible Next and, for code, Mono) are the ones drawn,
# not a substitute. Not part of `mvn verify`: it needs LibreOffice and poppler-utils
#   apt-get install -y libreoffice-writer-nogui poppler-utils
# For a real proof, Noto Sans SC must NOT be installed (fc-list | grep -i noto prints nothing).
# Usage: scripts/docx-render-check.sh FILE.docx [OUT_DIR]   (writes OUT_DIR/FILE.pdf and FILE-1.png)
set -euo pipefail

docx=${1:?usage: $0 FILE.docx [OUT_DIR]}
out=${2:-$(mktemp -d)}
for tool in soffice pdffonts pdftoppm; do
    command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install -y libreoffice-writer-nogui poppler-utils" >&2; exit 2; }
done
mkdir -p "$out"

echo "== fonts installed on this system that the DOCX names:"
fc-list : family | grep -iE 'noto sans sc|noto sans cjk|atkinson' || echo "   none (so anything drawn in them came from the DOCX)"

# A private profile, so a running LibreOffice or its settings cannot interfere.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1
pdf="$out/$(basename "${docx%.*}").pdf"
[ -f "$pdf" ] || { echo "LibreOffice wrote no PDF" >&2; exit 1; }

echo "== fonts in $pdf:"
pdffonts "$pdf"
pdftoppm -png -r 60 -f 1 -l 1 "$pdf" "$out/$(basename "${docx%.*}")"
echo "== page 1: $(ls "$out/$(basename "${docx%.*}")"-*1.png)"

# Every font drawn must be one the DOCX carries; anything else (DejaVu, Liberation …) is a substitute.
others=$(pdffonts "$pdf" | tail -n +3 | awk '{print $1}' | sed 's/^[A-Z]*+//' | grep -vE '^(NotoSansSC|AtkinsonHyperlegibleNext|AtkinsonHyperlegibleMono)-' || true)
if [ -n "$others" ]; then
    echo "NOT OK: LibreOffice substituted fonts the DOCX does not carry: $others" >&2
    exit 1
fi
echo "OK: every font drawn came from the DOCX ($(pdffonts "$pdf" | tail -n +3 | awk '{print $1}' | sed 's/^[A-Z]*+//' | sort -u | tr '\n' ' '))"
