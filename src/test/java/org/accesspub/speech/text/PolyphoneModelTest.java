package org.accesspub.speech.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java forward pass of g2pM against the authors' float32 numpy reference: the logits of every polyphonic
 * character of a few sentences (src/test/resources/speech/g2pm-reference.tsv, written by
 * scripts/g2pm-fixture.py). The weights travel as float16, so the logits agree to a few hundredths and the
 * class ranked first over all 876 is the same.
 */
class PolyphoneModelTest {
    private static final PolyphoneModel MODEL = PolyphoneModel.get();

    @Test
    void logitsMatchTheNumpyReference() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/speech/g2pm-reference.tsv"),
                StandardCharsets.UTF_8);
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            int position = Integer.parseInt(f[1]);
            PolyphoneModel.States states = MODEL.run(f[0]);
            float[] all = states.logits(position);
            List<String> readings = new ArrayList<>();
            List<Float> expected = new ArrayList<>();
            for (String cell : f[2].split(" ")) {
                int colon = cell.lastIndexOf(':');
                readings.add(cell.substring(0, colon).replace("u:", "v"));
                expected.add(Float.parseFloat(cell.substring(colon + 1)));
            }
            float[] scores = states.scores(position, readings);
            for (int k = 0; k < scores.length; k++) {
                assertThat(scores[k]).as("%s at %d: %s", f[0], position, readings.get(k))
                        .isCloseTo(expected.get(k), within(0.05f + Math.abs(expected.get(k)) * 0.01f));
            }
            String top = f[3].substring(0, f[3].lastIndexOf(':')).replace("u:", "v");
            int argmax = 0;
            for (int c = 1; c < all.length; c++) {
                if (all[c] > all[argmax]) {
                    argmax = c;
                }
            }
            assertThat(MODEL.classes().get(argmax)).as("%s at %d", f[0], position).isEqualTo(top);
            checked++;
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void choosesOnlyAmongACharactersOwnReadings() {
        assertThat(MODEL.readings("行".codePointAt(0))).containsExactlyInAnyOrder("xing2", "hang2");
        assertThat(MODEL.readings("女".codePointAt(0))).containsExactlyInAnyOrder("nv3", "ru3");
        assertThat(MODEL.readings("我".codePointAt(0))).isEmpty();
    }

    @Test
    void halfPrecisionDecodes() {
        assertThat(PolyphoneModel.half((short) 0x3C00)).isEqualTo(1f);
        assertThat(PolyphoneModel.half((short) 0xC000)).isEqualTo(-2f);
        assertThat(PolyphoneModel.half((short) 0x0001)).isEqualTo(0x1p-24f);
        assertThat(PolyphoneModel.half((short) 0x7BFF)).isEqualTo(65504f);
    }
}
