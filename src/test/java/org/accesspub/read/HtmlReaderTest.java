package org.accesspub.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    @Test
    void councilNoticeTakesItsMetadataFromThePage() {
        Article a = Samples.read(Samples.HTML);
        assertThat(a.metadata().title()).isEqualTo("Winter heating help for older residents");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.metadata().date()).isEqualTo("2024-11-04T09:00");
        assertThat(a.metadata().source()).isEqualTo("Riverside Council");
        assertThat(a.metadata().author()).isEqualTo("Riverside Council Adult Services");
    }

    @Test
    void councilNoticeKeepsTheArticleAndDropsThePageAround() {
        Article a = Samples.read(Samples.HTML);
        String all = a.allText();
        assertThat(all).contains("one-off payment of £150", "Payment dates", "Source: Riverside Council")
                .doesNotContain("Council tax discounts", "Cookies", "Search", "dataLayer", "injected");
        assertThat(a.blocks()).noneMatch(b -> b instanceof Block.Heading h && h.level() == 1);
        assertThat(a.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Image.class,
                i -> assertThat(i.alt()).startsWith("Bar chart")));
        assertThat(a.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Table.class,
                t -> assertThat(Blocks.plainText(t.header().get(0))).isEqualTo("Application received by")));
    }

    @Test
    void hostilePageLosesScriptsFramesFormsAndChrome() {
        Article a = Samples.readFixture("read/hostile.html");
        String all = a.allText();
        assertThat(all).contains("Mill Lane will be closed", "Buses will use Station Road", "Click here", "diversion")
                .doesNotContain("SCRIPT-TEXT", "IFRAME-TEXT", "FORM-TEXT", "FORM-BUTTON", "SVG-TEXT", "NOSCRIPT-TEXT",
                        "NAVIGATION-TEXT", "ASIDE-TEXT", "FOOTER-TEXT", "evil", "head script");
        assertThat(a.metadata().title()).isEqualTo("Road closure on Mill Lane");
    }

    @Test
    void hostilePageKeepsOnlySafeLinks() {
        Article a = Samples.readFixture("read/hostile.html");
        java.util.List<String> hrefs = new java.util.ArrayList<>();
        for (Block b : a.blocks()) {
            if (b instanceof Block.Paragraph p) {
                p.content().stream().filter(i -> i instanceof Inline.Link).forEach(i -> hrefs.add(((Inline.Link) i).href()));
            }
        }
        assertThat(hrefs).containsExactly("https://example.org/roadworks");
    }

    @Test
    void withoutArticleOrMainTheElementWithMostParagraphTextIsTheContent() {
        Article a = Samples.readFixture("read/hostile.html");
        assertThat(a.allText()).doesNotContain("Short.");
        assertThat(a.blocks()).anyMatch(b -> b instanceof Block.Image i && i.alt().equals("Map of the closed section"));
    }

    @Test
    void aManualsPermalinkMarkIsNotPartOfTheTitle() {
        Article a = Readers.read("<html><head><title>Guide 1.0 documentation</title></head><body><div class=\"body\">"
                + "<h1>Packaging guide<a class=\"headerlink\" href=\"#g\" title=\"Permalink to this headline\">¶</a></h1>"
                + "<p>Build the package with the tools below, then check it with the linter before upload.</p>"
                + "<p>Each step is described in its own section, with the commands to type.</p></div></body></html>",
                SourceKind.HTML, ReadOptions.defaults(), "guide.html");
        assertThat(a.metadata().title()).isEqualTo("Packaging guide");
    }

    @Test
    void aListOfAuthorsWithTheirAddressesIsContentNotALinkBox() {
        String authors = "<ul><li><p>Neil Schemenauer &lt;<a href=\"mailto:nas@debian.org\">neil.schemenauer@debian.org</a>&gt;</p></li>"
                + "<li><p>Matthias Klose &lt;<a href=\"mailto:doko@debian.org\">matthias.klose@debian.org</a>&gt;</p></li></ul>";
        String related = "<ul><li><a href=\"/a\">Other packaging news</a></li><li><a href=\"/b\">More from this week</a></li></ul>";
        Article a = Readers.read("<html><body><div class=\"body\"><h1>Policy</h1>"
                + "<p>This document describes the packaging of the language within the distribution and its rules.</p>"
                + "<dl><dt>Authors:</dt><dd>" + authors + "</dd></dl>" + related
                + "<p>Packages follow these rules from the next release on, and older ones are updated in turn.</p>"
                + "</div></body></html>", SourceKind.HTML, ReadOptions.defaults(), "policy.html");
        assertThat(a.allText()).contains("Neil Schemenauer", "matthias.klose@debian.org").doesNotContain("Other packaging news");
    }
}
