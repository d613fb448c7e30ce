package org.accesspub.prepare.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.accesspub.lang.LanguageRuns;
import org.accesspub.lang.Languages;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.prepare.DocumentInfo;
import org.accesspub.prepare.PreparedDocument;

/**
 * The rules about the article itself: images, links, tables, headings, long paragraphs and sentences,
 * language, title, date and source. Thresholds are public: {@code docs/report.md} states them.
 */
final class ArticleRules {
    /** A Chinese paragraph of more characters, an English one of more words, is a long-paragraph tip. */
    static final int LONG_PARAGRAPH_CHARS = 300;
    static final int LONG_PARAGRAPH_WORDS = 150;
    /** A Chinese sentence of more characters, an English one of more words, is a long-sentence tip. */
    static final int LONG_SENTENCE_CHARS = 80;
    static final int LONG_SENTENCE_WORDS = 35;
    /** An article of more characters (Chinese) or words (English) without a heading is heading-order warning. */
    static final int LONG_ARTICLE_CHARS = 1500;
    static final int LONG_ARTICLE_WORDS = 600;
    /** A link whose text is an address of more characters is read out letter by letter. */
    static final int LONG_URL = 30;
    /** A passage in the other language of at least this many characters is worth a language tip. */
    static final int PASSAGE_CHARS = 12;

    private static final Set<String> VAGUE_LINKS = Set.of(
            "点击这里", "点击此处", "点这里", "请点击", "点击", "这里", "此处", "更多", "查看更多", "了解更多", "详情", "查看详情",
            "阅读全文", "链接", "此链接", "点击查看", "點擊這裡", "點擊此處", "點這裡", "這裡", "此處", "查看詳情", "詳情",
            "閱讀全文", "連結", "click here", "here", "click", "more", "read more", "learn more",
            "details", "link", "this link", "this", "go", "this page", "more info", "continue", "continue reading");
    private static final Set<String> GENERIC_ALT = Set.of("图片", "图像", "照片", "图", "配图", "圖片", "圖像", "圖",
            "image", "img", "picture", "photo", "graphic", "figure", "pic", "icon", "logo", "untitled", "placeholder");
    private static final Pattern FILE_NAME = Pattern.compile("(?i).*\\.(png|jpe?g|gif|bmp|svg|webp|tiff?)|(img|image|dsc|pic|photo)[_-]?\\d+.*");
    private static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;])|(?<=\\.)\\s+");

    private final PreparedDocument document;
    private final List<Spots.Spot> spots;
    private final Say say;

    ArticleRules(PreparedDocument document, List<Spots.Spot> spots, Say say) {
        this.document = document;
        this.spots = spots;
        this.say = say;
    }

    void run(Article source) {
        for (Spots.Spot s : spots) {
            if (s.block() instanceof Block.Image i) {
                image(s, i);
            } else if (s.block() instanceof Block.Table t) {
                table(s, t);
            } else if (s.block() instanceof Block.Paragraph p && s.flow()) {
                lengths(s);
                passages(s, p);
            }
            if (!(s.block() instanceof Block.CodeBlock)) {
                s.inlines().forEach(runs -> links(s, runs));
            }
        }
        headings(source);
        declaredLanguage(source);
        metadata();
    }

    private void image(Spots.Spot s, Block.Image i) {
        String alt = i.alt().strip();
        String src = Spots.excerpt(i.src(), 60);
        if (alt.isEmpty()) {
            say.add(Rule.IMAGE_ALT, Level.ERROR, s.headings(), src, "image-alt.missing", src);
        } else if (GENERIC_ALT.contains(alt.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+$", ""))) {
            say.add(Rule.IMAGE_ALT, Level.ERROR, s.headings(), src, "image-alt.generic", alt);
        } else if (FILE_NAME.matcher(alt).matches()) {
            say.add(Rule.IMAGE_ALT, Level.ERROR, s.headings(), src, "image-alt.filename", Spots.excerpt(alt, 60));
        }
    }

    private void table(Spots.Spot s, Block.Table t) {
        if (t.header().isEmpty() || t.header().stream().allMatch(c -> Blocks.plainText(c).isBlank())) {
            say.add(Rule.TABLE_HEADER, Level.ERROR, s.headings(), Spots.excerpt(s.text(), 40), "table-header.missing",
                    t.columns(), t.rows().size());
        }
    }

    private void links(Spots.Spot s, List<Inline> runs) {
        for (Inline in : runs) {
            if (in instanceof Inline.Link l) {
                String text = Blocks.plainText(l.content()).strip();
                String bare = text.toLowerCase(Locale.ROOT).replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", "");
                if (VAGUE_LINKS.contains(bare)) {
                    say.add(Rule.LINK_TEXT, Level.WARNING, s.headings(), Spots.excerpt(s.text(), 40), "link-text.vague", text);
                } else if (URL.matcher(text).matches() && text.length() > LONG_URL) {
                    say.add(Rule.LINK_TEXT, Level.WARNING, s.headings(), Spots.excerpt(text, 60), "link-text.url",
                            Spots.excerpt(text, 60));
                }
            } else if (in instanceof Inline.Text t) {
                var m = URL.matcher(t.text());
                while (m.find()) {
                    if (m.group().length() > LONG_URL) {
                        say.add(Rule.LINK_TEXT, Level.WARNING, s.headings(), Spots.excerpt(m.group(), 60), "link-text.url",
                                Spots.excerpt(m.group(), 60));
                    }
                }
            } else if (in instanceof Inline.Emphasis e) {
                links(s, e.content());
            } else if (in instanceof Inline.Strong st) {
                links(s, st.content());
            }
        }
    }

    /** Skipped levels in the source (the outputs renumber them), or no heading in a long article. */
    private void headings(Article source) {
        List<Block.Heading> written = source.blocks().stream().filter(b -> b instanceof Block.Heading)
                .map(b -> (Block.Heading) b).filter(h -> !Blocks.plainText(h.content()).isBlank()).toList();
        List<Spots.Spot> prepared = spots.stream().filter(s -> s.flow() && s.block() instanceof Block.Heading).toList();
        for (int i = 1; i < written.size() && i < prepared.size(); i++) {
            int before = written.get(i - 1).level();
            int level = written.get(i).level();
            if (level > before + 1) {
                Spots.Spot s = prepared.get(i);
                say.add(Rule.HEADING_ORDER, Level.WARNING, s.headings(), Spots.excerpt(s.text(), 40), "heading-order.skip",
                        Spots.excerpt(s.text(), 40), level, before, before + 1);
            }
        }
        if (prepared.isEmpty()) {
            int size = size(document.article().allText());
            if (size > (document.chinese() ? LONG_ARTICLE_CHARS : LONG_ARTICLE_WORDS)) {
                say.add(Rule.HEADING_ORDER, Level.WARNING, List.of(), null, "heading-order.none", size);
            }
        }
    }

    private void lengths(Spots.Spot s) {
        int size = size(s.text());
        boolean chinese = document.paragraph((Block.Paragraph) s.block()).chinese();
        int paragraphMax = chinese ? LONG_PARAGRAPH_CHARS : LONG_PARAGRAPH_WORDS;
        if (size > paragraphMax) {
            say.add(Rule.LONG_PARAGRAPH, Level.TIP, s.headings(), Spots.excerpt(s.text(), 40),
                    chinese ? "long-paragraph.chars" : "long-paragraph.words", size, paragraphMax);
        }
        int sentenceMax = chinese ? LONG_SENTENCE_CHARS : LONG_SENTENCE_WORDS;
        for (String sentence : SENTENCE_END.split(s.text())) {
            int n = chinese ? chars(sentence) : words(sentence);
            if (n > sentenceMax) {
                say.add(Rule.LONG_SENTENCE, Level.TIP, s.headings(), Spots.excerpt(sentence, 40),
                        chinese ? "long-sentence.chars" : "long-sentence.words", n, sentenceMax);
            }
        }
    }

    /** A passage in the other language: the outputs mark it as detected, the source did not. */
    private void passages(Spots.Spot s, Block.Paragraph p) {
        for (LanguageRuns.Run run : LanguageRuns.split(s.text(), document.language())) {
            boolean other = Languages.isChinese(run.language()) != document.chinese();
            if (other && run.text().strip().length() >= PASSAGE_CHARS && hasWords(run.text())) {
                say.add(Rule.LANGUAGE, Level.TIP, s.headings(), Spots.excerpt(run.text(), 40), "language.passage",
                        run.language(), Spots.excerpt(run.text(), 40));
            }
        }
    }

    private static boolean hasWords(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 6;
    }

    private void declaredLanguage(Article source) {
        String declared = source.metadata().language();
        if ("und".equals(declared)) {
            return;
        }
        String detected = Languages.detect(source.allText());
        boolean differ = Languages.isChinese(declared) != Languages.isChinese(detected)
                || (Languages.isChinese(declared) && traditional(declared) != traditional(detected));
        if (differ) {
            say.add(Rule.LANGUAGE, Level.WARNING, List.of(), null, "language.declared", declared, detected);
        }
    }

    private static boolean traditional(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return (t.contains("hant") || t.matches(".*-(tw|hk|mo)(-.*)?")) && !t.contains("hans");
    }

    private void metadata() {
        DocumentInfo info = document.info();
        if (!info.titleGiven()) {
            say.add(Rule.TITLE, Level.WARNING, List.of(), info.title(), "title.guessed", info.title());
        }
        if (info.date() == null && info.dateText() == null) {
            say.add(Rule.DATE, Level.WARNING, List.of(), null, "date.missing");
        } else if (info.date() == null) {
            say.add(Rule.DATE, Level.WARNING, List.of(), info.dateText(), "date.unreadable", info.dateText());
        }
        if (info.source() == null) {
            say.add(Rule.SOURCE, Level.TIP, List.of(), null, "source.missing");
        }
    }

    /** Characters for Chinese text (Han and other letters, no spaces or punctuation), words for English. */
    private int size(String text) {
        return document.chinese() ? chars(text) : words(text);
    }

    static int chars(String text) {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
