package org.accesspub.read;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accesspub.AccesspubException;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.read.office.OfficeBlocks;
import org.accesspub.read.web.AddressPolicy;
import org.accesspub.read.web.WebFetcher;

/**
 * A web address as input: the page is fetched ({@link WebFetcher}, within {@code --max-input-size}), decoded
 * with the charset its Content-Type names, else the one the page declares, else as a file would be, and read
 * by the HTML reader. Its images are fetched with the same limits (each within {@code --max-image-size}) and
 * embedded; an image that cannot be fetched keeps its text alternative, with a warning.
 */
public final class WebPages {
    /** More images than this on one page are not fetched (their text alternatives stand in). */
    static final int MAX_IMAGES = 200;

    private WebPages() {
    }

    public static Article read(String address, ReadOptions options, AddressPolicy policy, Warnings warnings) {
        WebFetcher fetcher = new WebFetcher(policy);
        WebFetcher.Response page = fetcher.fetch(address, options.maxInputBytes(), "the page");
        String type = page.mediaType();
        if (type != null && !type.equals("text/html") && !type.equals("application/xhtml+xml")) {
            throw AccesspubException.badInput("cannot read " + page.uri() + ": it is not a web page but " + type
                    + ": give the address of an HTML page");
        }
        String name = page.uri().toString();
        Charset named = charset(page.charset());
        String text = named != null ? TextDecoder.clean(new String(page.body(), named))
                : TextDecoder.decode(page.body(), options.encoding(), DeclaredCharset.of(page.body()), name);
        Article article = Readers.read(withBase(text, page.uri()), SourceKind.HTML, options, name);
        int[] fetched = {0};
        List<Block> blocks = images(article.blocks(), page.uri(), fetcher, options, warnings, fetched);
        return new Article(article.metadata(), blocks);
    }

    private static final java.util.regex.Pattern BASE = java.util.regex.Pattern.compile("(?i)<base\\b");

    /**
     * The page with its address as its base, so that its relative links are read as the addresses they
     * lead to (a page's own {@code <base>} is kept; an XHTML document is left as it is).
     */
    static String withBase(String html, URI address) {
        if (html.stripLeading().startsWith("<?xml") || BASE.matcher(html).find()) {
            return html;
        }
        String href = address.toString().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return "<base href=\"" + href + "\">" + html;
    }

    private static Charset charset(String label) {
        if (label == null) {
            return null;
        }
        Charset c = DeclaredCharset.forLabel(label);
        if (c != null) {
            return c;
        }
        try {
            return Charset.forName(label);
        } catch (IllegalArgumentException e) {
            return null; // an unknown name: the page's own declaration decides
        }
    }

    private static List<Block> images(List<Block> blocks, URI base, WebFetcher fetcher, ReadOptions options,
                                      Warnings warnings, int[] fetched) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Image i) {
                out.add(new Block.Image(image(i, base, fetcher, options, warnings, fetched), i.alt(), i.caption()));
            } else if (b instanceof Block.BlockQuote q) {
                out.add(new Block.BlockQuote(images(q.blocks(), base, fetcher, options, warnings, fetched)));
            } else if (b instanceof Block.BulletList l) {
                out.add(new Block.BulletList(items(l.items(), base, fetcher, options, warnings, fetched)));
            } else if (b instanceof Block.OrderedList l) {
                out.add(new Block.OrderedList(l.start(), items(l.items(), base, fetcher, options, warnings, fetched)));
            } else if (b instanceof Block.Admonition a) {
                out.add(new Block.Admonition(a.kind(), a.title(), images(a.blocks(), base, fetcher, options, warnings, fetched)));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static List<Block.ListItem> items(List<Block.ListItem> items, URI base, WebFetcher fetcher,
                                              ReadOptions options, Warnings warnings, int[] fetched) {
        return items.stream().map(i -> new Block.ListItem(images(i.blocks(), base, fetcher, options, warnings, fetched)))
                .toList();
    }

    /** The image as a data: address, or "" (its text alternative stands in) when it cannot be fetched. */
    private static String image(Block.Image i, URI base, WebFetcher fetcher, ReadOptions options, Warnings warnings,
                                int[] fetched) {
        String src = i.src().strip();
        if (src.regionMatches(true, 0, "data:", 0, 5)) {
            return src;
        }
        String address;
        try {
            address = base.resolve(src.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            warnings.warn("image " + shown(src) + " has a bad address; its text alternative is used");
            return "";
        }
        if (!AddressPolicy.isWebAddress(address)) {
            warnings.warn("image " + shown(src) + " is not a web address; its text alternative is used");
            return "";
        }
        if (++fetched[0] > MAX_IMAGES) {
            if (fetched[0] == MAX_IMAGES + 1) {
                warnings.warn("the page has more than " + MAX_IMAGES + " images; the rest are shown as their text");
            }
            return "";
        }
        try {
            WebFetcher.Response r = fetcher.fetch(address, options.maxImageBytes(), "the image");
            return OfficeBlocks.dataUrl(r.body());
        } catch (AccesspubException e) {
            warnings.warn(e.getMessage().replaceFirst("^cannot read the image ", "image ")
                    + "; its text alternative is used");
            return "";
        }
    }

    private static String shown(String src) {
        return src.length() > 80 ? src.substring(0, 77) + "…" : src;
    }

    /**
     * The output's base name: the last segment of the address's path without its extension ({@code …/notice-42.html}
     * → {@code notice-42}), else the page's title, else {@code page}; only letters, digits, {@code -}, {@code _}
     * and {@code .} are kept, at most 80 characters.
     */
    public static String baseName(String address, String title) {
        String path = "";
        try {
            path = URI.create(address.strip()).getPath();
        } catch (IllegalArgumentException e) {
            // the title decides
        }
        String last = path == null ? "" : path.replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot > 0) {
            last = last.substring(0, dot);
        }
        String name = clean(last);
        if (name.isEmpty() || name.equalsIgnoreCase("index")) {
            name = clean(title == null ? "" : title);
        }
        return name.isEmpty() ? "page" : name;
    }

    private static String clean(String s) {
        String c = s.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        return c.length() > 80 ? c.substring(0, 80) : c;
    }
}
