#!/usr/bin/python3
"""Writes the Piper voice model the tests speak with: src/test/resources/org/accesspub/speech/piper/.

Not a voice: a minimal ONNX graph with Piper's inputs and output that makes its sound from what it is fed,
so a test can check what the runtime gave it. Run with Debian's python3-onnx (apt-get install python3-onnx):

    /usr/bin/python3 scripts/make-test-voice.py
    /usr/bin/python3 scripts/make-test-voice.py --bench target/bench-voice/zh_CN-bench.onnx 8   (a heavier one)

Inputs and output are those of every Piper voice:
  input          int64 [1, n]   phoneme ids
  input_lengths  int64 [1]      n
  scales         float [3]      noise_scale, length_scale, noise_w
  output         float [1, 1, 1, samples]

The samples are: 1.0 (the loudest sample, so that Piper's peak scaling multiplies by exactly 32767),
then each phoneme id divided by 1000 (the ids it was fed, readable back from the 16-bit audio),
then a 440 Hz sine at 0.5 lasting floor(input_lengths * 256 * length_scale) samples (256 samples an id,
as Piper's medium voices' hop length).
"""
import os
import json
import math

import onnx
from onnx import TensorProto, helper

HOP = 256
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources",
                    "org", "accesspub", "speech", "piper")


def const(name, values, dtype=TensorProto.FLOAT, dims=None):
    return helper.make_node("Constant", [], [name], value=helper.make_tensor(
        name + "_value", dtype, [len(values)] if dims is None else dims, values))


def graph(layers=0):
    nodes = [
        # the ids, as floats / 1000, flattened to [n]
        helper.make_node("Cast", ["input"], ["ids_float"], to=TensorProto.FLOAT),
        const("flat_shape", [-1], TensorProto.INT64),
        helper.make_node("Reshape", ["ids_float", "flat_shape"], ["ids_flat"]),
        const("thousand", [1000.0], dims=[]),
        helper.make_node("Div", ["ids_flat", "thousand"], ["ids_scaled"]),
        # tone length: input_lengths * HOP * length_scale samples
        helper.make_node("Cast", ["input_lengths"], ["length_float"], to=TensorProto.FLOAT),
        const("one_index", [1], TensorProto.INT64, dims=[]),
        helper.make_node("Gather", ["scales", "one_index"], ["length_scale"], axis=0),
        const("hop", [float(HOP)], dims=[]),
        helper.make_node("Mul", ["length_float", "hop"], ["frames"]),
        helper.make_node("Mul", ["frames", "length_scale"], ["samples_1"]),
        helper.make_node("Floor", ["samples_1"], ["samples_floor"]),
        const("scalar_shape", [], TensorProto.INT64, dims=[0]),
        helper.make_node("Reshape", ["samples_floor", "scalar_shape"], ["samples"]),
        const("zero", [0.0], dims=[]),
        const("step", [1.0], dims=[]),
        helper.make_node("Range", ["zero", "samples", "step"], ["t"]),
        const("omega", [2 * math.pi * 440 / 22050], dims=[]),
        helper.make_node("Mul", ["t", "omega"], ["phase"]),
        helper.make_node("Sin", ["phase"], ["sine"]),
        const("half", [0.5], dims=[]),
    ]
    sound = "sine"
    if layers:
        # for scripts/bench-voice.sh only: work like a network's, dense layers of 256 over each 256-sample frame
        rng = __import__("random").Random(27)
        nodes += [const("frame_shape", [-1, HOP], TensorProto.INT64),
                  helper.make_node("Reshape", ["sine", "frame_shape"], ["x0"])]
        for k in range(layers):
            weights = [rng.uniform(-0.1, 0.1) for _ in range(HOP * HOP)]
            nodes += [const("w%d" % k, weights, dims=[HOP, HOP]),
                      helper.make_node("MatMul", ["x%d" % k, "w%d" % k], ["m%d" % k]),
                      helper.make_node("Tanh", ["m%d" % k], ["x%d" % (k + 1)])]
        nodes += [const("flat_shape2", [-1], TensorProto.INT64),
                  helper.make_node("Reshape", ["x%d" % layers, "flat_shape2"], ["worked"])]
        sound = "worked"
    nodes += [
        helper.make_node("Mul", [sound, "half"], ["tone"]),
        const("peak", [1.0]),
        helper.make_node("Concat", ["peak", "ids_scaled", "tone"], ["audio"], axis=0),
        const("out_shape", [1, 1, 1, -1], TensorProto.INT64),
        helper.make_node("Reshape", ["audio", "out_shape"], ["output"]),
    ]
    inputs = [
        helper.make_tensor_value_info("input", TensorProto.INT64, [1, "phonemes"]),
        helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
        helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3]),
    ]
    outputs = [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, 1, "samples"])]
    model = helper.make_model(helper.make_graph(nodes, "accesspub-test-voice", inputs, outputs),
                              producer_name="accesspub scripts/make-test-voice.py",
                              opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 7
    onnx.checker.check_model(model)
    return model


# Piper's phoneme_id_map for eSpeak phonemes (the map its published voices carry): pad, bos, eos, space,
# punctuation, Latin letters, IPA, then the tone digits and diacritics added later.
SYMBOLS = (["_", "^", "$", " ", "!", "'", "(", ")", ",", "-", ".", ":", ";", "?"]
           + list("abcdefhijklmnopqrstuvwxyz")
           + list("æçðøħŋœǀǁǂǃɐɑɒɓɔɕɖɗɘəɚɛɜɞɟɠɡɢɣɤɥɦɧɨɪɫɬɭɮɯɰɱɲɳɴɵɶɸɹɺɻɽɾʀʁʂʃʄʈʉʊʋʌʍʎʏʐʑʒʔʕʘʙʛʜʝʟʡʢʲˈˌːˑ˞βθχᵻⱱ")
           + list("0123456789")
           + ["\u0327", "\u0303", "\u032a", "\u032f", "\u0329", "ʰ", "ˤ", "ε", "↓", "#", "\"", "↑",
              "\u033a", "\u033b", "g", "ʦ", "X", "\u031d", "\u030a"])


def config(language, espeak_voice, sample_rate, names):
    code = language.replace("-", "_")
    return {
        "audio": {"sample_rate": sample_rate, "quality": "x_low"},
        "espeak": {"voice": espeak_voice},
        "language": {"code": code, "family": code.split("_")[0], "region": code.split("_")[-1],
                     "name_native": names[0], "name_english": names[1]},
        "inference": {"noise_scale": 0.667, "length_scale": 1, "noise_w": 0.8},
        "phoneme_type": "espeak",
        "phoneme_map": {},
        "phoneme_id_map": {s: [i] for i, s in enumerate(SYMBOLS)},
        "num_symbols": 256,
        "num_speakers": 1,
        "speaker_id_map": {},
        "piper_version": "1.0.0",
        "dataset": "accesspub-test-tone",
    }


def bench(path, layers):
    """A heavier model for scripts/bench-voice.sh (not committed): the same sound passed through dense layers."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "wb") as f:
        f.write(graph(layers).SerializeToString())
    with open(path + ".json", "w", encoding="utf-8") as f:
        json.dump(config("zh-CN", "cmn", 22050, ("简体中文", "Chinese")), f, ensure_ascii=False, indent=2)
    print("wrote", path, "with", layers, "layers")


def main():
    import sys
    if len(sys.argv) == 4 and sys.argv[1] == "--bench":
        return bench(sys.argv[2], int(sys.argv[3]))
    assert len(SYMBOLS) == len(set(SYMBOLS)) == 159, len(SYMBOLS)
    os.makedirs(HERE, exist_ok=True)
    model = graph().SerializeToString()
    voices = [("zh_CN-test-x_low", "zh-CN", "cmn", 22050, ("简体中文", "Chinese")),
              ("en_US-test-x_low", "en-US", "en-us", 22050, ("English", "English")),
              ("zh_CN-test16k-x_low", "zh-CN", "cmn", 16000, ("简体中文", "Chinese"))]
    for name, language, voice, rate, names in voices:
        with open(os.path.join(HERE, name + ".onnx"), "wb") as f:
            f.write(model)
        with open(os.path.join(HERE, name + ".onnx.json"), "w", encoding="utf-8") as f:
            json.dump(config(language, voice, rate, names), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    main()
