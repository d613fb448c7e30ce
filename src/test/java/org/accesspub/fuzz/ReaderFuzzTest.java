package org.accesspub.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.accesspub.AccesspubException;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.accesspub.read.SourceKind;
import org.accesspub.read.TextDecoder;

/**
 * Fuzz harnesses, one per reader: any bytes either become an article or a bad-input error, never
 * another exception, a stack overflow, a lone surrogate or nesting deeper than the limit. In every
 * build they run in regression mode over the committed seeds (src/test/resources/org/accesspub/fuzz/
 * ReaderFuzzTestInputs/&lt;harness&gt;/, where Jazzer also files any crash it finds); the pom's
 * {@code fuzz-*} executions fuzz each for a few seconds (JAZZER_FUZZ=1).
 */
class ReaderFuzzTest {
    /** Quotes and lists nest at most this deep in any article (Markdown flattens at 16). */
    private static final int MAX_MODEL_DEPTH = 64;

    @FuzzTest(maxDuration = "3s")
    void plainText(byte[] input) {
        read(input, SourceKind.TXT);
    }

    @FuzzTest(maxDuration = "3s")
    void markdown(byte[] input) {
        read(input, SourceKind.MD);
    }

    @FuzzTest(maxDuration = "3s")
    void html(byte[] input) {
        read(input, SourceKind.HTML);
    }

    @FuzzTest(maxDuration = "3s")
    void docx(byte[] input) {
        document(input, SourceKind.DOCX);
    }

    @FuzzTest(maxDuration = "3s")
    void odt(byte[] input) {
        document(input, SourceKind.ODT);
    }

    /** A Word or OpenDocument file (a ZIP of XML): an article or a bad-input error. */
    private static void document(byte[] input, SourceKind kind) {
        Article article;
        try {
            article = Readers.readDocument(input, kind, ReadOptions.defaults(), "fuzz");
        } catch (AccesspubException e) {
            assertThat(e.exitCode()).as(e.getMessage()).isEqualTo(AccesspubException.BAD_INPUT);
            return;
        }
        assertThat(depth(article.blocks())).isLessThanOrEqualTo(MAX_MODEL_DEPTH);
    }

    private static void read(byte[] input, SourceKind kind) {
        Article article;
        try {
            String text = TextDecoder.decode(input, null, "fuzz");
            article = Readers.read(text, kind, ReadOptions.defaults(), "fuzz");
        } catch (AccesspubException e) {
            assertThat(e.exitCode()).as(e.getMessage()).isEqualTo(AccesspubException.BAD_INPUT);
            return;
        }
        String all = article.metadata().title() + article.allText();
        assertThat(all.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("no lone surrogate").isTrue();
        assertThat(depth(article.blocks())).isLessThanOrEqualTo(MAX_MODEL_DEPTH);
    }

    private static int depth(List<Block> blocks) {
        int max = 0;
        for (Block b : blocks) {
            if (b instanceof Block.BlockQuote q) {
                max = Math.max(max, 1 + depth(q.blocks()));
            } else if (b instanceof Block.BulletList l) {
                for (Block.ListItem i : l.items()) {
                    max = Math.max(max, 1 + depth(i.blocks()));
                }
            } else if (b instanceof Block.OrderedList l) {
                for (Block.ListItem i : l.items()) {
                    max = Math.max(max, 1 + depth(i.blocks()));
                }
            }
        }
        return max;
    }
}
