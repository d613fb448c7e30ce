package org.accesspub.write.braille;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.accesspub.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** BRF and PEF of every input are what embossers take. */
class BrailleFilesTest {
    static final List<String> INPUTS = BrailleOutputs.INPUTS;

    @ParameterizedTest
    @FieldSource("INPUTS")
    void brfHoldsOnlyTheSixtyFourAsciiBrailleCharactersInLinesAndPagesThatFitThePage(String input) {
        byte[] brf = BrailleOutputs.of(input).brf();
        String text = new String(brf, StandardCharsets.US_ASCII);
        for (byte b : brf) {
            assertThat(Brf.ASCII.indexOf(b) >= 0 || b == '\r' || b == '\n' || b == '\f')
                    .as("byte 0x%02x in the BRF of %s", b, input).isTrue();
        }
        String[] pages = text.split("\f", -1);
        assertThat(pages.length).isGreaterThan(0);
        for (String page : pages) {
            assertThat(page).endsWith("\r\n");
            String[] lines = page.substring(0, page.length() - 2).split("\r\n", -1);
            assertThat(lines.length).as("lines on a page of %s", input).isLessThanOrEqualTo(25);
            for (String line : lines) {
                assertThat(line.length()).as("cells in '%s'", line).isLessThanOrEqualTo(40);
                assertThat(line).doesNotEndWith(" ").doesNotContain("\n", "\r");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("INPUTS")
    void pefValidatesAgainstThePef2008Schema(String input) throws Exception {
        BrailleOutputs.Output out = BrailleOutputs.of(input);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Samples.fixture("braille/pef-2008-1.xsd").toFile())
                .newValidator()
                .validate(new StreamSource(out.pefFile().toFile()));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(out.pef())));
        assertThat(doc.getElementsByTagNameNS(Pef.DC, "format").item(0).getTextContent()).isEqualTo("application/x-pef+xml");
        assertThat(doc.getElementsByTagNameNS(Pef.DC, "identifier").item(0).getTextContent()).startsWith("urn:uuid:");
        assertThat(doc.getElementsByTagNameNS(Pef.DC, "language").item(0).getTextContent()).isEqualTo(out.article().language());
        Element volume = (Element) doc.getElementsByTagNameNS(Pef.NS, "volume").item(0);
        int cols = Integer.parseInt(volume.getAttribute("cols"));
        int rows = Integer.parseInt(volume.getAttribute("rows"));
        assertThat(cols).isEqualTo(40);
        assertThat(rows).isEqualTo(25);
        for (List<String> page : BrailleOutputs.pefPages(out.pef())) {
            assertThat(page.size()).isBetween(1, rows);
            for (String row : page) {
                assertThat(row.length()).isLessThanOrEqualTo(cols);
                assertThat(row.chars()).allMatch(c -> c >= 0x2800 && c <= 0x28FF);
                assertThat(row.chars()).as("six dots only").allMatch(c -> c <= 0x283F);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("INPUTS")
    void brfAndPefHoldTheSamePagesWithTheBraillePageNumberTopRight(String input) {
        BrailleOutputs.Output out = BrailleOutputs.of(input);
        List<List<String>> pef = BrailleOutputs.pefPages(out.pef());
        String[] brfPages = new String(out.brf(), StandardCharsets.US_ASCII).split("\f", -1);
        assertThat(brfPages).hasSize(pef.size());
        for (int p = 0; p < pef.size(); p++) {
            List<String> ascii = new ArrayList<>();
            pef.get(p).forEach(row -> ascii.add(new String(Brf.ascii(row), StandardCharsets.US_ASCII)));
            assertThat(String.join("\r\n", ascii) + "\r\n").isEqualTo(brfPages[p]);
            String first = pef.get(p).get(0);
            assertThat(first).hasSize(40).endsWith(Paginator.pageNumber(p + 1));
        }
        assertThat(Paginator.pageNumber(12)).isEqualTo("⠼⠁⠃");
    }

    @org.junit.jupiter.api.Test
    void theAsciiBrailleIsLiblouisNorthAmericanBrfTable() throws java.io.IOException {
        // read from liblouis-java's resources jar, not through liblouis: whichever test loads liblouis first sets its
        // table resolver to the product's packed tables, which do not carry this display table
        char[] expected = new char[64];
        try (var in = BrailleFilesTest.class.getResourceAsStream("/org/liblouis/resource-files/tables/en-us-brf.dis")) {
            assertThat(in).as("liblouis-java's resources jar on the test class path").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.strip().split("\\s+");
                if (f.length < 3 || !f[0].equals("display")) {
                    continue;
                }
                char c = switch (f[1]) {
                    case "\\s" -> ' ';
                    case "\\\\" -> '\\';
                    default -> f[1].charAt(0);
                };
                int dots = 0;
                for (char d : f[2].toCharArray()) {
                    dots |= d == '0' ? 0 : 1 << (d - '1');
                }
                expected[dots] = c;
            }
        }
        assertThat(new String(expected)).isEqualTo(Brf.ASCII);
        assertThat(Brf.ASCII.chars().distinct().count()).isEqualTo(64);
    }

    @ParameterizedTest
    @FieldSource("INPUTS")
    void everyCharacterIsTranslatedOrReported(String input) {
        List<String> reported = BrailleOutputs.of(input).warnings().stream().filter(w -> w.startsWith("braille table")).toList();
        if (input.equals(BrailleOutputs.TRADITIONAL)) {
            // the page widget 選擇閱讀字號：[ ] stays in the traditional text, and Taiwan braille has no square brackets
            assertThat(reported).containsExactly(
                    "braille table zh-tw has no braille for U+005B LEFT SQUARE BRACKET (1 time): written in ueb-g1",
                    "braille table zh-tw has no braille for U+005D RIGHT SQUARE BRACKET (1 time): written in ueb-g1");
        } else {
            assertThat(reported).isEmpty();
        }
    }
}
