package org.accesspub.read.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.accesspub.testing.OfficeFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenDocument texts read by their structure, each construct in a file made for it. */
class OdtReaderTest {
    @TempDir
    Path tmp;

    private Article read(String text) throws Exception {
        Path f = tmp.resolve("notice.odt");
        Files.write(f, OfficeFixtures.odt(text, null));
        return Readers.read(f, ReadOptions.defaults());
    }

    @Test
    void headingsListsNotesAndLinksAreRead() throws Exception {
        Article a = read("<text:h text:outline-level=\"1\">Hours</text:h>"
                + "<text:p>Open <text:a xlink:href=\"https://example.org/h\">daily</text:a>.<text:note text:note-class=\"footnote\">"
                + "<text:note-citation>1</text:note-citation><text:note-body><text:p>Except holidays.</text:p></text:note-body>"
                + "</text:note></text:p>"
                + "<text:h text:outline-level=\"2\">Steps</text:h>"
                + "<text:list><text:list-item><text:p>One</text:p><text:list><text:list-item><text:p>Inner</text:p>"
                + "</text:list-item></text:list></text:list-item><text:list-item><text:p>Two</text:p></text:list-item></text:list>");
        assertThat(a.metadata().title()).isEqualTo("Hours");
        assertThat(a.blocks()).containsExactly(
                new Block.Paragraph(List.of(new Inline.Text("Open "), new Inline.Link("https://example.org/h",
                        List.of(new Inline.Text("daily"))), new Inline.Text("."), new Inline.NoteRef("1"))),
                new Block.Note("1", List.of(Block.Paragraph.of("Except holidays."))),
                new Block.Heading(2, List.of(new Inline.Text("Steps"))),
                new Block.BulletList(List.of(new Block.ListItem(List.of(Block.Paragraph.of("One"),
                        new Block.BulletList(List.of(Block.ListItem.of("Inner"))))), Block.ListItem.of("Two"))));
    }

    @Test
    void trackedDeletionsCommentsAndTablesOfContentsAreLeftOutAndTextBoxesReadOnce() throws Exception {
        Article a = read("<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>removed</text:p>"
                + "</text:deletion></text:changed-region></text:tracked-changes>"
                + "<text:table-of-content><text:index-body><text:p>Hours ..... 1</text:p></text:index-body></text:table-of-content>"
                + "<text:p>Kept<text:change text:change-id=\"c1\"/> text<office:annotation><text:p>a comment</text:p>"
                + "</office:annotation>.<draw:frame><draw:text-box><text:p>In a box</text:p></draw:text-box></draw:frame></text:p>");
        assertThat(a.blocks().stream().map(Blocks::plainText)).containsExactly("Kept text.", "In a box");
    }

    @Test
    void tableHeaderRowsAndSpannedCellsLineUp() throws Exception {
        Article a = read("<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Day</text:p>"
                + "</table:table-cell><table:table-cell><text:p>Hours</text:p></table:table-cell></table:table-row>"
                + "</table:table-header-rows><table:table-row><table:table-cell table:number-columns-spanned=\"2\">"
                + "<text:p>Closed</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table>");
        Block.Table t = (Block.Table) a.blocks().get(0);
        assertThat(t.header().stream().map(Blocks::plainText)).containsExactly("Day", "Hours");
        assertThat(t.rows().get(0).stream().map(Blocks::plainText)).containsExactly("Closed", "");
    }

    @Test
    void aPictureKeepsItsDescriptionAsTextAlternative() throws Exception {
        Article a = read("<text:p>Gate:<draw:frame><draw:image xlink:href=\"Pictures/missing.png\"/><svg:title>t</svg:title>"
                + "<svg:desc>The library gate</svg:desc></draw:frame></text:p>");
        assertThat(a.blocks()).containsExactly(Block.Paragraph.of("Gate:"), new Block.Image("", "The library gate", null));
    }
}
