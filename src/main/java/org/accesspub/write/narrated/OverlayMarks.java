package org.accesspub.write.narrated;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accesspub.model.Inline;
import org.accesspub.write.audio.SpokenAudio;
import org.accesspub.write.epub.TextMarks;
import org.accesspub.write.epub.Xml;

/**
 * The narrated EPUB's marks: gives the EPUB writer the plan's ids and sentences, notes on which page each
 * one lands, then makes one SMIL 3.0 Media Overlay per page with a {@code par} per sentence read, the
 * audio file, and the package metadata ({@code media:duration} per overlay and in total, the narrator, the
 * active class) and accessibility claims that go with them. One instance per book.
 */
final class OverlayMarks implements TextMarks {
    static final String AUDIO_HREF = "narration.mp3";

    private final ReadingPlan plan;
    private final SpokenAudio spoken;
    private final Highlight highlight;
    /** The page of every id written, in the order written. */
    private final Map<String, String> pageOf = new HashMap<>();
    private final List<String> pages = new ArrayList<>();
    private String page;

    OverlayMarks(ReadingPlan plan, SpokenAudio spoken, Highlight highlight) {
        this.plan = plan;
        this.spoken = spoken;
        this.highlight = highlight;
    }

    @Override
    public void page(String href) {
        if (pages.isEmpty()) {
            pageOf.put(TITLE, href); // the title's h1 opens the first page
        }
        page = href;
        pages.add(href);
    }

    @Override
    public String id(Object owner) {
        String id = plan.id(owner);
        if (id != null && pageOf.containsKey(id)) {
            return null; // the metadata line's later lines: the id is on its first
        }
        if (id != null && !TITLE.equals(id)) {
            pageOf.put(id, page);
        }
        return TITLE.equals(id) ? null : id;
    }

    @Override
    public List<Sentence> sentences(Object owner, List<Inline> content) {
        List<Sentence> s = plan.sentences(owner);
        if (s != null) {
            s.forEach(x -> pageOf.put(x.id(), page));
        }
        return s;
    }

    @Override
    public Overlays overlays() {
        Narration narration = Narration.of(plan, spoken, pageOf::containsKey);
        Map<String, List<Narration.Clip>> byPage = new LinkedHashMap<>();
        pages.forEach(p -> byPage.put(p, new ArrayList<>()));
        narration.clips().forEach(c -> byPage.get(pageOf.get(c.id())).add(c));

        List<File> files = new ArrayList<>();
        Map<String, String> overlayOf = new HashMap<>();
        List<Meta> meta = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, List<Narration.Clip>> e : byPage.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            String page = e.getKey();
            String id = "mo-" + page.replaceFirst("\\.xhtml$", "");
            String href = page.replaceFirst("\\.xhtml$", "") + ".smil";
            files.add(new File(id, href, "application/smil+xml", smil(page, e.getValue()).getBytes(StandardCharsets.UTF_8)));
            overlayOf.put(page, id);
            long duration = e.getValue().stream().mapToLong(Narration.Clip::durationMs).sum();
            meta.add(new Meta("media:duration", "#" + id, Clock.full(duration)));
            total += duration;
        }
        files.add(new File("narration", AUDIO_HREF, "audio/mpeg", narration.audio()));
        meta.add(new Meta("media:duration", null, Clock.full(total)));
        meta.add(new Meta("media:narrator", null, narration.narrator()));
        meta.add(new Meta("media:active-class", null, Highlight.ACTIVE_CLASS));
        return new Overlays(files, overlayOf, meta, highlight.css(), List.of("auditory"),
                List.of("textual", "auditory"), List.of("synchronizedAudioText"));
    }

    /** One overlay: a par per sentence read on the page, in reading order. */
    static String smil(String page, List<Narration.Clip> clips) {
        Xml x = new Xml();
        x.start("smil").attr("xmlns", "http://www.w3.org/ns/SMIL").attr("xmlns:epub", "http://www.idpf.org/2007/ops")
                .attr("version", "3.0").newline();
        x.start("body").newline();
        x.start("seq").attr("id", "seq-1").attr("epub:textref", page).newline();
        int n = 0;
        for (Narration.Clip c : clips) {
            x.start("par").attr("id", "par-" + (++n)).newline();
            x.start("text").attr("src", page + "#" + c.id()).end().newline();
            x.start("audio").attr("src", AUDIO_HREF).attr("clipBegin", Clock.full(c.beginMs()))
                    .attr("clipEnd", Clock.full(c.endMs())).end().newline();
            x.end().newline();
        }
        x.end().newline();
        x.end().newline();
        x.end().newline();
        return x.finish();
    }
}
