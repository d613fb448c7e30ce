#!/usr/bin/env python3
"""Compares two `accesspub inspect` JSON files (the HTML a document came from, and the DOCX/ODT made from it):
word-level F1 (Han characters count as words; Latin words lower-cased, punctuation dropped) and the structure:
headings (level and text), tables (rows x columns), lists (ordered, items), code blocks, notes.
Usage: docx_fidelity.py REFERENCE.json CANDIDATE.json [--show]"""
import collections, json, re, sys

WORD = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W_]+", re.UNICODE)

def words(text):
    return [w.lower() for w in WORD.findall(text)]

def block_text(b):
    if b["type"] == "table":
        return " ".join(" ".join(r) for r in b["rows"])
    if b["type"] == "list":
        return " ".join(b["items"])
    if b["type"] == "definitions":
        return " ".join(i["term"] + " " + i["definition"] for i in b["items"])
    if b["type"] == "lines":
        return " ".join(b["lines"])
    if b["type"] == "image":
        return b.get("alt", "") + " " + (b.get("caption") or "")
    return (b.get("title") or "") + " " + b.get("text", "")

def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)

def structure(doc):
    s = {"headings": [], "tables": [], "lists": [], "code": 0, "notes": 0}
    for b in doc["blocks"]:
        t = b["type"]
        if t == "heading":
            s["headings"].append(" ".join(words(b["text"])))
        elif t == "table":
            s["tables"].append((len(b["rows"]), max((len(r) for r in b["rows"]), default=0)))
        elif t == "list":
            s["lists"].append((b["ordered"], len(b["items"])))
        elif t == "code":
            s["code"] += 1
        elif t == "note":
            s["notes"] += 1
    return s

def all_words(doc, images=True):
    out = words(doc.get("title") or "")
    for b in doc["blocks"]:
        if b["type"] == "image" and not images:
            continue
        out += words(block_text(b))
    return out

def f1(ref, cand):
    r, c = collections.Counter(ref), collections.Counter(cand)
    common = sum((r & c).values())
    if not ref and not cand:
        return 1.0, 1.0, 1.0
    p = common / max(1, sum(c.values()))
    rc = common / max(1, sum(r.values()))
    return p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0)

def main():
    ref, cand = load(sys.argv[1]), load(sys.argv[2])
    # image alt texts: a converter that could not fetch a picture writes its own description; compare text only
    p, r, f = f1(all_words(ref, False), all_words(cand, False))
    sr, sc = structure(ref), structure(cand)
    same = {k: sr[k] == sc[k] for k in sr}
    print(json.dumps({"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                      "headings": [len(sr["headings"]), len(sc["headings"]), same["headings"]],
                      "tables": [sr["tables"], sc["tables"], same["tables"]],
                      "lists": [len(sr["lists"]), len(sc["lists"]), same["lists"]],
                      "code": [sr["code"], sc["code"], same["code"]]}, ensure_ascii=False))
    if "--show" in sys.argv:
        rw, cw = collections.Counter(all_words(ref, False)), collections.Counter(all_words(cand, False))
        print("missing:", list((rw - cw).elements())[:80])
        print("extra:", list((cw - rw).elements())[:80])
        if not same["headings"]:
            print("ref headings:", sr["headings"])
            print("cand headings:", sc["headings"])
        if not same["lists"]:
            print("ref lists:", sr["lists"], "cand lists:", sc["lists"])

if __name__ == "__main__":
    main()
