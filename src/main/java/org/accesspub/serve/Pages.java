package org.accesspub.serve;

import static org.accesspub.serve.Html.esc;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server's pages, in the editor's language: the start page with its form, a job's page, the sign-in
 * page and error pages. Every text from an article, an upload or a request is escaped; no page has inline
 * script or style.
 */
final class Pages {
    /** How a page is shown: its words, the form token, and the path it is at (for the language switch). */
    record Frame(Strings t, String csrf, String path, boolean contrast) {
    }

    private Pages() {
    }

    static String page(Frame f, String title, String body, boolean refresh, String bodyData) {
        Strings t = f.t();
        String other = t.locale().equals("zh") ? "en" : "zh";
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(t.htmlLang()).append('"')
                .append(f.contrast() ? " class=\"contrast\"" : "").append(">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append(" – accesspub</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n");
        if (refresh) {
            sb.append("<noscript><meta http-equiv=\"refresh\" content=\"5\"></noscript>\n");
        }
        sb.append("<script src=\"/static/app.js\" defer></script>\n</head>\n<body").append(bodyData).append(">\n")
                .append("<a class=\"skip\" href=\"#main\">").append(esc(t.get("skip"))).append("</a>\n")
                .append("<header>\n<p class=\"brand\"><a href=\"/\">accesspub</a></p>\n<nav aria-label=\"")
                .append(esc(t.get("lang.switch.label"))).append("\">\n<ul>\n<li><a href=\"").append(esc(f.path()))
                .append("?lang=").append(other).append("\" lang=\"").append(other.equals("zh") ? "zh-CN" : "en")
                .append("\" hreflang=\"").append(other).append("\">").append(esc(t.get("lang.switch"))).append("</a></li>\n")
                .append("<li><a href=\"").append(esc(f.path())).append("?contrast=").append(f.contrast() ? "off" : "on")
                .append("\">").append(esc(t.get(f.contrast() ? "contrast.off" : "contrast.on"))).append("</a></li>\n")
                .append("</ul>\n</nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n").append(body)
                .append("</main>\n<footer>\n<p>").append(esc(t.get("footer"))).append("</p>\n</footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    /** The start page: the form, with a message above it when the last try went wrong. */
    static String home(Frame f, String error, long maxUploadMb) {
        Strings t = f.t();
        StringBuilder b = new StringBuilder(8192);
        b.append("<h1>").append(esc(t.get("home.title"))).append("</h1>\n<p>").append(esc(t.get("home.intro"))).append("</p>\n");
        if (error != null) {
            b.append("<div class=\"error\" role=\"alert\">\n<h2>").append(esc(t.get("error.title"))).append("</h2>\n<p>")
                    .append(esc(error)).append("</p>\n</div>\n");
        }
        b.append("<form method=\"post\" action=\"/jobs\" enctype=\"multipart/form-data\">\n").append(csrf(f));
        b.append("<fieldset>\n<legend>").append(esc(t.get("source.legend"))).append("</legend>\n")
                .append("<div class=\"field\"><label for=\"files\">").append(esc(t.get("source.files"))).append("</label>\n")
                .append("<p class=\"hint\" id=\"files-hint\">").append(esc(t.get("source.files.hint", maxUploadMb))).append("</p>\n")
                .append("<input type=\"file\" id=\"files\" name=\"files\" multiple aria-describedby=\"files-hint\"")
                .append(" accept=\".txt,.md,.markdown,.html,.htm,.xhtml,.docx,.odt,text/plain,text/markdown,text/html\"></div>\n")
                .append("<div class=\"field\"><label for=\"text\">").append(esc(t.get("source.paste"))).append("</label>\n")
                .append("<textarea id=\"text\" name=\"text\" rows=\"8\" cols=\"60\"></textarea></div>\n")
                .append("<fieldset class=\"inline\">\n<legend>").append(esc(t.get("source.paste.kind"))).append("</legend>\n");
        radio(b, "kind", "txt", t.get("source.paste.txt"), true);
        radio(b, "kind", "md", t.get("source.paste.md"), false);
        b.append("</fieldset>\n</fieldset>\n");

        b.append("<fieldset>\n<legend>").append(esc(t.get("outputs.legend"))).append("</legend>\n");
        radio(b, "preset", "handout", t.get("preset.handout"), false);
        radio(b, "preset", "blind", t.get("preset.blind"), false);
        radio(b, "preset", "custom", t.get("preset.custom"), true);
        b.append("<fieldset class=\"formats\">\n<legend>").append(esc(t.get("preset.custom"))).append("</legend>\n");
        for (String fmt : Choices.FORMATS) {
            check(b, "formats", fmt, t.get("format." + fmt), Choices.DEFAULT_FORMATS.contains(fmt));
        }
        check(b, "report", "on", t.get("format.report"), true);
        b.append("</fieldset>\n</fieldset>\n");

        b.append("<fieldset>\n<legend>").append(esc(t.get("look.legend"))).append("</legend>\n");
        select(b, "size", t.get("size"), t.get("size.hint"), Choices.SIZES, Map.of(), "18pt");
        select(b, "theme", t.get("theme"), null, Choices.THEMES,
                Map.of("default", t.get("theme.default"), "high-contrast", t.get("theme.high-contrast")), "default");
        select(b, "page", t.get("page"), null, Choices.PAGES, Map.of("a4", "A4", "letter", "Letter", "a5", "A5", "b5", "B5"), "a4");
        select(b, "voice", t.get("voice"), null, Choices.VOICES, Map.of("", t.get("voice.default"), "cmn",
                "普通话 Mandarin (eSpeak NG)", "yue", "粤语 Cantonese (eSpeak NG)", "kevin16", "Kevin, US English (FreeTTS)",
                "en-us", "US English (eSpeak NG)"), "");
        b.append("<div class=\"field\"><label for=\"rate\">").append(esc(t.get("rate"))).append("</label>\n")
                .append("<input type=\"number\" id=\"rate\" name=\"rate\" min=\"60\" max=\"600\" step=\"10\" inputmode=\"numeric\"></div>\n");
        select(b, "braille", t.get("braille"), null, Choices.BRAILLE, Map.of("", t.get("braille.default")), "");
        b.append("</fieldset>\n");

        b.append("<fieldset>\n<legend>").append(esc(t.get("override.legend"))).append("</legend>\n");
        overrides(b, t, "", null);
        b.append("</fieldset>\n<div class=\"buttons\">\n<button type=\"submit\" name=\"action\" value=\"preview\">")
                .append(esc(t.get("button.preview"))).append("</button>\n<button type=\"submit\" name=\"action\" value=\"convert\">")
                .append(esc(t.get("button.convert"))).append("</button>\n</div>\n</form>\n");
        return page(f, t.get("home.title"), b.toString(), false, "");
    }

    /** A job's page: state, progress per format, preview, downloads, warnings and the self-check report. */
    static String job(Frame f, Job job, int place, long expires, List<String> reports) {
        Strings t = f.t();
        String title = job.title() != null ? job.title() : t.get("job.untitled");
        StringBuilder b = new StringBuilder(16384);
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        b.append("<p id=\"state\" class=\"state ").append(job.state.name().toLowerCase(Locale.ROOT)).append("\">")
                .append(esc(stateText(t, job, place))).append("</p>\n")
                .append("<p id=\"live\" class=\"visually-hidden\" aria-live=\"polite\"></p>\n");
        if (expires > 0) {
            b.append("<p>").append(esc(t.get("job.address", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")
                    .withZone(ZoneId.systemDefault()).format(Instant.ofEpochMilli(expires))))).append("</p>\n");
        }
        String base = "/jobs/" + job.id;
        if (job.state == Job.State.QUEUED || job.state == Job.State.RUNNING || job.state == Job.State.PREVIEW) {
            b.append("<form method=\"post\" action=\"").append(base).append("/cancel\" class=\"inline-form\">")
                    .append(csrf(f)).append("<button type=\"submit\" class=\"secondary\">").append(esc(t.get("button.cancel")))
                    .append("</button></form>\n");
        }
        if (job.state == Job.State.FAILED || job.state == Job.State.CANCELLED) {
            b.append("<form method=\"post\" action=\"").append(base).append("/start\" class=\"inline-form\">")
                    .append(csrf(f)).append("<button type=\"submit\">").append(esc(t.get("button.retry")))
                    .append("</button></form>\n");
        }
        if (job.state == Job.State.DONE) {
            b.append("<p class=\"zip\"><a href=\"").append(base).append("/all.zip\">").append(esc(t.get("job.download.all")))
                    .append("</a></p>\n");
        }
        if (job.state == Job.State.PREVIEW) {
            b.append("<form method=\"post\" action=\"").append(base).append("/start\">\n").append(csrf(f));
        }
        int i = 0;
        for (Job.Article a : job.articles) {
            i++;
            article(b, t, job, a, i, base, i - 1 < reports.size() ? reports.get(i - 1) : null);
        }
        if (job.state == Job.State.PREVIEW) {
            b.append("<div class=\"buttons\"><button type=\"submit\">").append(esc(t.get("button.start")))
                    .append("</button></div>\n</form>\n");
        }
        boolean moving = job.state == Job.State.QUEUED || job.state == Job.State.RUNNING;
        return page(f, t.get("job.title.page", title), b.toString(), moving,
                " data-job=\"" + esc(job.id) + "\" data-state=\"" + job.state.name().toLowerCase(Locale.ROOT) + "\"");
    }

    static String stateText(Strings t, Job job, int place) {
        return switch (job.state) {
            case PREVIEW -> t.get("job.state.preview");
            case QUEUED -> t.get("job.state.queued", place);
            case RUNNING -> t.get("job.state.running");
            case DONE -> t.get("job.state.done");
            case CANCELLED -> t.get("job.state.cancelled");
            case FAILED -> t.get("job.state.failed", "restart".equals(job.error) ? t.get("job.restart.reason") : job.error);
        };
    }

    private static void article(StringBuilder b, Strings t, Job job, Job.Article a, int i, String base, String report) {
        Preview p = a.preview;
        String title = a.shownTitle();
        b.append("<section class=\"article\" aria-labelledby=\"a").append(i).append("\">\n<h2 id=\"a").append(i).append("\">")
                .append(esc(title != null && !title.equals(a.label) ? t.get("job.article", title, a.label) : a.label))
                .append("</h2>\n");
        if (!a.progress.isEmpty()) {
            b.append("<h3>").append(esc(t.get("job.progress"))).append("</h3>\n<ul class=\"progress\">\n");
            for (Map.Entry<String, String> e : a.progress.entrySet()) {
                String id = "p-" + i + "-" + e.getKey();
                long[] steps = a.steps.get(e.getKey());
                b.append("<li><label for=\"").append(id).append("\">").append(esc(t.get("format." + e.getKey())))
                        .append("</label> ").append(progress(id, e.getValue(), steps)).append(" <span id=\"").append(id)
                        .append("-text\">").append(esc(progressText(t, e.getValue(), steps))).append("</span></li>\n");
            }
            b.append("</ul>\n");
        }
        if (!a.files.isEmpty()) {
            b.append("<h3>").append(esc(t.get("job.downloads"))).append("</h3>\n<ul class=\"files\">\n");
            for (String name : a.files) {
                b.append("<li><a href=\"").append(base).append("/files/").append(esc(urlPart(name))).append("\">")
                        .append(esc(name)).append("</a></li>\n");
            }
            b.append("</ul>\n");
        }
        // a warning the inline report also lists as a finding is shown there only, once
        List<org.accesspub.Warning> notes = a.notes.stream()
                .filter(w -> report == null || w.finding() == null || !a.reported.contains(w.finding())).toList();
        if (job.state == Job.State.DONE || !notes.isEmpty()) {
            b.append("<h3>").append(esc(t.get("job.warnings"))).append("</h3>\n");
            if (notes.isEmpty()) {
                b.append("<p>").append(esc(t.get(notes.size() < a.notes.size() ? "job.warnings.report" : "job.warnings.none")))
                        .append("</p>\n");
            } else {
                b.append("<ul class=\"warnings\">\n");
                notes.forEach(w -> b.append("<li>").append(esc(t.warning(w))).append("</li>\n"));
                b.append("</ul>\n");
                if (notes.size() < a.notes.size()) {
                    b.append("<p>").append(esc(t.get("job.warnings.more"))).append("</p>\n");
                }
            }
        }
        if (p != null) {
            preview(b, t, job, a, p, i, base);
        }
        if (report != null) {
            b.append("<h3>").append(esc(t.get("job.report"))).append("</h3>\n<p><a href=\"").append(base).append("/files/")
                    .append(esc(urlPart(a.report))).append("\">").append(esc(t.get("job.report.file"))).append("</a></p>\n")
                    .append("<div class=\"report\">\n").append(report).append("</div>\n");
        }
        b.append("</section>\n");
    }

    private static void preview(StringBuilder b, Strings t, Job job, Job.Article a, Preview p, int i, String base) {
        b.append("<h3>").append(esc(t.get("preview.heading"))).append("</h3>\n<h4>").append(esc(t.get("preview.facts")))
                .append("</h4>\n<dl class=\"facts\">\n");
        fact(b, t, "preview.title", p.title());
        fact(b, t, "preview.author", p.author());
        fact(b, t, "preview.date", p.date());
        fact(b, t, "preview.source", p.source());
        fact(b, t, "preview.language", p.language());
        b.append("</dl>\n<h4>").append(esc(t.get("preview.outline"))).append("</h4>\n<ul class=\"outline\">\n");
        for (Preview.Heading h : p.outline()) {
            b.append("<li class=\"level").append(Math.max(1, Math.min(6, h.level()))).append("\">").append(esc(h.text()))
                    .append("</li>\n");
        }
        b.append("</ul>\n<h4>").append(esc(t.get("preview.images"))).append("</h4>\n");
        if (p.images().isEmpty()) {
            b.append("<p>").append(esc(t.get("preview.images.none"))).append("</p>\n");
        } else {
            b.append("<ul>\n");
            for (String alt : p.images()) {
                b.append("<li").append(alt.isEmpty() ? " class=\"missing\"" : "").append(">")
                        .append(esc(alt.isEmpty() ? t.get("preview.image.noalt") : t.get("preview.image.alt", alt)))
                        .append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<p>").append(esc(t.get("preview.tables", p.tables())));
        if (p.tablesWithoutHeader() > 0) {
            b.append("; ").append(esc(t.get("preview.tables.noheader", p.tablesWithoutHeader())));
        }
        b.append("</p>\n");
        if (p.firstParagraph() != null) {
            b.append("<h4>").append(esc(t.get("preview.first"))).append("</h4>\n<blockquote class=\"first\" lang=\"")
                    .append(esc(p.language())).append("\"><p>").append(esc(p.firstParagraph())).append("</p></blockquote>\n");
        }
        b.append("<h4>").append(esc(t.get("preview.sample"))).append("</h4>\n");
        if (p.sample() != null) {
            b.append("<p>").append(esc(t.get("preview.sample.text", p.firstSentence()))).append("</p>\n")
                    .append("<audio controls preload=\"none\" src=\"").append(base).append("/sample/").append(esc(p.sample()))
                    .append("\"><a href=\"").append(base).append("/sample/").append(esc(p.sample())).append("\">")
                    .append(esc(t.get("preview.sample"))).append("</a></audio>\n");
        } else {
            b.append("<p>").append(esc(t.get("preview.sample.none", p.sampleError() == null ? "" : p.sampleError())))
                    .append("</p>\n");
        }
        if (job.state == Job.State.PREVIEW) {
            b.append("<fieldset>\n<legend>").append(esc(t.get("override.legend"))).append("</legend>\n");
            overrides(b, t, "-" + i, a);
            b.append("</fieldset>\n");
        }
    }

    private static void fact(StringBuilder b, Strings t, String key, String value) {
        b.append("<dt>").append(esc(t.get(key))).append("</dt><dd>")
                .append(value == null || value.isBlank() ? "<span class=\"none\">" + esc(t.get("preview.none")) + "</span>"
                        : esc(value)).append("</dd>\n");
    }

    /** A format's bar: full when done, its steps while it counts them, else moving (no value) while it is made. */
    private static String progress(String id, String state, long[] steps) {
        return switch (state) {
            case "done" -> "<progress id=\"" + id + "\" max=\"1\" value=\"1\"></progress>";
            case "working" -> steps != null && steps[1] > 0
                    ? "<progress id=\"" + id + "\" max=\"" + steps[1] + "\" value=\"" + Math.min(steps[0], steps[1]) + "\"></progress>"
                    : "<progress id=\"" + id + "\" max=\"1\"></progress>";
            default -> "<progress id=\"" + id + "\" max=\"1\" value=\"0\"></progress>";
        };
    }

    /** A format's state in words; while it counts its steps, how far it got ("made: 40 %"). */
    static String progressText(Strings t, String state, long[] steps) {
        if (state.equals("working") && steps != null && steps[1] > 0) {
            return t.get("job.progress.percent", Math.min(100, steps[0] * 100 / steps[1]));
        }
        return t.get("job.progress." + state);
    }

    private static void overrides(StringBuilder b, Strings t, String suffix, Job.Article a) {
        text(b, "title" + suffix, t.get("override.title"), a == null ? null : a.title, "text");
        text(b, "author" + suffix, t.get("override.author"), a == null ? null : a.author, "text");
        text(b, "date" + suffix, t.get("override.date"), a == null ? null : a.date, "text");
    }

    private static void text(StringBuilder b, String name, String label, String value, String type) {
        b.append("<div class=\"field\"><label for=\"").append(name).append("\">").append(esc(label)).append("</label>\n")
                .append("<input type=\"").append(type).append("\" id=\"").append(name).append("\" name=\"").append(name)
                .append("\" value=\"").append(esc(value)).append("\" maxlength=\"300\"></div>\n");
    }

    private static void radio(StringBuilder b, String name, String value, String label, boolean checked) {
        String id = name + "-" + value;
        b.append("<div class=\"choice\"><input type=\"radio\" id=\"").append(id).append("\" name=\"").append(name)
                .append("\" value=\"").append(value).append('"').append(checked ? " checked" : "").append("><label for=\"")
                .append(id).append("\">").append(esc(label)).append("</label></div>\n");
    }

    private static void check(StringBuilder b, String name, String value, String label, boolean checked) {
        String id = name + "-" + value;
        b.append("<div class=\"choice\"><input type=\"checkbox\" id=\"").append(id).append("\" name=\"").append(name)
                .append("\" value=\"").append(value).append('"').append(checked ? " checked" : "").append("><label for=\"")
                .append(id).append("\">").append(esc(label)).append("</label></div>\n");
    }

    private static void select(StringBuilder b, String name, String label, String hint, List<String> values,
                               Map<String, String> labels, String chosen) {
        b.append("<div class=\"field\"><label for=\"").append(name).append("\">").append(esc(label)).append("</label>\n");
        if (hint != null) {
            b.append("<p class=\"hint\" id=\"").append(name).append("-hint\">").append(esc(hint)).append("</p>\n");
        }
        b.append("<select id=\"").append(name).append("\" name=\"").append(name).append('"')
                .append(hint != null ? " aria-describedby=\"" + name + "-hint\"" : "").append(">\n");
        for (String v : values) {
            b.append("<option value=\"").append(esc(v)).append('"').append(v.equals(chosen) ? " selected" : "").append(">")
                    .append(esc(labels.getOrDefault(v, v))).append("</option>\n");
        }
        b.append("</select></div>\n");
    }

    private static String csrf(Frame f) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(f.csrf()) + "\">\n";
    }

    static String urlPart(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String signIn(Frame f, boolean wrong) {
        Strings t = f.t();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(t.get("signin.title"))).append("</h1>\n<p>").append(esc(t.get("signin.intro"))).append("</p>\n");
        if (wrong) {
            b.append("<div class=\"error\" role=\"alert\"><p>").append(esc(t.get("signin.wrong"))).append("</p></div>\n");
        }
        b.append("<form method=\"post\" action=\"/sign-in\">\n").append(csrf(f))
                .append("<div class=\"field\"><label for=\"token\">").append(esc(t.get("signin.token"))).append("</label>\n")
                .append("<input type=\"password\" id=\"token\" name=\"token\" autocomplete=\"current-password\" required></div>\n")
                .append("<div class=\"buttons\"><button type=\"submit\">").append(esc(t.get("signin.button")))
                .append("</button></div>\n</form>\n");
        return page(f, t.get("signin.title"), b.toString(), false, "");
    }

    static String error(Frame f, String message) {
        Strings t = f.t();
        String body = "<h1>" + esc(t.get("error.title")) + "</h1>\n<div class=\"error\" role=\"alert\"><p>" + esc(message)
                + "</p></div>\n<p><a href=\"/\">" + esc(t.get("error.back")) + "</a></p>\n";
        return page(f, t.get("error.title"), body, false, "");
    }
}
