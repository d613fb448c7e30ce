package org.accesspub.write.narrated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.accesspub.Publisher;
import org.accesspub.model.Article;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.testing.Prepared;
import org.accesspub.testing.Samples;
import org.accesspub.write.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The DAISY text renders the prepared document: notes and warnings with their labels, code as code, the
 * metadata line as prepared, and the NCC lists the headings at the outline's levels.
 */
class DaisyTextTest {
    @TempDir
    Path dir;

    @Test
    void notesWarningsAndTheOutlineAreShownAsPrepared() throws Exception {
        Article article = Samples.readFixture("blocks/terminal-basics.md");
        Publisher.builder().build().write(article, Samples.fixture("blocks"), EnumSet.of(Format.DAISY), dir, "t");
        Map<String, byte[]> daisy = TalkingBooks.unzip(dir.resolve("t.daisy.zip"));
        String html = new String(daisy.get(DaisyText.HREF), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).containsPattern("<div class=\"admonition\" id=\"r\\d+\">\\s*<p class=\"admonition-title\">"
                + "<strong>注意</strong></p>\\s*<p>命令区分大小写：<code>LS</code> 不是 <code>ls</code>。</p>");
        assertThat(html).contains("<strong>警告</strong>");
        PreparedDocument prepared = Prepared.of(article);
        assertThat(html).contains("<p class=\"announcement\" id=\"r1\">" + String.join("<br/>", prepared.metadataLine()) + "</p>");

        Document ncc = TalkingBooks.xml(daisy.get("ncc.html"));
        List<PreparedDocument.OutlineEntry> listed = TalkingBooks.elements(ncc, "*").stream()
                .filter(e -> e.getLocalName().matches("h[1-6]"))
                .map(e -> new PreparedDocument.OutlineEntry(e.getLocalName().charAt(1) - '0', e.getTextContent().strip()))
                .toList();
        assertThat(listed).isNotEmpty().isSubsetOf(prepared.outline());
        assertThat(listed.get(0)).isEqualTo(prepared.outline().get(0));
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("t.daisy.zip");
    }
}
