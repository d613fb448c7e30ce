package org.accesspub.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accesspub.lang.Languages;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Metadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML reader's algorithm, from source text to article (see {@code docs/html-extraction.md}):
 * <ol>
 * <li>parse like a browser ({@link PageParser}: XHTML as XML, noscript, deep nesting);</li>
 * <li>read the metadata ({@link PageMetadata});</li>
 * <li>remove what is never content, then page chrome ({@link Chrome});</li>
 * <li>find the elements holding the article ({@link MainContent});</li>
 * <li>turn them into blocks ({@link BlockBuilder}), the title heading left out;</li>
 * <li>if that kept almost nothing of a page with text, try again without the class-name rules;</li>
 * <li>settle the language: a declared language the text contradicts (a Chinese text in a page
 * declared English) gives way to the text's.</li>
 * </ol>
 */
public final class HtmlExtractor {
    /** Below this much text (weighted as in {@link TextStats}) a result is suspected of missing the article. */
    private static final int TOO_LITTLE = 250;

    private HtmlExtractor() {
    }

    public static Article read(String source) {
        Document doc = PageParser.parse(source);
        Metadata metadata = PageMetadata.of(doc);
        List<String> titles = PageMetadata.titles(doc);
        Element body = doc.body() != null ? doc.body() : doc;
        Chrome.removeNonContent(body);
        Element page = body.clone();
        Chrome.removeChrome(page);
        List<Block> blocks = extract(page, titles);
        if (weight(blocks) < TOO_LITTLE && TextStats.of(body).length(body) > 2 * TOO_LITTLE) {
            List<Block> retry = extract(body.clone(), titles);
            if (weight(retry) > weight(blocks)) {
                blocks = retry;
            }
        }
        return new Article(metadata.withLanguage(language(metadata.language(), blocks)), blocks);
    }

    private static List<Block> extract(Element page, List<String> titles) {
        List<Element> roots = MainContent.find(page);
        removeTitle(roots, titles);
        List<Block> blocks = new ArrayList<>();
        for (Element root : roots) {
            new BlockBuilder(root).blocksOf(root, blocks);
        }
        return Furniture.strip(blocks);
    }

    /** The first heading that repeats a title of the page is the title: it is metadata, not body. */
    private static void removeTitle(List<Element> roots, List<String> titles) {
        for (Element root : roots) {
            for (Element h : root.select("h1, h2, h3")) {
                String ht = normal(h.text());
                if (!ht.isEmpty() && titles.stream().map(HtmlExtractor::normal).anyMatch(t -> sameTitle(ht, t))) {
                    h.remove();
                    return;
                }
            }
        }
    }

    private static boolean sameTitle(String heading, String title) {
        return heading.equals(title) || title.startsWith(heading) && heading.length() * 2 > title.length()
                || heading.startsWith(title) && title.length() * 2 > heading.length();
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    }

    private static int weight(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += Blocks.plainText(b).length();
        }
        return n;
    }

    /**
     * zh-CN or zh-TW when Han characters make up a fifth or more of the text's words (a Han
     * character counted as a word): a Chinese manual keeps English commands and untranslated
     * passages, an English article may quote a Chinese name.
     */
    static String chinese(CharSequence text) {
        int han = 0;
        int latinWords = 0;
        boolean inWord = false;
        StringBuilder hanText = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            boolean latin = Languages.isLatinLetter(cp);
            if (latin && !inWord) {
                latinWords++;
            }
            inWord = latin;
            if (Languages.isHan(cp)) {
                han++;
                hanText.appendCodePoint(cp);
            }
        }
        if (han < 10 || han * 5 < han + latinWords) {
            return null;
        }
        return Languages.detect(hanText.toString());
    }

    /** The declared language unless the text is plainly Chinese and the declaration is not. */
    private static String language(String declared, List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block b : blocks) {
            text.append(Blocks.plainText(b)).append('\n');
            if (text.length() > 20_000) {
                break;
            }
        }
        String chinese = chinese(text);
        if (declared == null) {
            return chinese; // else null: the reader pipeline detects it from the whole article
        }
        return chinese != null && !Languages.isChinese(declared) ? chinese : declared;
    }
}
