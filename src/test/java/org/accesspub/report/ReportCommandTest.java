package org.accesspub.report;

import static org.accesspub.testing.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.accesspub.testing.CommandLine;

class ReportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void reportShowsEachKnownFaultWithItsRuleIdInHtmlAndJson() throws Exception {
        Path out = tmp.resolve("out");
        CommandLine.Result r = run("convert", Samples.fixture("report/faults-zh.html").toString(), "-f", "pdf,docx,audio",
                "--report", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String json = Files.readString(out.resolve("faults-zh.report.json"));
        String html = Files.readString(out.resolve("faults-zh.report.html"));
        for (String rule : new String[] {"image-alt", "link-text", "table-header", "heading-order", "glyph-missing",
                "reading-unknown"}) {
            assertThat(json).contains("\"rule\": \"" + rule + "\"");
            assertThat(html).contains("<td class=\"rule\">" + rule + "</td>");
        }
        assertThat(json).contains("\"counts\": {\"error\": 3,", "\"verified\": false", "\"skipped\": [\"braille\"]",
                "\"format\": \"pdf\"", "\"pages\": 1", "\"format\": \"audio\"", "\"first-sentence\": \"社区数字技能课程报名\"");
        // the page: in the article's language, a table with a header row, no script, a heading per output
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hans\">").contains("<th scope=\"col\">级别</th>",
                "“点击这里”", "<h3>PDF — faults-zh.pdf</h3>", "<h3>DOCX — faults-zh.docx</h3>", "@media print",
                "未经验证工具检查").doesNotContain("<script", "通过</td>");
        assertThat(r.err()).contains("warning: a table has no header row").endsWith(
                "检查：3 个错误，4 个警告，1 条提示 — 见 " + out.resolve("faults-zh.report.html") + "\n");
        assertThat(r.out().lines()).contains(out.resolve("faults-zh.report.json").toString());
        assertOneShape(json);
    }

    /** The JSON parses, and every finding and check has the same fields; errors come first. */
    private static void assertOneShape(String json) throws Exception {
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        java.util.List<String> fields = java.util.List.of("rule", "level", "headings", "excerpt", "output", "what",
                "loses", "fix", "details");
        java.util.List<com.fasterxml.jackson.databind.JsonNode> all = new java.util.ArrayList<>();
        root.get("findings").forEach(all::add);
        root.get("outputs").forEach(o -> {
            assertThat(o.has("format") && o.has("files") && o.has("facts") && o.has("checks")).isTrue();
            o.get("checks").forEach(all::add);
        });
        for (var f : all) {
            assertThat(com.google.common.collect.ImmutableList.copyOf(f.fieldNames())).containsExactlyElementsOf(fields);
        }
        var levels = new java.util.ArrayList<String>();
        root.get("findings").forEach(f -> levels.add(f.get("level").asText()));
        assertThat(levels).isSortedAccordingTo(java.util.Comparator.comparing(l -> java.util.List.of("error", "warning", "tip").indexOf(l)));
    }

    @Test
    void withoutReportTheLastLineCountsTheFindingsAndNoReportIsWritten() {
        Path out = tmp.resolve("out");
        CommandLine.Result r = run("convert", Samples.path(Samples.ENGLISH).toString(), "-f", "pdf", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().strip().lines().reduce((a, b) -> b).orElseThrow()).matches(
                "checks: 0 errors, \\d+ warnings?, \\d+ tips? — see --report");
        assertThat(out.resolve("news-en.report.html")).doesNotExist();
    }

    @Test
    void theSeedVerifiedPassesAllThreeValidatorsAndHasNoError() throws Exception {
        Path out = tmp.resolve("out");
        CommandLine.Result r = run("convert", Samples.path(Samples.SEED).toString(), "-f", "pdf,epub,docx", "--verify",
                "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String json = Files.readString(out.resolve("seed-article-zh.report.json"));
        assertThat(json).contains("\"counts\": {\"error\": 0,", "\"verified\": true",
                "{\"rule\": \"pdf-ua\", \"level\": \"pass\"", "{\"rule\": \"epubcheck\", \"level\": \"pass\"",
                "{\"rule\": \"docx-schema\", \"level\": \"pass\"").doesNotContain("\"level\": \"error\"");
        assertOneShape(json);
        String html = Files.readString(out.resolve("seed-article-zh.report.html"));
        assertThat(html).contains("<td class=\"level\">通过</td><td class=\"rule\">pdf-ua</td>")
                .doesNotContain("未经验证工具检查");
    }
}
