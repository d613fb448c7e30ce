#!/usr/bin/python3
"""Converts g2pM's trained polyphone model (Kakao Brain, Apache-2.0; ../shared/models/g2pm) once into the
compact form the jar packs (src/main/packed/readings/, packed by src/build/PackData.java into the "readings"
pack, read by org.accesspub.speech.text.PolyphoneModel):

  g2pm.bin   "G2PM" int32 version=1, then int32 chars, dim, hidden, dense, classes (little-endian), then the
             float16 little-endian arrays: embedding [chars][dim]; forward LSTM weight_ih [4h][dim],
             weight_hh [4h][h], bias (ih + hh summed) [4h]; the same for the reverse direction;
             dense0 weight [dense][2h], bias [dense]; dense1 weight [classes][dense], bias [classes].
             Gate order i, f, g, o (PyTorch).
  g2pm.txt   UTF-8 text: "chars" then one vocabulary entry a line in row order (<PAD>, <UNK>, BOS 시,
             EOS 끝, ...); "classes" then one pinyin class a line in output order; "polyphones" then
             "character<TAB>reading reading ..." for each character CC-CEDICT (as g2pM digests it) gives
             more than one reading.

float16 halves the weights (1.6 -> 0.8 MB); the Java forward pass computes in float32 and is checked against
the float32 numpy reference (G2pmReferenceTest; fixture made by scripts/g2pm-fixture.py).

Usage: /usr/bin/python3 scripts/convert-g2pm.py ../shared/models/g2pm src/main/packed/readings
(needs numpy; Debian's /usr/bin/python3 has it)."""
import pickle, struct, sys, os
import numpy as np

src, out = sys.argv[1], sys.argv[2]
load = lambda n: pickle.load(open(os.path.join(src, n), "rb"))
char2idx, class2idx, cedict, w = load("char2idx.pkl"), load("class2idx.pkl"), load("digest_cedict.pkl"), load("np_ckpt.pkl")
emb = w["embedding.weight"]
chars, dim = emb.shape
hidden = w["lstm.weight_hh_l0"].shape[1]
dense = w["logit_layer.0.weight"].shape[0]
classes = w["logit_layer.2.weight"].shape[0]
arrays = [emb,
          w["lstm.weight_ih_l0"], w["lstm.weight_hh_l0"], w["lstm.bias_ih_l0"] + w["lstm.bias_hh_l0"],
          w["lstm.weight_ih_l0_reverse"], w["lstm.weight_hh_l0_reverse"],
          w["lstm.bias_ih_l0_reverse"] + w["lstm.bias_hh_l0_reverse"],
          w["logit_layer.0.weight"], w["logit_layer.0.bias"], w["logit_layer.2.weight"], w["logit_layer.2.bias"]]
with open(os.path.join(out, "g2pm.bin"), "wb") as f:
    f.write(b"G2PM" + struct.pack("<6i", 1, chars, dim, hidden, dense, classes))
    for a in arrays:
        f.write(np.ascontiguousarray(a, dtype="<f2").tobytes())
by_index = sorted(char2idx.items(), key=lambda kv: kv[1])
assert [i for _, i in by_index] == list(range(chars))
by_class = sorted(class2idx.items(), key=lambda kv: kv[1])
assert [i for _, i in by_class] == list(range(classes))
with open(os.path.join(out, "g2pm.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write("chars\n" + "".join(c + "\n" for c, _ in by_index))
    f.write("classes\n" + "".join(c + "\n" for c, _ in by_class))
    f.write("polyphones\n")
    for c in sorted(cedict):
        if len(c) == 1 and len(cedict[c]) > 1:
            f.write(c + "\t" + " ".join(cedict[c]) + "\n")
print("g2pm.bin", os.path.getsize(os.path.join(out, "g2pm.bin")), "bytes;", chars, "chars,", classes, "classes")
