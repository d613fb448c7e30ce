package org.accesspub.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.accesspub.AccesspubException;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.junit.jupiter.api.Test;

/** Sources built to break the readers: deep nesting, impossible characters, BOM-less UTF-16. */
class HostileSourceTest {
    private static Article md(String text) {
        return Readers.read(text, SourceKind.MD, ReadOptions.defaults(), "hostile.md");
    }

    private static int quoteDepth(List<Block> blocks) {
        int max = 0;
        for (Block b : blocks) {
            if (b instanceof Block.BlockQuote q) {
                max = Math.max(max, 1 + quoteDepth(q.blocks()));
            }
        }
        return max;
    }

    @Test
    void threeThousandNestedQuotesAreFlattenedNotLost() {
        String text = "# Deep\n\n" + ">".repeat(3000) + " the innermost words\n";
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> md(text));
        assertThat(a.allText()).contains("the innermost words");
        assertThat(quoteDepth(a.blocks())).isEqualTo(MarkdownNesting.MAX_DEPTH);
    }

    @Test
    void deeplyNestedListsAndEmphasisKeepTheirText() {
        StringBuilder list = new StringBuilder("# Lists\n\n");
        for (int i = 0; i < 500; i++) {
            list.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> md(list.toString()));
        assertThat(a.allText()).contains("level 0", "level 499");
        Article e = md("# E\n\n" + "*_".repeat(2000) + "core" + "_*".repeat(2000) + "\n");
        assertThat(e.allText()).contains("core");
    }

    @Test
    void aLoneSurrogateReferenceBecomesTheReplacementCharacter() {
        Article m = md("# Title &#xD800;\n\nText &#55296; and &#x110000; end.\n");
        Article h = Readers.read("<html><body><h1>T &#xDFFF;</h1><p>Body &#xD800; text.</p></body></html>",
                SourceKind.HTML, ReadOptions.defaults(), "x.html");
        for (Article a : List.of(m, h)) {
            String all = a.metadata().title() + a.allText();
            assertThat(all.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as(all).isTrue();
            assertThat(all).contains("\uFFFD");
        }
        assertThat(md("# Fine\n\n&#x4E2D;&#20013; &#x1F600;\n").allText()).contains("中中", "\uD83D\uDE00");
    }

    @Test
    void utf16WithoutBomIsDetectedInBothByteOrders() {
        String english = "Library hours\n\nThe library opens at nine.\nIt closes at five.\n";
        String chinese = "图书馆开放时间\n\n图书馆每天上午九点开门，下午五点关门。\n周一闭馆。\n";
        for (String text : List.of(english, chinese)) {
            assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE), null, "le.txt")).isEqualTo(text);
            assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE), null, "be.txt")).isEqualTo(text);
        }
        String gbk = "图书馆开放时间\n\n图书馆每天上午九点开门。\n";
        assertThat(TextDecoder.decode(gbk.getBytes(java.nio.charset.Charset.forName("GB18030")), null, "gbk.txt"))
                .isEqualTo(gbk);
    }

    @Test
    void aLoneQuoteAsAFrontMatterValueIsReadNotACrash() {
        // found by ReaderFuzzTest#markdown: commonmark's front matter parser failed on `lang: "`
        Article a = md("---\ntitle: Notice\nlang: \"\nauthor:'\n---\n\nSome words.\n");
        assertThat(a.metadata().title()).isEqualTo("Notice");
        assertThat(a.allText()).contains("Some words.");
        // without a closing line: nothing but front matter, which is bad input (exit 3), not a crash
        assertThatThrownBy(() -> md("---\nlang: \"\n")).isInstanceOfSatisfying(AccesspubException.class,
                e -> assertThat(e.exitCode()).isEqualTo(AccesspubException.BAD_INPUT));
    }
}
