package org.accesspub.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The self-check report shown inside the job page: the report's own page, cleaned by jsoup's safelist (no script,
 * no style, no links out), its headings moved under the job page's, in the article's language.
 */
final class ReportInline {
    private ReportInline() {
    }

    /** The report's content as HTML to put in the page, or null when it cannot be read. */
    static String of(Path report) {
        Document page;
        try {
            page = Jsoup.parse(Files.readString(report, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        Element main = page.selectFirst("main");
        Element source = main != null ? main : page.body();
        source.select("h1").remove(); // the job page names the article
        Safelist safe = Safelist.relaxed().removeTags("a", "img").addAttributes(":all", "class")
                .addAttributes("th", "scope").addTags("section");
        Document clean = new Cleaner(safe).clean(Jsoup.parseBodyFragment(source.html()));
        for (int level = 6; level >= 2; level--) {
            for (Element h : clean.body().select("h" + level)) {
                h.tagName("h" + Math.min(6, level + 2));
            }
        }
        return "<div lang=\"" + Html.esc(lang.matches("[A-Za-z0-9-]{1,35}") ? lang : "und") + "\">\n"
                + clean.body().html() + "\n</div>";
    }
}
