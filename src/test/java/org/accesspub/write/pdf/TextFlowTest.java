package org.accesspub.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accesspub.model.Inline;
import org.junit.jupiter.api.Test;

class TextFlowTest {
    /**
     * The layout asks for the text once per run of every line: building it each time made one long
     * paragraph quadratic (a 2 MB line took minutes). scripts/scaling.sh measures the time.
     */
    @Test
    void theTextOfALongParagraphIsBuiltOnceNotPerLine() {
        TextFlow flow = TextFlow.of(List.of(new Inline.Text("word ".repeat(100_000)),
                new Inline.Strong(List.of(new Inline.Text("bold")))), false);
        String text = flow.text();
        assertThat(flow.text()).isSameAs(text).endsWith("word bold");
        assertThat(flow.spanAt(text.length() - 1).bold()).isTrue();
    }
}
