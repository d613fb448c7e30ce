package org.accesspub.write.narrated;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accesspub.write.epub.Xml;

/**
 * The files of a DAISY 2.02 full-text talking book, by name: {@code ncc.html} (metadata and the headings, each
 * linking into the SMIL file that reads it), {@code content.html}, one SMIL 1.0 file per section (the title,
 * then every heading) with a {@code par} per sentence, {@code master.smil}, and the speech as one MP3.
 */
final class DaisyBook {
    static final String AUDIO = "narration.mp3";
    static final String GENERATOR = "accesspub";

    /** What the NCC states about the book besides its headings. */
    record Info(String identifier, String title, String creator, String publisher, String date, String language,
                String narrator) {
    }

    /** One section: the heading that opens it and the sentences it reads. */
    private record Section(DaisyText.Heading heading, List<Narration.Clip> clips) {
        long durationMs() {
            return clips.stream().mapToLong(Narration.Clip::durationMs).sum();
        }
    }

    private DaisyBook() {
    }

    /**
     * Every file of the book but the audio ({@link #AUDIO}, {@code audioBytes} long, zipped last from the
     * narration's file), in the order they are zipped.
     */
    static Map<String, byte[]> files(Info info, DaisyText.Result text, Narration narration, long audioBytes) {
        List<Section> sections = sections(text.headings(), narration.clips());
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> smilNames = new ArrayList<>();
        long elapsed = 0;
        int par = 0;
        for (int i = 0; i < sections.size(); i++) {
            String name = String.format(Locale.ROOT, "s%04d.smil", i + 1);
            smilNames.add(name);
            files.put(name, utf8(smil(info, sections.get(i), elapsed, par)));
            elapsed += sections.get(i).durationMs();
            par += sections.get(i).clips().size();
        }
        files.put(DaisyText.HREF, utf8(text.html()));
        files.put("master.smil", utf8(master(info, sections, smilNames, elapsed)));
        long bytes = files.values().stream().mapToLong(b -> b.length).sum() + audioBytes;
        // ncc:files counts every file of the book, the NCC and the audio included.
        String ncc = ncc(info, sections, smilNames, elapsed, files.size() + 2, bytes);
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put("ncc.html", utf8(ncc));
        ordered.putAll(files);
        return ordered;
    }

    /** A new section at the first sentence of each heading; a heading with no speech opens none. */
    private static List<Section> sections(List<DaisyText.Heading> headings, List<Narration.Clip> clips) {
        List<Section> sections = new ArrayList<>();
        int h = 0;
        for (Narration.Clip c : clips) {
            int opens = -1;
            for (int j = h; j < headings.size(); j++) {
                if (headings.get(j).ids().contains(c.id())) {
                    opens = j;
                    break;
                }
            }
            if (opens >= 0 && (sections.isEmpty() || sections.get(sections.size() - 1).heading() != headings.get(opens))) {
                sections.add(new Section(headings.get(opens), new ArrayList<>()));
                h = opens + 1;
            } else if (sections.isEmpty()) {
                sections.add(new Section(headings.get(0), new ArrayList<>())); // speech before the first heading read
                h = 1;
            }
            sections.get(sections.size() - 1).clips().add(c);
        }
        return sections; // at the outline's levels, as prepared
    }

    private static String ncc(Info info, List<Section> sections, List<String> smilNames, long totalMs, int fileCount,
                              long bytes) {
        Xml x = new Xml();
        x.raw("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n");
        x.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", info.language())
                .attr("xml:lang", info.language()).newline();
        x.start("head").newline();
        x.start("meta").attr("http-equiv", "Content-type").attr("content", "text/html; charset=utf-8").end().newline();
        x.element("title", info.title()).newline();
        int depth = sections.stream().mapToInt(s -> s.heading().level()).max().orElse(1);
        meta(x, "dc:creator", info.creator(), null);
        meta(x, "dc:date", info.date(), "yyyy-mm-dd");
        meta(x, "dc:format", "Daisy 2.02", null);
        meta(x, "dc:identifier", info.identifier(), null);
        meta(x, "dc:language", info.language(), null);
        meta(x, "dc:publisher", info.publisher(), null);
        meta(x, "dc:title", info.title(), null);
        meta(x, "ncc:charset", "utf-8", null);
        meta(x, "ncc:depth", String.valueOf(depth), null);
        meta(x, "ncc:files", String.valueOf(fileCount), null);
        meta(x, "ncc:footnotes", "0", null);
        meta(x, "ncc:generator", GENERATOR, null);
        meta(x, "ncc:kByteSize", String.valueOf(Math.max(1, Math.round(bytes / 1024.0))), null);
        meta(x, "ncc:maxPageNormal", "0", null);
        meta(x, "ncc:multimediaType", "audioFullText", null);
        meta(x, "ncc:narrator", info.narrator(), null);
        meta(x, "ncc:pageFront", "0", null);
        meta(x, "ncc:pageNormal", "0", null);
        meta(x, "ncc:pageSpecial", "0", null);
        meta(x, "ncc:prodNotes", "0", null);
        meta(x, "ncc:setInfo", "1 of 1", null);
        meta(x, "ncc:sidebars", "0", null);
        meta(x, "ncc:tocItems", String.valueOf(sections.size()), null);
        meta(x, "ncc:totalTime", Clock.hms(totalMs), "hh:mm:ss");
        x.end().newline();
        x.start("body").newline();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            x.start("h" + s.heading().level()).attr("class", i == 0 ? "title" : null).attr("id", "nav-" + (i + 1));
            x.start("a").attr("href", smilNames.get(i) + "#" + textId(firstPar(sections, i))).text(s.heading().label())
                    .end();
            x.end().newline();
        }
        x.end().newline();
        x.end().newline();
        return x.finish();
    }

    /** The global number of the first par of section i. */
    private static int firstPar(List<Section> sections, int i) {
        int n = 1;
        for (int j = 0; j < i; j++) {
            n += sections.get(j).clips().size();
        }
        return n;
    }

    private static String smil(Info info, Section s, long elapsedMs, int parsBefore) {
        Xml x = smilHead(info, s.durationMs());
        meta(x, "ncc:totalElapsedTime", Clock.hms(elapsedMs).replaceFirst("^0", ""), null);
        x.start("layout").start("region").attr("id", "txtView").end().end().newline();
        x.end().newline();
        x.start("body").newline();
        x.start("seq").attr("dur", Clock.seconds(s.durationMs())).newline();
        int n = parsBefore;
        for (Narration.Clip c : s.clips()) {
            n++;
            x.start("par").attr("endsync", "last").attr("id", "par-" + n).newline();
            x.start("text").attr("src", DaisyText.HREF + "#" + c.id()).attr("id", textId(n)).end().newline();
            x.start("audio").attr("src", AUDIO).attr("clip-begin", Clock.npt(c.beginMs()))
                    .attr("clip-end", Clock.npt(c.endMs())).attr("id", "audio-" + n).end().newline();
            x.end().newline();
        }
        x.end().newline();
        x.end().newline();
        x.end().newline();
        return x.finish();
    }

    private static String master(Info info, List<Section> sections, List<String> smilNames, long totalMs) {
        Xml x = smilHead(info, totalMs);
        x.start("layout").start("region").attr("id", "txtView").end().end().newline();
        x.end().newline();
        x.start("body").newline();
        for (int i = 0; i < sections.size(); i++) {
            x.start("ref").attr("src", smilNames.get(i)).attr("title", sections.get(i).heading().label())
                    .attr("id", "ms-" + (i + 1)).end().newline();
        }
        x.end().newline();
        x.end().newline();
        return x.finish();
    }

    private static Xml smilHead(Info info, long timeInThisSmilMs) {
        Xml x = new Xml();
        x.raw("<!DOCTYPE smil PUBLIC \"-//W3C//DTD SMIL 1.0//EN\" \"http://www.w3.org/TR/REC-smil/SMIL10.dtd\">\n");
        x.start("smil").newline();
        x.start("head").newline();
        meta(x, "dc:format", "Daisy 2.02", null);
        meta(x, "dc:identifier", info.identifier(), null);
        meta(x, "dc:title", info.title(), null);
        meta(x, "ncc:generator", GENERATOR, null);
        meta(x, "ncc:timeInThisSmil", Clock.hms(timeInThisSmilMs), null);
        return x;
    }

    static String textId(int par) {
        return "text-" + par;
    }

    private static void meta(Xml x, String name, String content, String scheme) {
        x.start("meta").attr("name", name).attr("content", content).attr("scheme", scheme).end().newline();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
