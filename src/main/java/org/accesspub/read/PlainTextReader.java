package org.accesspub.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.accesspub.lang.Languages;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;

/**
 * Reads plain text, typically an article scraped from a news page. Paragraphs split on blank lines
 * and on indented lines; the first substantive line is the title; breadcrumbs, the date/source line
 * and page widgets become metadata or are dropped; a closing credit line stays as the last paragraph.
 * Poems and other verse keep their lines ({@link Verse}).
 */
final class PlainTextReader implements ArticleReader {
    private static final Pattern INDENT = Pattern.compile("^[ \\t\\u00A0\\u3000\\u2002\\u2003]");
    private static final Pattern CHINESE_SECTION = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.．]\\S.*");
    private static final String SENTENCE_END = "。！？；：…”’」』）.!?;:\"')";

    @Override
    public Article read(String text) {
        Metadata meta = new Metadata(null, null, null, null, null, null, null);
        List<Block> blocks = new ArrayList<>();
        List<Verse.Line> run = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = strip(raw);
            if (line.isEmpty() || NewsPage.isBreadcrumb(line)) {
                flush(run, blocks);
                continue;
            }
            boolean bodyStarted = !run.isEmpty() || !blocks.isEmpty();
            if (!bodyStarted && NewsPage.isMetaLine(line)) {
                meta = withMeta(meta, NewsPage.metaWithoutWidgets(raw));
                continue;
            }
            String content = strip(NewsPage.withoutWidgets(line));
            if (content.isEmpty()) {
                flush(run, blocks);
            } else if (meta.title() == null) {
                meta = meta.withTitle(content);
            } else if (!bodyStarted && meta.source() == null && NewsPage.isCredit(content)
                    && NewsPage.source(content) != null) {
                meta = meta.withSource(NewsPage.source(content));
            } else {
                run.add(new Verse.Line(content, INDENT.matcher(raw).find()));
            }
        }
        flush(run, blocks);
        return new Article(meta, blocks);
    }

    /**
     * The blocks of a run of lines between blank lines: poems and verse (split before each
     * {@code 《…》} title line), else paragraphs split on indented lines with wrapped lines joined.
     */
    private static void flush(List<Verse.Line> run, List<Block> blocks) {
        int start = 0;
        for (int i = 1; i <= run.size(); i++) {
            if (i == run.size() || Verse.isBookTitle(run.get(i).text())) {
                List<Verse.Line> part = run.subList(start, i);
                List<Block> verse = Verse.read(part);
                if (verse != null) {
                    blocks.addAll(verse);
                } else {
                    paragraphs(part, blocks);
                }
                start = i;
            }
        }
        run.clear();
    }

    private static void paragraphs(List<Verse.Line> lines, List<Block> blocks) {
        StringBuilder current = null;
        for (Verse.Line line : lines) {
            if (current == null || line.indented()) {
                add(current, blocks);
                current = new StringBuilder(line.text());
            } else {
                join(current, line.text());
            }
        }
        add(current, blocks);
    }

    private static void add(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph == null || paragraph.length() == 0) {
            return;
        }
        String p = paragraph.toString();
        blocks.add(isHeading(p) ? new Block.Heading(2, List.of(new Inline.Text(p))) : Block.Paragraph.of(p));
    }

    private static Metadata withMeta(Metadata meta, String line) {
        String date = NewsPage.findDate(line);
        String source = NewsPage.source(line);
        String author = NewsPage.author(line);
        if (date != null && meta.date() == null) {
            meta = meta.withDate(date);
        }
        if (source != null && meta.source() == null) {
            meta = meta.withSource(source);
        }
        if (author != null && meta.author() == null) {
            meta = meta.withAuthor(author);
        }
        return meta;
    }

    /** A short line on its own that does not end a sentence: a section heading such as 一、总体要求. */
    private static boolean isHeading(String p) {
        if (NewsPage.isCredit(p) || p.indexOf('\n') >= 0) {
            return false;
        }
        boolean han = p.codePoints().anyMatch(Languages::isHan);
        int limit = han ? 30 : 70;
        char last = p.charAt(p.length() - 1);
        boolean endsSentence = SENTENCE_END.indexOf(last) >= 0;
        if (CHINESE_SECTION.matcher(p).matches() && p.length() <= limit && !endsSentence) {
            return true;
        }
        return !han && p.length() <= limit && !endsSentence && Character.isUpperCase(p.charAt(0))
                && p.split("\\s+").length <= 10;
    }

    /** Joins a wrapped line: no space between Chinese characters, one space elsewhere. */
    private static void join(StringBuilder sb, String next) {
        int before = sb.codePointBefore(sb.length());
        int after = next.codePointAt(0);
        boolean cjk = isCjk(before) && isCjk(after);
        if (!cjk) {
            sb.append(' ');
        }
        sb.append(next);
    }

    private static boolean isCjk(int cp) {
        return Languages.isHan(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Trims ASCII, no-break and ideographic spaces, and collapses inner runs of spaces. */
    static String strip(String s) {
        String t = s.replaceAll("^[\\s\\u00A0\\u3000\\u2002\\u2003\\u200B]+|[\\s\\u00A0\\u3000\\u2002\\u2003\\u200B]+$", "");
        return t.replaceAll("[ \\t\\u00A0\\u2002\\u2003]{2,}", " ");
    }
}
