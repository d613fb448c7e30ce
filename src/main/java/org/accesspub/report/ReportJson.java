package org.accesspub.report;

import java.util.List;
import java.util.Map;
import org.accesspub.prepare.check.Finding;
import org.accesspub.prepare.check.Findings;

/**
 * The report as JSON, one shape for every output ({@code docs/report.md}): a CI fails a build when
 * {@code counts.error} is above 0, or on any finding or check whose {@code level} is {@code error}.
 */
final class ReportJson {
    /** Raised when the shape changes in a way a reader of the old one would misread. */
    static final int SHAPE = 1;

    private ReportJson() {
    }

    static String of(Report r) {
        StringBuilder sb = new StringBuilder(4096);
        Findings.Counts c = r.counts();
        sb.append("{\n  \"report\": \"accesspub-self-check\",\n  \"shape\": ").append(SHAPE)
                .append(",\n  \"generator\": ").append(str("accesspub " + r.version()))
                .append(",\n  \"article\": {\"title\": ").append(str(r.title()))
                .append(", \"language\": ").append(str(r.language()))
                .append(", \"source\": ").append(str(r.source())).append("},\n")
                .append("  \"counts\": {\"error\": ").append(c.errors()).append(", \"warning\": ").append(c.warnings())
                .append(", \"tip\": ").append(c.tips()).append("},\n")
                .append("  \"verified\": ").append(r.verified()).append(",\n")
                .append("  \"skipped\": ").append(value(r.skipped().stream().map(s -> s.replaceFirst("^skipped\\.", "")).toList()))
                .append(",\n  \"findings\": [");
        findings(sb, r.findings().all(), "    ");
        sb.append("],\n  \"outputs\": [");
        for (int i = 0; i < r.outputs().size(); i++) {
            OutputFacts o = r.outputs().get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"format\": ").append(str(o.format().id())).append(", \"files\": [");
            for (int f = 0; f < o.files().size(); f++) {
                OutputFacts.File file = o.files().get(f);
                sb.append(f == 0 ? "" : ", ").append("{\"name\": ").append(str(file.name())).append(", \"bytes\": ")
                        .append(file.bytes()).append('}');
            }
            sb.append("],\n     \"facts\": {");
            int n = 0;
            for (Map.Entry<String, Object> e : o.facts().entrySet()) {
                sb.append(n++ == 0 ? "" : ", ").append(str(e.getKey())).append(": ").append(value(e.getValue()));
            }
            sb.append("},\n     \"checks\": [");
            findings(sb, o.checks(), "       ");
            sb.append("]}");
        }
        sb.append(r.outputs().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString();
    }

    private static void findings(StringBuilder sb, List<Finding> findings, String indent) {
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append(indent)
                    .append("{\"rule\": ").append(str(f.rule().id()))
                    .append(", \"level\": ").append(str(f.level().id()))
                    .append(", \"headings\": ").append(value(f.headings()))
                    .append(", \"excerpt\": ").append(value(f.excerpt()))
                    .append(", \"output\": ").append(value(f.output()))
                    .append(",\n").append(indent).append(" \"what\": ").append(str(f.what()))
                    .append(",\n").append(indent).append(" \"loses\": ").append(str(f.loses()))
                    .append(",\n").append(indent).append(" \"fix\": ").append(str(f.fix()))
                    .append(",\n").append(indent).append(" \"details\": ").append(value(f.details())).append('}');
        }
        if (!findings.isEmpty()) {
            sb.append('\n').append(indent, 0, indent.length() - 2);
        }
    }

    static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(value(list.get(i)));
            }
            return sb.append(']').toString();
        }
        return str(v.toString());
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
