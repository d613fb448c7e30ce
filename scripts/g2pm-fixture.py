#!/usr/bin/python3
"""Writes the reference values G2pmReferenceTest checks the Java forward pass against: for a few sentences,
at each polyphonic character, the logits the authors' float32 numpy reference (../shared/models/g2pm/g2pM.py)
computes for that character's readings and for the class it ranks first over all classes.

Usage: /usr/bin/python3 scripts/g2pm-fixture.py ../shared/models/g2pm > src/test/resources/speech/g2pm-reference.tsv"""
import sys
import numpy as np
sys.path.insert(0, sys.argv[1])
import g2pM

SENTENCES = ["他们重新设置了银行的参数，行长说这行不通。",
             "朝为越溪女，暮作吴宫妃。",
             "翟志刚和单雄信都是好样的，长大后要好好学习。",
             "表格，共8行，此处有代码，共11行，略过。",
             "重启之后，值为零，一切都变为正常了。"]
m = g2pM.G2pM()
class2idx = {v: k for k, v in m.idx2class.items()}
captured = {}
fc = m.fc_layer
m.fc_layer = lambda x: captured.setdefault("logits", fc(x))
print("# sentence\tcode point index\tclass:logit for the character's readings, then the argmax over all classes")
for s in SENTENCES:
    ids = [m.char2idx["시"]] + [m.char2idx.get(c, m.char2idx["<UNK>"]) for c in s] + [m.char2idx["끝"]]
    for i, c in enumerate(s):
        if len(m.cedict.get(c, [])) < 2:
            continue
        captured.clear()
        m.predict(np.array([ids], dtype=np.int32), [i + 1])
        l = captured["logits"][0]
        cells = ["%s:%.5f" % (r, l[class2idx[r]]) for r in m.cedict[c]]
        top = int(np.argmax(l))
        print("%s\t%d\t%s\t%s:%.5f" % (s, i, " ".join(cells), m.idx2class[top], l[top]))
