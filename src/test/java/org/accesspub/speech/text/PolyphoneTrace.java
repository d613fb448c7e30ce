package org.accesspub.speech.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accesspub.lang.ChineseWords;

/**
 * Not a test: for each CPP sentence, which source read the marked polyphone (dictionary word, model scores, the
 * final reading), one tab-separated line each, for studying error classes (scripts/polyphone-errors.py).
 * Usage: PolyphoneTrace SENT LB OUT
 */
public final class PolyphoneTrace {
    public static void main(String[] args) throws Exception {
        List<String> sents = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> labels = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        PolyphoneModel model = PolyphoneModel.get();
        for (int n = 0; n < sents.size(); n++) {
            String s = sents.get(n);
            if (s.matches(".*[0-9A-Za-z０-９Ａ-Ｚａ-ｚ].*")) {
                continue;
            }
            String[] m = s.split("\u2581", -1);
            if (m.length != 3 || m[1].length() != 1) {
                continue;
            }
            String text = m[0] + m[1] + m[2];
            int at = m[0].length();
            String t = ChineseWords.simplifiedForReading(text);
            List<ChineseWords.Word> words = ChineseWords.words(t);
            int off = 0;
            int w = 0;
            while (off + words.get(w).text().length() <= at) {
                off += words.get(w).text().length();
                w++;
            }
            ChineseWords.Word word = words.get(w);
            List<String> dict = ChineseWords.pinyin(word.text());
            int cp = t.codePointAt(at);
            List<String> readings = model.readings(cp);
            float[] scores = readings.isEmpty() ? new float[0]
                    : model.run(t).scores(t.codePointCount(0, at), readings);
            StringBuilder sc = new StringBuilder();
            for (int k = 0; k < readings.size(); k++) {
                sc.append(k > 0 ? " " : "").append(readings.get(k)).append(':').append(String.format("%.2f", scores[k]));
            }
            int cs = at;
            while (cs > 0 && "，。；：！？、,;:!?（）《》“”".indexOf(t.charAt(cs - 1)) < 0) {
                cs--;
            }
            int ce = at + 1;
            while (ce < t.length() && "，。；：！？、,;:!?（）《》“”".indexOf(t.charAt(ce)) < 0) {
                ce++;
            }
            String sub = t.substring(cs, ce);
            float[] cscores = readings.isEmpty() ? new float[0] : model.run(sub).scores(sub.codePointCount(0, at - cs), readings);
            StringBuilder clause = new StringBuilder();
            for (int k = 0; k < readings.size(); k++) {
                clause.append(k > 0 ? " " : "").append(readings.get(k)).append(':').append(String.format("%.2f", cscores[k]));
            }
            // the final reading of the marked character, as the CLI reads the sentence
            String fin = "?";
            int han = 0;
            int hanAt = (int) m[0].codePoints().filter(c -> c >= 0x4e00 && c <= 0x9fff).count();
            for (MandarinReading.Syllable y : MandarinReading.read(text, c -> { })) {
                if (y.pinyin() != null && !y.text().isEmpty() && y.text().codePointAt(0) >= 0x4e00
                        && y.text().codePointAt(0) <= 0x9fff) {
                    if (han++ == hanAt) {
                        fin = y.pinyin();
                    }
                }
            }
            StringBuilder ws = new StringBuilder();
            for (int k = 0; k < words.size(); k++) {
                ws.append(k > 0 ? " " : "").append(k == w ? "[" : "").append(words.get(k).text()).append('/')
                        .append(words.get(k).nature()).append(k == w ? "]" : "");
            }
            out.append(n).append('\t').append(m[1]).append('\t').append(labels.get(n).strip().replace("u:", "v"))
                    .append('\t').append(fin).append('\t').append(word.text()).append('\t').append(word.nature())
                    .append('\t').append(at - off).append('\t').append(at - off < dict.size() ? dict.get(at - off) : null)
                    .append('\t').append(model.knows(cp)).append('\t').append(sc).append('\t').append(ws)
                    .append('\t').append(text).append('\t').append(ChineseWords.pinyin(m[1]).get(0))
                    .append('\t').append(ChineseWords.pinyin(t).get(at)).append('\t').append(clause)
                    .append('\n');
        }
        Files.writeString(Path.of(args[2]), out, StandardCharsets.UTF_8);
    }
}
