#!/usr/bin/env python3
"""Error classes of the polyphone reading on the CPP dev split, per half (even sentences to tune on, odd ones to
confirm on): which source decided each miss (the model overruling the word's reading, the word's reading kept
against the model, both agreeing). Runs PolyphoneTrace (src/test/java) after `mvn -q test-compile` and
`mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt`.
Usage: scripts/polyphone-errors.py [SENT LB]"""
import collections, subprocess, sys
d = "../shared/corpus/polyphones-dev/"
sent, lb = (sys.argv[1], sys.argv[2]) if len(sys.argv) > 2 else (d + "dev.sent", d + "dev.lb")
cp = "target/test-classes:target/classes:" + open("target/cp.txt").read().strip()
subprocess.run(["java", "-cp", cp, "org.accesspub.speech.text.PolyphoneTrace", sent, lb, "target/polyphone-trace.tsv"],
               check=True)
def ok(ch, got, lab):
    return got == lab or (got[:-1] == lab[:-1] and (ch in "一不" or (got[-1] == "2" and lab[-1] == "3")))
halves = {0: [0, 0], 1: [0, 0]}; classes = collections.Counter(); chars = collections.Counter()
for line in open("target/polyphone-trace.tsv", encoding="utf-8"):
    n, ch, lab, fin, word, nature, idx, dic, knows, scores = line.split("\t")[:10]
    right = ok(ch, fin, lab); halves[int(n) % 2][0 if right else 1] += 1
    if right: continue
    sc = {p.rsplit(":", 1)[0]: float(p.rsplit(":", 1)[1]) for p in scores.split()}
    best = max(sc, key=sc.get) if sc else dic
    src = ("both agree" if fin == best == dic else "word kept against the model" if fin == dic
           else "model over the word" if fin == best else "a rule or correction")
    classes[src + (" (word)" if len(word) > 1 else " (alone)")] += 1; chars[ch] += 1
for h, (r, w) in halves.items():
    print("half %d (%s): %d of %d = %.2f %%" % (h, "even" if h == 0 else "odd", r, r + w, 100.0 * r / (r + w)))
for k, v in classes.most_common(): print("%4d %s" % (v, k))
print("worst characters: " + " ".join("%s %d" % kv for kv in chars.most_common(15)))
