#!/usr/bin/python3
"""Makes the reading data packed beside g2pM (src/main/packed/readings, the "readings" pack):

  unihan-readings.txt  the Han characters HanLP's pinyin dictionary lacks, with their kMandarin (tone digit) and
                       first kCantonese from Unihan_Readings.txt (Debian's unicode-data); a character with no
                       reading of its own takes its variant's (kSpoofingVariant, kZVariant, ...: 𠮷 reads as 吉).
  emoji-names.txt      every emoji and symbol with a CLDR short name ("tts") in en, zh and zh-Hant
                       (npm cldr-annotations-full 48.2.0, unpacked from `npm pack`).

Usage:
  apt-get install unicode-data; (cd /tmp && npm pack cldr-annotations-full@48.2.0 && tar xzf cldr-annotations-full-48.2.0.tgz)
  bzcat /usr/share/unicode/Unihan_Readings.txt.bz2 | grep -P '\\tkMandarin\\t' | cut -f1 \\
    | python3 -c "import sys; [print(chr(int(l[2:],16))) for l in sys.stdin]" > /tmp/han.txt
  # the characters HanLP gives no reading, one a line (ChineseWords.pinyin(c) is null), e.g. with a single-file
  # Java program on target/accesspub.jar's classpath -> /tmp/lacking.txt
  /usr/bin/python3 scripts/readings-data.py /tmp/lacking.txt /tmp/package src/main/packed/readings"""
import bz2, collections, json, sys, unicodedata

lacking_file, cldr, out = sys.argv[1], sys.argv[2], sys.argv[3]
lack = set(l.rstrip("\n") for l in open(lacking_file, encoding="utf-8") if l.strip())
m = collections.defaultdict(dict)
for l in bz2.open("/usr/share/unicode/Unihan_Readings.txt.bz2", "rt", encoding="utf-8"):
    f = l.rstrip("\n").split("\t")
    if len(f) == 3 and f[1] in ("kMandarin", "kCantonese"):
        m[chr(int(f[0][2:], 16))][f[1]] = f[2]
order = ["kSpoofingVariant", "kZVariant", "kSimplifiedVariant", "kTraditionalVariant", "kSemanticVariant"]
var = collections.defaultdict(list)
for l in bz2.open("/usr/share/unicode/Unihan_Variants.txt.bz2", "rt", encoding="utf-8"):
    f = l.rstrip("\n").split("\t")
    if len(f) == 3 and f[1] in order:
        for t in f[2].split():
            var[chr(int(f[0][2:], 16))].append((order.index(f[1]), chr(int(t.split("<")[0][2:], 16))))
TONES = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}

def numbered(p):
    tone, s = "5", ""
    for ch in unicodedata.normalize("NFD", p):
        if ch in TONES: tone = TONES[ch]
        elif ch == "\u0308": s += ":"
        else: s += ch
    return s.replace("u:", "v") + tone

rows = []
for c in sorted(lack | {c for c in var if "kMandarin" not in m.get(c, {})}, key=ord):
    src = m.get(c, {})
    if "kMandarin" not in src:
        vs = [v for _, v in sorted(var.get(c, [])) if "kMandarin" in m.get(v, {})]
        if not vs: continue
        src = m[vs[0]]
    cant = src["kCantonese"].split()[0] if src.get("kCantonese") else ""
    rows.append("%X\t%s\t%s" % (ord(c), numbered(src["kMandarin"].split()[0]), cant))
with open(out + "/unihan-readings.txt", "w", encoding="utf-8") as f:
    f.write("# Readings of the Han characters HanLP's pinyin dictionary lacks, from Unihan (Debian unicode-data, Unicode\n"
            "# License V3, unihan-LICENSE): code point (hex), kMandarin with a tone digit (v for u umlaut), the first\n"
            "# kCantonese; a character without readings of its own takes those of its variant (kSpoofingVariant, kZVariant,\n"
            "# kSimplifiedVariant, kTraditionalVariant, kSemanticVariant: U+20BB7 reads as U+5409). Made by scripts/readings-data.py.\n"
            + "\n".join(rows) + "\n")
names = {}
for loc in ["en", "zh", "zh-Hant"]:
    a = json.load(open("%s/annotations/%s/annotations.json" % (cldr, loc), encoding="utf-8"))["annotations"]["annotations"]
    for k, v in a.items():
        if "tts" in v and unicodedata.category(k[0]) == "So":  # emoji and pictographs, not punctuation or math
            names.setdefault(k, {})[loc] = v["tts"][0]
with open(out + "/emoji-names.txt", "w", encoding="utf-8") as f:
    f.write("# Emoji and symbols by their CLDR short name (tts) per language: sequence, en, zh, zh-Hant. From npm\n"
            "# cldr-annotations-full 48.2.0 (Unicode License V3, cldr-LICENSE). Made by scripts/readings-data.py.\n")
    for k, v in sorted(names.items()):
        f.write("\t".join([k, v.get("en", ""), v.get("zh", ""), v.get("zh-Hant", "")]) + "\n")
print(len(rows), "readings,", len(names), "names")
