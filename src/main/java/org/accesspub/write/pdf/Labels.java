package org.accesspub.write.pdf;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.lang.DateText;
import org.accesspub.model.Metadata;

/** The words the PDF adds to the article, in Chinese or English after the article's language. */
final class Labels {
    private final boolean chinese;

    Labels(boolean chinese) {
        this.chinese = chinese;
    }

    /** {@code 第 3 页 / 共 5 页} or {@code Page 3 of 5}. */
    String page(int number, int total) {
        return chinese ? "第 " + number + " 页 / 共 " + total + " 页" : "Page " + number + " of " + total;
    }

    /**
     * The parts of the line under the title: {@code 2024年3月18日 08:57} and {@code 来源：新吴区人民政府}, or
     * {@code 18 March 2024} and {@code Source: …}; empty when neither is known.
     */
    List<String> dateAndSource(Metadata m) {
        List<String> parts = new ArrayList<>();
        m.day().ifPresent(d -> parts.add(DateText.of(d, m.time(), chinese)));
        if (m.source() != null && !m.source().isBlank()) {
            parts.add((chinese ? "来源：" : "Source: ") + m.source().strip());
        }
        return parts;
    }

    /** The label of a note, tip or warning: its kind's word, with its own title if it has one. */
    String admonition(org.accesspub.model.Block.Admonition a) {
        return org.accesspub.lang.BlockWords.admonitionLabel(a, org.accesspub.lang.BlockWords.admonition(a.kind(), chinese),
                chinese);
    }

    /** The text shown in the frame of an image that could not be loaded. */
    String missingImage(String alt, String src) {
        String what = alt.isBlank() ? src : alt;
        return chinese ? "［图片：" + what + "］" : "[Image: " + what + "]";
    }
}
