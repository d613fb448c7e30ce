package org.accesspub.write.narrated;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.accesspub.Publisher;
import org.accesspub.model.Article;
import org.accesspub.testing.Samples;
import org.accesspub.write.Format;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The samples made into talking books once per test run ({@code -f audio,narrated,daisy} together, as a user
 * would ask), shared by every test of this package: synthesis is the slow part.
 */
final class TalkingBooks {
    /** The three files of one sample, unpacked. */
    record Made(Path folder, String base, byte[] mp3, String vtt, Map<String, byte[]> epub, Map<String, byte[]> daisy) {
        String epubText(String name) {
            return new String(epub.get(name), StandardCharsets.UTF_8);
        }

        String daisyText(String name) {
            return new String(daisy.get(name), StandardCharsets.UTF_8);
        }

        Path narratedEpub() {
            return folder.resolve(base + ".narrated.epub");
        }
    }

    private static final Map<String, Made> MADE = new HashMap<>();

    private TalkingBooks() {
    }

    /** The sample's audio, narrated EPUB and DAISY book, made on first use. */
    static synchronized Made of(String sample) {
        return MADE.computeIfAbsent(sample, TalkingBooks::make);
    }

    private static Made make(String sample) {
        try {
            Path dir = Files.createTempDirectory("accesspub-talking-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(dir)));
            Article article = Samples.read(sample);
            String base = Publisher.baseName(Samples.path(sample));
            Publisher.builder().build().write(article, Samples.path(sample).getParent(),
                    EnumSet.of(Format.AUDIO, Format.NARRATED, Format.DAISY), dir, base);
            return new Made(dir, base, Files.readAllBytes(dir.resolve(base + ".mp3")),
                    Files.readString(dir.resolve(base + ".vtt"), StandardCharsets.UTF_8),
                    unzip(dir.resolve(base + ".narrated.epub")), unzip(dir.resolve(base + ".daisy.zip")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Parses XML without fetching any DTD: well-formedness is checked, nothing is downloaded. */
    static Document xml(byte[] data) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new ByteArrayInputStream(data));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Every element with this local name, in document order. */
    static List<Element> elements(Document d, String localName) {
        NodeList nodes = d.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Every id in the document, in document order. */
    static List<String> ids(Document d) {
        List<String> ids = new ArrayList<>();
        for (Element e : elements(d, "*")) {
            if (e.hasAttribute("id")) {
                ids.add(e.getAttribute("id"));
            }
        }
        return ids;
    }

    /** {@code 0:01:02.345}, {@code 01:02.5}, {@code 62.345s} or {@code npt=62.345s} in milliseconds. */
    static long ms(String clock) {
        String c = clock.strip().replaceFirst("^npt=", "");
        if (c.endsWith("ms")) {
            return Math.round(Double.parseDouble(c.substring(0, c.length() - 2)));
        }
        if (c.endsWith("s")) {
            return Math.round(Double.parseDouble(c.substring(0, c.length() - 1)) * 1000);
        }
        String[] p = c.split(":");
        double s = 0;
        for (String part : p) {
            s = s * 60 + Double.parseDouble(part);
        }
        return Math.round(s * 1000);
    }
}
