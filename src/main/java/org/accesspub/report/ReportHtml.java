package org.accesspub.report;

import java.util.List;
import java.util.Map;
import org.accesspub.prepare.check.CheckTerms;
import org.accesspub.prepare.check.Finding;
import org.accesspub.prepare.check.Level;

/**
 * The report as a web page an editor reads or prints: in the article's language ({@code lang} set), a
 * heading per output, findings in a table with a header row, no script, large type and a print style.
 */
final class ReportHtml {
    private static final String CSS = """
            body{font-family:"Atkinson Hyperlegible Next","Noto Sans SC",system-ui,sans-serif;font-size:1.125rem;\
            line-height:1.5;max-width:72rem;margin:0 auto;padding:1rem;color:#111;background:#fff}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
            th,td{border:1px solid #555;padding:.4rem .5rem;text-align:start;vertical-align:top}
            thead th{background:#e8e8e8}
            caption{text-align:start;font-weight:bold;padding:.25rem 0}
            .level{font-weight:bold;white-space:nowrap}
            .error .level{color:#a00000}.warning .level{color:#6b4e00}.tip .level{color:#1f4f8f}.pass .level{color:#0a6b2e}
            code,.rule{font-family:"Atkinson Hyperlegible Mono",monospace;white-space:nowrap}
            .excerpt{color:#333}
            @media print{body{font-size:12pt;max-width:none}thead{display:table-header-group}tr{break-inside:avoid}\
            h2,h3{break-after:avoid}}
            """;

    private ReportHtml() {
    }

    static String of(Report r) {
        CheckTerms t = r.terms();
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(t.locale()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(t.get("report.title", r.title()))).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(esc(t.get("report.title", r.title()))).append("</h1>\n")
                .append("<p>").append(esc(t.get("report.intro"))).append("</p>\n<h2>").append(esc(t.get("report.summary")))
                .append("</h2>\n<p>");
        var c = r.counts();
        sb.append(esc(t.get("count.line", t.count(Level.ERROR, c.errors()), t.count(Level.WARNING, c.warnings()),
                t.count(Level.TIP, c.tips())))).append("</p>\n");
        if (!r.skipped().isEmpty()) {
            sb.append("<p>").append(esc(t.get("report.checks.skipped",
                    String.join("; ", r.skipped().stream().map(t::get).toList())))).append("</p>\n");
        }
        if (!r.verified()) {
            sb.append("<p>").append(esc(t.get("report.verify.none"))).append("</p>\n");
        }
        sb.append("<h2>").append(esc(t.get("report.findings"))).append("</h2>\n");
        findings(sb, t, r.findings().all(), t.get("report.findings"), true);
        sb.append("<h2>").append(esc(t.get("report.outputs"))).append("</h2>\n");
        for (OutputFacts o : r.outputs()) {
            String files = String.join(", ", o.files().stream().map(OutputFacts.File::name).toList());
            sb.append("<h3>").append(esc(o.format().id().toUpperCase(java.util.Locale.ROOT))).append(" — ")
                    .append(esc(files)).append("</h3>\n<table>\n<thead><tr><th scope=\"col\">").append(esc(t.get("col.fact")))
                    .append("</th><th scope=\"col\">").append(esc(t.get("col.value"))).append("</th></tr></thead>\n<tbody>\n");
            for (OutputFacts.File f : o.files()) {
                fact(sb, t.get("fact.file"), f.name() + " (" + size(f.bytes()) + ")");
            }
            for (Map.Entry<String, Object> e : o.facts().entrySet()) {
                String shown = shown(t, o, e.getKey(), e.getValue());
                if (shown != null) {
                    fact(sb, label(t, o, e.getKey()), shown);
                }
            }
            sb.append("</tbody>\n</table>\n");
            if (!o.checks().isEmpty()) {
                sb.append("<h4>").append(esc(t.get("report.verify"))).append("</h4>\n");
                findings(sb, t, o.checks(), t.get("report.verify"), false);
            }
        }
        sb.append("<p>").append(esc(t.get("report.generated", r.version()))).append("</p>\n</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void findings(StringBuilder sb, CheckTerms t, List<Finding> findings, String caption, boolean place) {
        if (findings.isEmpty()) {
            sb.append("<p>").append(esc(t.get("report.none"))).append("</p>\n");
            return;
        }
        sb.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(esc(t.get("col.level"))).append("</th><th scope=\"col\">").append(esc(t.get("col.rule")));
        if (place) {
            sb.append("</th><th scope=\"col\">").append(esc(t.get("col.place")));
        }
        sb.append("</th><th scope=\"col\">").append(esc(t.get("col.what"))).append("</th><th scope=\"col\">")
                .append(esc(t.get("col.loses"))).append("</th><th scope=\"col\">").append(esc(t.get("col.fix")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Finding f : findings) {
            sb.append("<tr class=\"").append(f.level().id()).append("\"><td class=\"level\">")
                    .append(esc(t.get("level." + f.level().id()))).append("</td><td class=\"rule\">")
                    .append(esc(f.rule().id())).append("</td>");
            if (place) {
                sb.append("<td>").append(esc(f.headings().isEmpty() ? t.get("place.article") : String.join(" › ", f.headings())));
                if (f.excerpt() != null) {
                    // a line break between the place and the excerpt: also where the page copies the report
                    sb.append("<br><span class=\"excerpt\">“").append(esc(f.excerpt())).append("”</span>");
                }
                sb.append("</td>");
            }
            sb.append("<td>").append(esc(f.what()));
            if (!f.details().isEmpty()) {
                sb.append("<ul>");
                f.details().forEach(d -> sb.append("<li>").append(esc(d)).append("</li>"));
                sb.append("</ul>");
            }
            sb.append("</td><td>").append(esc(f.loses())).append("</td><td>").append(esc(f.fix())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static void fact(StringBuilder sb, String label, String value) {
        sb.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    private static String label(CheckTerms t, OutputFacts o, String key) {
        String k = switch (key) {
            case "pages" -> o.format() == org.accesspub.write.Format.BRAILLE ? "fact.braille-pages" : "fact.pages";
            case "duration-seconds" -> "fact.duration";
            default -> "fact." + key;
        };
        return t.has(k) ? t.get(k) : key;
    }

    /** A fact as a reader reads it; null to leave it out of the page (it stays in the JSON). */
    private static String shown(CheckTerms t, OutputFacts o, String key, Object v) {
        if (key.equals("pages") && v == null) {
            return t.get("fact.docx-pages.unknown");
        }
        if (key.equals("loudness")) {
            return "levelled".equals(v) ? t.get("fact.loudness.levelled")
                    : o.facts().get("rms-dbfs") + " dBFS RMS, " + o.facts().get("peak-dbfs") + " dBFS peak";
        }
        if (key.equals("rms-dbfs") || key.equals("peak-dbfs") || key.equals("sample-rate") || key.equals("brf-pages")) {
            return null;
        }
        if (key.equals("duration-seconds") && v instanceof Number n) {
            long s = Math.round(n.doubleValue());
            return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        if (v == null) {
            return "—";
        }
        if (v instanceof Boolean b) {
            return t.get("value." + b);
        }
        if (v instanceof List<?> list) {
            return list.isEmpty() ? "—" : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
