package org.accesspub.write.epub;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.style.Theme;

/**
 * The book's CSS: large print that still lets the reader's own settings win. Only relative units:
 * the body size is the profile's size over the 12 pt a reading system calls 100 %, everything else
 * is in em or %, so a reader who turns the size up or down scales the whole book. Colours are set
 * only for the high-contrast theme; with the default theme the reading system's colours (and its
 * night mode) stay in charge.
 */
final class StyleSheet {
    /** The size reading systems give unstyled body text, in points (16 px). */
    private static final double READER_DEFAULT_PT = 12;

    private StyleSheet() {
    }

    static String css(LargePrintProfile profile, FontPlan fonts) {
        StringBuilder css = new StringBuilder();
        for (FontPlan.Subset s : fonts.subsets()) {
            css.append("@font-face {\n")
                    .append("  font-family: ").append(quote(s.face().family())).append(";\n")
                    .append("  font-weight: ").append(s.face().bold() ? "bold" : "normal").append(";\n")
                    .append("  font-style: normal;\n")
                    .append("  src: url(\"").append(s.href()).append("\") format(\"truetype\");\n")
                    .append("}\n");
        }
        double body = profile.bodyPt();
        double line = profile.lineSpacing();
        css.append("body {\n")
                .append("  font-family: ").append(familyList(fonts.families())).append(";\n")
                .append("  font-size: ").append(num(100 * body / READER_DEFAULT_PT)).append("%;\n")
                .append("  line-height: ").append(num(line)).append(";\n")
                .append("  margin: 0 4%;\n")
                .append("  text-align: start;\n")
                .append("  overflow-wrap: break-word;\n");
        Theme theme = profile.theme();
        if (theme != Theme.DEFAULT) {
            css.append("  color: #").append(theme.textHex()).append(";\n")
                    .append("  background-color: #").append(theme.backgroundHex()).append(";\n");
        }
        css.append("}\n");
        if (theme != Theme.DEFAULT) {
            css.append("a { color: #").append(theme.linkHex()).append("; }\n");
        }
        for (int level = 1; level <= 6; level++) {
            double size = profile.headingPt(level) / body;
            css.append("h").append(level).append(" { font-size: ").append(num(size)).append("em; margin: ")
                    .append(num(profile.headingSpaceBeforePt() / profile.headingPt(level))).append("em 0 ")
                    .append(num(profile.paragraphSpacingPt() / profile.headingPt(level))).append("em; }\n");
        }
        String para = num(profile.paragraphSpacingPt() / body);
        css.append("h1, h2, h3, h4, h5, h6, strong, th { font-weight: bold; }\n")
                .append("h1, h2, h3, h4, h5, h6 { line-height: ").append(num(line)).append("; }\n")
                .append("p { margin: 0 0 ").append(para).append("em; }\n")
                // As prepared per paragraph: Chinese prose indented two characters and justified; Latin text never justified.
                .append("p.indent { text-indent: 2em; text-align: justify; }\n")
                .append("p.justify { text-align: justify; }\n")
                .append("header { margin-bottom: ").append(para).append("em; }\n")
                .append("p.subtitle, p.meta { margin: 0 0 0.25em; }\n")
                .append("ul, ol { margin: 0 0 ").append(para).append("em; padding-left: 1.5em; }\n")
                .append("li { margin: 0 0 0.25em; }\n")
                .append("blockquote { margin: 0 0 ").append(para).append("em; padding-left: 1em;")
                .append(" border-left: 0.2em solid; }\n")
                .append("figure { margin: 0 0 ").append(para).append("em; }\n")
                .append("img { max-width: 100%; height: auto; }\n")
                // Emphasis is bold in every output, never italic: slanted text is hard to read in large print.
                .append("em { font-style: normal; font-weight: bold; }\n")
                .append("table { border-collapse: collapse; margin: 0 0 ").append(para).append("em; }\n")
                // a word in a cell may break where it must, so a table of many columns never runs off the screen at
                // a large size (Debian Reference's six-column table at 150 % cut off its description column); three ems
                // at least, so that short words and numbers stay whole
                .append("th, td { border: 0.06em solid; padding: 0.2em 0.4em; text-align: start; vertical-align: top;"
                        + " overflow-wrap: anywhere; min-width: 3em; }\n")
                .append("code, pre { font-family: ").append(codeFamilies(fonts)).append("; }\n")
                .append("pre { white-space: pre-wrap; margin: 0 0 ").append(para).append("em; }\n")
                // a wrapped code line continues indented under its start, so it is not taken for a new line
                .append("pre span.cl { display: block; padding-left: 2em; text-indent: -2em; }\n")
                // a long address or path breaks anywhere rather than leaving a line of spaced-out Han characters
                .append(".address { word-break: break-all; overflow-wrap: anywhere; }\n")
                // and so does code in justified Chinese text (search.fs_uuid, GRUB_BACKGROUND): a name that does not
                // fit the line's end would otherwise spread the line's Han characters apart ("通 过 设 置 在")
                .append("p.indent code, p.justify code { word-break: break-all; }\n")
                .append("caption { font-weight: bold; text-align: start; caption-side: top; padding: 0 0 0.3em; }\n")
                .append("a { text-decoration: underline; }\n")
                .append("hr { border: 0; border-top: 0.1em solid; margin: 1em 0; }\n")
                // Verse and addresses: each line its own, a long one continues with a hanging indent.
                .append("p.lines { text-align: start; }\n")
                .append("p.lines > span.line { display: block; padding-left: 2em; text-indent: -2em; }\n")
                .append("p.lines > br { display: none; }\n")
                .append("p.lines > span.blank { height: 1em; }\n")
                .append("dt { font-weight: bold; margin: 0; }\n")
                .append("dd { margin: 0 0 ").append(para).append("em 2em; }\n")
                .append("div.admonition { margin: 0 0 ").append(para).append("em; padding: 0.3em 0.8em;")
                .append(" border: 0.1em solid; border-left-width: 0.4em; }\n")
                .append("p.admonition-title { font-weight: bold; margin-bottom: 0.25em; }\n")
                .append("a.noteref { vertical-align: super; font-size: 0.75em; line-height: 0; }\n")
                .append("aside.footnote { margin: 0 0 ").append(para).append("em; padding-left: 0.8em;")
                .append(" border-left: 0.1em solid currentColor; }\n")
                .append("th.align-left, td.align-left { text-align: left; }\n")
                .append("th.align-center, td.align-center { text-align: center; }\n")
                .append("th.align-right, td.align-right { text-align: right; }\n");
        return css.toString();
    }

    private static String familyList(List<String> families) {
        String named = families.stream().map(StyleSheet::quote).collect(Collectors.joining(", "));
        return named.isEmpty() ? "sans-serif" : named + ", sans-serif";
    }

    /** Code: the mono face for what it has, the book's faces (Han) for the rest, then the reader's monospace. */
    private static String codeFamilies(FontPlan fonts) {
        if (fonts.monoFamily() == null) {
            return "inherit";
        }
        List<String> all = new java.util.ArrayList<>(List.of(fonts.monoFamily()));
        all.addAll(fonts.families());
        return all.stream().map(StyleSheet::quote).collect(Collectors.joining(", ")) + ", monospace";
    }

    private static String quote(String family) {
        return "\"" + family.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceFirst("\\.?0+$", "");
    }
}
