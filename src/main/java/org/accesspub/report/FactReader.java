package org.accesspub.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import org.accesspub.write.Format;

/**
 * Reads the facts of each output back from the files just written, cheaply (a PDF's page tree and font
 * resources, an EPUB's package and navigation document, an MP3's tags, a PEF's volumes): the writers
 * decide nothing again and report nothing themselves.
 */
final class FactReader {
    private static final Pattern META = Pattern.compile("<meta\\s+property=\"([^\"]+)\"(?:\\s+[^>]*)?>([^<]*)</meta>");
    private static final double MM = 25.4 / 72;

    private FactReader() {
    }

    /** The files of a format among those written ({@code extension -> temporary path}). */
    static Map<String, Path> filesOf(Format format, Map<String, Path> written) {
        Map<String, Path> files = new LinkedHashMap<>();
        written.forEach((ext, path) -> {
            boolean mine = switch (format) {
                case PDF -> ext.equals("pdf");
                case EPUB -> ext.equals("epub");
                case DOCX -> ext.equals("docx");
                case AUDIO -> ext.equals("mp3") || ext.equals("wav") || ext.equals("vtt");
                case BRAILLE -> ext.equals("brf") || ext.equals("pef");
                case NARRATED -> ext.equals("narrated.epub");
                case DAISY -> ext.equals("daisy.zip");
            };
            if (mine) {
                files.put(ext, path);
            }
        });
        return files;
    }

    static Map<String, Object> read(Format format, Map<String, Path> files) throws IOException {
        Map<String, Object> facts = new LinkedHashMap<>();
        switch (format) {
            case PDF -> pdf(files.get("pdf"), facts);
            case EPUB -> epub(files.get("epub"), facts);
            case DOCX -> docx(files.get("docx"), facts);
            case AUDIO -> AudioFacts.read(files, facts);
            case BRAILLE -> braille(files.get("pef"), files.get("brf"), facts);
            case NARRATED -> {
                epub(files.get("narrated.epub"), facts);
                facts.put("sentences", countInZip(files.get("narrated.epub"), ".smil", "<par"));
            }
            case DAISY -> {
                facts.put("sentences", countInZip(files.get("daisy.zip"), ".smil", "<par"));
                String ncc = textInZip(files.get("daisy.zip"), "ncc.html");
                Matcher m = Pattern.compile("name=\"ncc:totalTime\"\\s+content=\"([^\"]+)\"").matcher(ncc);
                facts.put("duration", m.find() ? m.group(1) : null);
                facts.put("toc", count(ncc, "<a "));
            }
        }
        return facts;
    }

    private static void pdf(Path file, Map<String, Object> facts) throws IOException {
        PdfReader reader = new PdfReader(file.toString());
        try {
            facts.put("pages", reader.getNumberOfPages());
            Rectangle size = reader.getPageSize(1);
            facts.put("page-size", String.format(java.util.Locale.ROOT, "%.0f × %.0f mm",
                    size.getWidth() * MM, size.getHeight() * MM));
            Set<String> fonts = new LinkedHashSet<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                PdfDictionary resources = reader.getPageN(p).getAsDict(PdfName.RESOURCES);
                PdfDictionary fontDict = resources == null ? null : resources.getAsDict(PdfName.FONT);
                if (fontDict == null) {
                    continue;
                }
                for (PdfName key : fontDict.getKeys()) {
                    PdfDictionary font = fontDict.getAsDict(key);
                    PdfName base = font == null ? null : font.getAsName(PdfName.BASEFONT);
                    if (base != null) {
                        fonts.add(PdfName.decodeName(base.toString()).replaceFirst("^[A-Z]{6}\\+", ""));
                    }
                }
            }
            facts.put("fonts", new ArrayList<>(fonts));
            facts.put("tagged", reader.getCatalog().get(PdfName.STRUCTTREEROOT) != null);
            var lang = reader.getCatalog().get(PdfName.LANG);
            facts.put("language", lang == null ? null : lang.toString());
        } finally {
            reader.close();
        }
    }

    private static void epub(Path file, Map<String, Object> facts) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> names = new ArrayList<>();
            String opf = null;
            String nav = null;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                names.add(entry.getName());
                if (entry.getName().endsWith(".opf")) {
                    opf = text(zip, entry);
                } else if (entry.getName().endsWith("nav.xhtml")) {
                    nav = text(zip, entry);
                }
            }
            facts.put("files", names.size());
            Map<String, List<String>> meta = new LinkedHashMap<>();
            Matcher m = META.matcher(opf == null ? "" : opf);
            while (m.find()) {
                if (!m.group(0).contains("refines=")) {
                    meta.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2).strip());
                }
            }
            facts.put("conforms-to", meta.getOrDefault("dcterms:conformsTo", List.of()));
            facts.put("access-modes", meta.getOrDefault("schema:accessMode", List.of()));
            facts.put("access-mode-sufficient", meta.getOrDefault("schema:accessModeSufficient", List.of()));
            facts.put("features", meta.getOrDefault("schema:accessibilityFeature", List.of()));
            facts.put("hazards", meta.getOrDefault("schema:accessibilityHazard", List.of()));
            List<String> summary = meta.getOrDefault("schema:accessibilitySummary", List.of());
            facts.put("summary", summary.isEmpty() ? null : summary.get(0));
            if (meta.containsKey("media:duration")) {
                facts.put("duration", meta.get("media:duration").get(0));
            }
            String toc = nav == null ? "" : nav.replaceFirst("(?s).*?<nav[^>]*epub:type=\"toc\"", "").replaceFirst("(?s)</nav>.*", "");
            facts.put("toc", count(toc, "<a "));
        }
    }

    private static void docx(Path file, Map<String, Object> facts) throws IOException {
        String document = textInZip(file, "word/document.xml");
        facts.put("pages", null); // laid out only by Word or LibreOffice when they open it
        facts.put("paragraphs", count(document, "<w:p>") + count(document, "<w:p "));
        facts.put("headings", count(document, "w:val=\"Heading"));
        facts.put("tables", count(document, "<w:tbl>"));
        facts.put("images", count(document, "<wp:docPr "));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            facts.put("fonts-embedded", zip.stream().filter(e -> e.getName().endsWith(".odttf")).count());
        }
    }

    private static void braille(Path pef, Path brf, Map<String, Object> facts) throws IOException {
        String text = pef == null ? "" : Files.readString(pef, StandardCharsets.UTF_8);
        facts.put("volumes", count(text, "<volume"));
        facts.put("pages", count(text, "<page>") + count(text, "<page "));
        Matcher m = Pattern.compile("<volume[^>]*cols=\"(\\d+)\"[^>]*rows=\"(\\d+)\"").matcher(text);
        if (m.find()) {
            facts.put("cells", m.group(1) + " × " + m.group(2));
        }
        if (brf != null) {
            String b = Files.readString(brf, StandardCharsets.US_ASCII);
            facts.put("brf-pages", b.isEmpty() ? 0 : count(b.replaceFirst("\f\\s*$", ""), "\f") + 1);
        }
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static int countInZip(Path file, String suffix, String what) throws IOException {
        int n = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().endsWith(suffix) && !entry.getName().endsWith("master.smil")) {
                    n += count(text(zip, entry), what);
                }
            }
        }
        return n;
    }

    private static String textInZip(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            return entry == null ? "" : text(zip, entry);
        }
    }

    private static String text(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
