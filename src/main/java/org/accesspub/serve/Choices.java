package org.accesspub.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the editor chose on the form, as sent (checked by {@link JobRunner#check} before a job is made).
 * Kept with the job on disk, so a restarted server can run it again.
 */
final class Choices {
    static final List<String> FORMATS = List.of("pdf", "epub", "docx", "audio", "braille", "narrated", "daisy");
    static final List<String> DEFAULT_FORMATS = List.of("pdf", "epub", "docx", "audio");
    static final Map<String, List<String>> PRESETS = Map.of(
            "handout", List.of("pdf", "docx"),
            "blind", List.of("audio", "narrated", "daisy", "braille"));
    static final List<String> SIZES = List.of("18pt", "20pt", "22pt", "24pt", "28pt", "32pt", "36pt",
            "四号", "小三", "三号", "小二", "二号", "小一", "一号", "小初", "初号");
    static final List<String> THEMES = List.of("default", "high-contrast");
    static final List<String> PAGES = List.of("a4", "letter", "a5", "b5");
    static final List<String> VOICES = List.of("", "cmn", "yue", "kevin16", "en-us");
    static final List<String> BRAILLE = List.of("", "zhcn-cbs", "zhcn-g1", "zh-tw", "ueb-g2", "ueb-g1");
    static final Set<String> KINDS = Set.of("txt", "md", "markdown", "html", "htm", "xhtml", "docx", "odt");

    String preset = "custom";
    List<String> formats = new ArrayList<>(DEFAULT_FORMATS);
    boolean report = true;
    String size = "18pt";
    String theme = "default";
    String page = "a4";
    String voice = "";
    String rate = "";
    String braille = "";

    private static String offered(List<String> values, String v, String otherwise) {
        return v != null && values.contains(v) ? v : otherwise;
    }

    /** The formats to make: the preset's, or those ticked. */
    List<String> wanted() {
        List<String> p = PRESETS.get(preset);
        return p != null ? p : formats;
    }

    /** Only the values the form offers are kept; anything else falls back to the default. */
    Choices sanitised() {
        Choices c = new Choices();
        c.preset = preset != null && PRESETS.containsKey(preset) ? preset : "custom";
        c.formats = new ArrayList<>(FORMATS.stream().filter(f -> formats != null && formats.contains(f)).toList());
        c.report = report;
        c.size = offered(SIZES, size, "18pt");
        c.theme = offered(THEMES, theme, "default");
        c.page = offered(PAGES, page, "a4");
        c.voice = offered(VOICES, voice, "");
        c.rate = rate != null && rate.strip().matches("\\d{1,4}") ? rate.strip() : "";
        c.braille = offered(BRAILLE, braille, "");
        return c;
    }
}
