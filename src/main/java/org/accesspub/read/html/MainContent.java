package org.accesspub.read.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the article, in the spirit of Readability: every paragraph-like
 * element with enough text scores by its length and commas; the score flows to its parent, half of
 * it to the grandparent and less further up; an element's score is cut by its link density; the
 * best element wins, then its siblings that look like more of the same text join it. Documentation
 * pages that mark their text (schema.org {@code articleBody}, {@code <main>}, {@code role=main}) are
 * taken as marked.
 */
final class MainContent {
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "dd", "blockquote", "h2", "h3", "h4", "h5", "h6",
            "li");
    private static final Set<String> LEAF_CONTAINERS = Set.of("div", "section", "article", "span", "font", "center");
    private static final int MIN_PARAGRAPH = 25;

    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private MainContent(Element root) {
        this.stats = TextStats.of(root);
    }

    /** The content roots in document order; never empty. */
    static List<Element> find(Element body) {
        MainContent m = new MainContent(body);
        List<Element> marked = m.marked(body);
        if (!marked.isEmpty()) {
            return marked;
        }
        Element top = m.best(body);
        if (top == null) {
            return List.of(body);
        }
        return m.withSiblings(top);
    }

    /** schema.org articleBody when it holds the text, else the page's single main element. */
    private List<Element> marked(Element body) {
        List<Element> bodies = outermost(body.select("[itemprop=articleBody]"));
        int text = bodies.stream().mapToInt(stats::length).sum();
        if (!bodies.isEmpty() && text >= 200) {
            return bodies;
        }
        return List.of();
    }

    private static List<Element> outermost(List<Element> els) {
        List<Element> out = new ArrayList<>();
        for (Element e : els) {
            if (out.stream().noneMatch(o -> e.parents().contains(o))) {
                out.add(e);
            }
        }
        return out;
    }

    private Element best(Element body) {
        for (Element e : body.getAllElements()) {
            if (isParagraph(e)) {
                score(e, e.parent(), stats.length(e), stats.get(e).commas, body);
            } else if (e != body) {
                // Text written straight into a container, between its blocks: a paragraph without <p>.
                int len = stats.length(e);
                int commas = stats.get(e).commas;
                for (Element c : e.children()) {
                    if (Tags.isBlock(c.normalName())) {
                        len -= stats.length(c);
                        commas -= stats.get(c).commas;
                    }
                }
                score(e, e, len, commas, body);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            double s = en.getValue() * (1 - stats.linkDensity(en.getKey()));
            en.setValue(s);
            if (s > topScore) {
                topScore = s;
                top = en.getKey();
            }
        }
        if (top == null) {
            return null;
        }
        return refine(top, body);
    }

    /** Adds a paragraph's score to its container and, shrinking, to five levels of ancestors. */
    private void score(Element paragraph, Element container, int len, int commas, Element body) {
        if (len < MIN_PARAGRAPH || container == null) {
            return;
        }
        double score = 1 + commas + Math.min(len / 100, 3);
        if (paragraph.normalName().equals("li")) {
            score /= 2;
        }
        Element a = container;
        for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
            scores.putIfAbsent(a, (double) initial(a));
            double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            scores.merge(a, share, Double::sum);
            if (a == body) {
                break;
            }
        }
    }

    private boolean isParagraph(Element e) {
        String n = e.normalName();
        if (SCORED.contains(n)) {
            return true;
        }
        return LEAF_CONTAINERS.contains(n) && e.children().stream().noneMatch(c -> Tags.isBlock(c.normalName()));
    }

    private static int initial(Element e) {
        int base = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + Hints.weight(e);
    }

    /**
     * Climbs from the best element while an ancestor scores higher than what was seen below it, or
     * while the element is its parent's only child: the text is often split over wrappers.
     */
    private Element refine(Element top, Element body) {
        double topScore = scores.get(top);
        // Several near-best candidates under one ancestor: that ancestor holds the article.
        List<Element> near = new ArrayList<>();
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            if (en.getKey() != top && en.getValue() >= 0.75 * topScore) {
                near.add(en.getKey());
            }
        }
        if (near.size() >= 2) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                final Element p = parent;
                long under = near.stream().filter(n -> n.parents().contains(p)).count();
                if (under >= Math.min(3, near.size())) {
                    top = parent;
                    break;
                }
            }
        }
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double s = scores.get(parent);
            if (s == null) {
                continue;
            }
            if (s < threshold) {
                break;
            }
            if (s > last) {
                top = parent;
                break;
            }
            last = s;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** The best element and its siblings that carry more of the same text, in document order. */
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || joins(sibling, top, threshold)) {
                out.add(sibling);
            }
        }
        return out;
    }

    private boolean joins(Element sibling, Element top, double threshold) {
        double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? scores.getOrDefault(top, 0.0) * 0.2 : 0;
        if (scores.containsKey(sibling) && scores.get(sibling) + bonus >= threshold) {
            return true;
        }
        if (sibling.normalName().equals("p")) {
            int len = stats.length(sibling);
            double links = stats.linkDensity(sibling);
            String text = sibling.text().strip();
            if (len > 80 && links < 0.25) {
                return true;
            }
            return len > 0 && len < 80 && links == 0 && text.matches("(?s).*[.!?。！？]$");
        }
        return false;
    }
}
