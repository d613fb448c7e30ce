package org.accesspub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningsTest {
    @Test
    void tenThousandMissingImagesGiveTheFirstFewWarningsThenACount() {
        List<String> printed = new ArrayList<>();
        Warnings w = new Warnings(printed::add);
        for (int i = 0; i < 10_000; i++) {
            w.warn("image", "image img-" + i + ".png not found in articles: its alt text stands in for it");
        }
        w.warn("size 8pt is below large print");
        w.summarise();
        assertThat(printed).hasSize(Warnings.SHOWN_PER_KIND + 2);
        assertThat(printed.get(0)).contains("img-0.png");
        assertThat(printed).contains("size 8pt is below large print");
        assertThat(printed.get(printed.size() - 1)).isEqualTo("… and 9995 more image warnings like these");
        assertThat(w.all()).hasSize(10_001);
    }

    @Test
    void theSameWarningIsShownOnce() {
        List<String> printed = new ArrayList<>();
        Warnings w = new Warnings(printed::add);
        w.warn("glyph", "no font has ☃");
        w.warn("glyph", "no font has ☃");
        w.summarise();
        assertThat(printed).containsExactly("no font has ☃");
    }
}
