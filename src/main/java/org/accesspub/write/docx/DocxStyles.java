package org.accesspub.write.docx;

import org.accesspub.style.LargePrintProfile;
import org.accesspub.style.Units;

/**
 * The style sheet, numbering definitions and settings of a document, written as OOXML text: every
 * size, spacing, font and language lives here, so an editor restyles the whole document in one place
 * and the body carries no direct formatting.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String NORMAL = "Normal";
    /** A paragraph the prepared document indents (Chinese prose): two characters, justified. */
    static final String BODY_INDENT = "BodyTextFirstIndent";
    static final String LIST_PARAGRAPH = "ListParagraph";
    static final String QUOTE = "Quote";
    static final String CAPTION = "Caption";
    static final String FIGURE = "Figure";
    static final String SOURCE_CODE = "SourceCode";
    static final String VERBATIM_CHAR = "VerbatimChar";
    static final String LINE_BLOCK = "LineBlock";
    static final String DEFINITION_TERM = "DefinitionTerm";
    static final String DEFINITION = "Definition";
    static final String ADMONITION_TITLE = "AdmonitionTitle";
    static final String ADMONITION = "Admonition";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    /** A cell of a table laid out row by row (too wide for the page), and the last cell of its row. */
    static final String TABLE_ROW = "TableRow";
    static final String TABLE_ROW_END = "TableRowEnd";
    /** A table's link address after it, with the number its cells show ("[3]"). */
    static final String LINK_NOTE = "LinkNote";
    static final String FOOTER = "Footer";
    static final String HYPERLINK = "Hyperlink";
    static final String STRONG = "Strong";
    static final String TABLE = "ArticleTable";
    static final int BULLET_LIST = 0;
    static final int NUMBERED_LIST = 1;
    static final int LIST_LEVELS = 9;
    private static final String[] BULLETS = {"•", "–", "•", "–", "•", "–", "•", "–", "•"};

    private final LargePrintProfile profile;
    private final DocxFonts fonts;
    private final DocxLanguage language;

    DocxStyles(LargePrintProfile profile, DocxFonts fonts, DocxLanguage language) {
        this.profile = profile;
        this.fonts = fonts;
        this.language = language;
    }

    static String heading(int level) {
        return "Heading" + level;
    }

    /** Characters the numbering definitions draw, so that the embedded fonts have them. */
    static String listMarkers() {
        return String.join("", BULLETS) + "0123456789.";
    }

    /** Word's half-points, rounded up so that no text is smaller than asked. */
    static int halfPoints(double pt) {
        return (int) Math.ceil(pt * 2 - 1e-9);
    }

    String styles() {
        String text = profile.theme().textHex();
        int body = halfPoints(profile.bodyPt());
        int after = Units.ptToTwips(profile.paragraphSpacingPt());
        StringBuilder sb = new StringBuilder();
        sb.append("<w:styles xmlns:w=\"").append(Xml.W).append("\">");
        sb.append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append("<w:rFonts w:ascii=\"").append(Xml.attr(fonts.latin())).append("\" w:hAnsi=\"")
                .append(Xml.attr(fonts.latin())).append("\" w:eastAsia=\"").append(Xml.attr(fonts.eastAsia()))
                .append("\" w:cs=\"").append(Xml.attr(fonts.latin())).append('"')
                .append(language.chinese() ? " w:hint=\"eastAsia\"" : "").append("/>")
                .append("<w:color w:val=\"").append(text).append("\"/>")
                .append("<w:sz w:val=\"").append(body).append("\"/><w:szCs w:val=\"").append(body).append("\"/>")
                .append("<w:lang w:val=\"").append(Xml.attr(language.latin())).append("\" w:eastAsia=\"")
                .append(Xml.attr(language.eastAsia())).append("\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"").append(after).append('"').append(pitch(profile.bodyPt()))
                .append("/></w:pPr></w:pPrDefault></w:docDefaults>");

        paragraph(sb, NORMAL, "Normal", null, true, "<w:widowControl/>", "");
        // Paragraphs the prepared document indents (Chinese prose): two characters, justified.
        paragraph(sb, BODY_INDENT, "Body Text First Indent", NORMAL, true,
                "<w:ind w:firstLine=\"" + 2 * Units.ptToTwips(profile.bodyPt()) + "\" w:firstLineChars=\"200\"/>"
                        + "<w:jc w:val=\"both\"/>", "");
        String flush = "<w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/>";
        // The title is outline level 1 (Word's 0), so the navigation pane shows the same outline as the PDF.
        paragraph(sb, TITLE, "Title", NORMAL, true,
                "<w:keepNext/><w:keepLines/><w:spacing w:after=\"" + after + "\"" + pitch(profile.titlePt()) + "/>" + flush
                        + "<w:outlineLvl w:val=\"0\"/>",
                "<w:b/><w:bCs/>" + size(profile.titlePt()));
        paragraph(sb, SUBTITLE, "Subtitle", NORMAL, true, "<w:keepNext/>" + flush, "");
        // Heading N is the prepared outline's level N + 1 (the title is level 1): its size and outline level follow.
        for (int level = 1; level <= 6; level++) {
            int before = Units.ptToTwips(profile.headingSpaceBeforePt());
            double pt = profile.headingPt(level + 1);
            paragraph(sb, heading(level), "heading " + level, NORMAL, true,
                    "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + before + "\" w:after=\"" + after / 2 + "\""
                            + pitch(pt) + "/>" + flush + "<w:outlineLvl w:val=\"" + level + "\"/>",
                    "<w:b/><w:bCs/>" + size(pt));
        }
        paragraph(sb, LIST_PARAGRAPH, "List Paragraph", NORMAL, true, flush, "");
        int quoteIndent = 2 * Units.ptToTwips(profile.bodyPt());
        paragraph(sb, QUOTE, "Quote", NORMAL, true,
                "<w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"12\" w:color=\"" + text + "\"/></w:pBdr>"
                        + "<w:ind w:left=\"" + quoteIndent + "\" w:right=\"" + quoteIndent / 2
                        + "\" w:firstLine=\"0\" w:firstLineChars=\"0\"/>", "");
        paragraph(sb, FIGURE, "Figure", NORMAL, true, "<w:keepNext/><w:spacing w:before=\"" + after + "\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
                + flush + "<w:jc w:val=\"center\"/>", "");
        paragraph(sb, CAPTION, "caption", NORMAL, true, flush, "");
        String flushAt = "\" w:firstLine=\"0\" w:firstLineChars=\"0\"/>";
        // Code keeps its spaces and lines in a monospace face, on a light tint, never justified or indented.
        paragraph(sb, SOURCE_CODE, "Source Code", NORMAL, true,
                "<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"" + text + "\"/>"
                        + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"" + text + "\"/>"
                        + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"" + text + "\"/>"
                        + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"" + text + "\"/></w:pBdr>"
                        + "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>"
                        + "<w:ind w:left=\"" + quoteIndent / 4 + "\" w:right=\"" + quoteIndent / 4 + flushAt
                        + "<w:jc w:val=\"left\"/>", monoFont());
        // Verse and addresses: each line as written, broken by w:br, never justified.
        paragraph(sb, LINE_BLOCK, "Line Block", NORMAL, true,
                "<w:ind w:left=\"" + quoteIndent + flushAt + "<w:jc w:val=\"left\"/>", "");
        paragraph(sb, DEFINITION_TERM, "Definition Term", NORMAL, true,
                "<w:keepNext/><w:spacing w:after=\"0\"/>" + flush, "<w:b/><w:bCs/>");
        paragraph(sb, DEFINITION, "Definition", NORMAL, true, "<w:ind w:left=\"" + quoteIndent + flushAt, "");
        String sideRule = "<w:pBdr><w:left w:val=\"single\" w:sz=\"36\" w:space=\"12\" w:color=\"" + text
                + "\"/></w:pBdr>";
        String sideIndent = "<w:ind w:left=\"" + quoteIndent + "\" w:right=\"" + quoteIndent / 2 + flushAt;
        paragraph(sb, ADMONITION_TITLE, "Admonition Title", NORMAL, true,
                "<w:keepNext/>" + sideRule + "<w:spacing w:after=\"0\"/>" + sideIndent, "<w:b/><w:bCs/>");
        paragraph(sb, ADMONITION, "Admonition", NORMAL, true, sideRule + sideIndent, "");
        paragraph(sb, TABLE_TEXT, "Table Text", NORMAL, true, "<w:spacing w:after=\"0\"/>" + flush, "");
        paragraph(sb, TABLE_HEADING, "Table Heading", TABLE_TEXT, true, "<w:keepNext/>", "<w:b/><w:bCs/>");
        // A row of a table too wide for the page: its cells kept together, continued lines two characters in.
        paragraph(sb, TABLE_ROW, "Table Row", NORMAL, true, "<w:keepNext/><w:keepLines/><w:spacing w:after=\"0\"/>"
                + "<w:ind w:left=\"" + quoteIndent + "\" w:hanging=\"" + quoteIndent + "\" w:firstLineChars=\"0\"/>"
                + "<w:jc w:val=\"left\"/>", "");
        String rowRule = "w:val=\"single\" w:sz=\"8\" w:space=\"4\" w:color=\"" + text + "\"";
        paragraph(sb, TABLE_ROW_END, "Table Row End", TABLE_ROW, true, "<w:keepNext w:val=\"0\"/>"
                + "<w:pBdr><w:bottom " + rowRule + "/><w:between " + rowRule + "/></w:pBdr>"
                + "<w:spacing w:after=\"" + Units.ptToTwips(profile.bodyPt() * 0.6) + "\"/>", "");
        paragraph(sb, LINK_NOTE, "Link Note", TABLE_TEXT, true,
                "<w:ind w:left=\"" + quoteIndent + "\" w:hanging=\"" + quoteIndent + "\"/><w:jc w:val=\"left\"/>", "");
        paragraph(sb, FOOTER, "footer", NORMAL, false, "<w:spacing w:after=\"0\"/>" + flush + "<w:jc w:val=\"center\"/>", "");
        sb.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
                .append("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>");
        character(sb, HYPERLINK, "Hyperlink", "<w:color w:val=\"" + profile.theme().linkHex() + "\"/><w:u w:val=\"single\"/>");
        character(sb, STRONG, "Strong", "<w:b/><w:bCs/>");
        character(sb, VERBATIM_CHAR, "Verbatim Char", monoFont());
        sb.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>")
                .append("<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>")
                .append("<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        String border = "w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"" + text + "\"";
        int pad = Units.ptToTwips(profile.bodyPt() / 3);
        sb.append("<w:style w:type=\"table\" w:styleId=\"").append(TABLE).append("\"><w:name w:val=\"Article Table\"/>")
                .append("<w:basedOn w:val=\"TableNormal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:tblPr><w:tblBorders>")
                .append("<w:top ").append(border).append("/><w:left ").append(border).append("/><w:bottom ").append(border)
                .append("/><w:right ").append(border).append("/><w:insideH ").append(border).append("/><w:insideV ")
                .append(border).append("/></w:tblBorders><w:tblCellMar><w:top w:w=\"").append(pad / 2)
                .append("\" w:type=\"dxa\"/><w:left w:w=\"").append(pad).append("\" w:type=\"dxa\"/><w:bottom w:w=\"")
                .append(pad / 2).append("\" w:type=\"dxa\"/><w:right w:w=\"").append(pad)
                .append("\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>")
                .append("<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
                .append("<w:tcPr><w:tcBorders><w:bottom w:val=\"single\" w:sz=\"18\" w:space=\"0\" w:color=\"")
                .append(text).append("\"/></w:tcBorders></w:tcPr></w:tblStylePr></w:style>");
        sb.append("</w:styles>");
        return sb.toString();
    }

    /** Two list definitions, bullets and decimal numbers, nine levels each; lists refer to them by number. */
    String numbering() {
        int hanging = 2 * Units.ptToTwips(profile.bodyPt());
        StringBuilder sb = new StringBuilder();
        sb.append("<w:numbering xmlns:w=\"").append(Xml.W).append("\">");
        for (int abstractId : new int[] {BULLET_LIST, NUMBERED_LIST}) {
            sb.append("<w:abstractNum w:abstractNumId=\"").append(abstractId).append("\">")
                    .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
            for (int level = 0; level < LIST_LEVELS; level++) {
                boolean bullet = abstractId == BULLET_LIST;
                sb.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/>")
                        .append("<w:numFmt w:val=\"").append(bullet ? "bullet" : "decimal").append("\"/>")
                        .append("<w:lvlText w:val=\"").append(bullet ? BULLETS[level] : "%" + (level + 1) + ".").append("\"/>")
                        .append("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(hanging * (level + 1))
                        .append("\" w:hanging=\"").append(hanging).append("\"/></w:pPr>")
                        // the marks in the embedded Latin face, whatever the paragraph's script (else a reader
                        // draws the bullet in a font of its own)
                        .append("<w:rPr><w:rFonts w:ascii=\"").append(Xml.attr(fonts.latin())).append("\" w:hAnsi=\"")
                        .append(Xml.attr(fonts.latin())).append("\" w:eastAsia=\"").append(Xml.attr(fonts.latin()))
                        .append("\" w:cs=\"").append(Xml.attr(fonts.latin())).append("\" w:hint=\"default\"/></w:rPr></w:lvl>");
            }
            sb.append("</w:abstractNum>");
        }
        sb.append("</w:numbering>");
        return sb.toString();
    }

    /** Document settings: Word 2013+ layout, the page background shown, Chinese punctuation compressed. */
    String settings(boolean coloredBackground) {
        return "<w:settings xmlns:w=\"" + Xml.W + "\">"
                + (coloredBackground ? "<w:displayBackgroundShape/>" : "")
                + "<w:defaultTabStop w:val=\"" + 2 * Units.ptToTwips(profile.bodyPt()) + "\"/>"
                + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
                + " w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"" + Xml.attr(language.latin()) + "\" w:eastAsia=\""
                + Xml.attr(language.eastAsia()) + "\"/>"
                + "</w:settings>";
    }

    /**
     * Line pitch exactly size × line spacing, as the PDF sets it. "Auto" spacing multiplies the font's
     * own line height, which for Noto Sans SC is 1.45 em: 1.5 lines at 18 pt measured 39 pt in LibreOffice.
     */
    private String pitch(double pt) {
        return " w:line=\"" + Math.round(pt * profile.lineSpacing() * 20) + "\" w:lineRule=\"exact\"";
    }

    /** The monospace face for code: Latin in the mono font, Han characters stay in the East Asian one. */
    private String monoFont() {
        String mono = Xml.attr(fonts.mono());
        return "<w:rFonts w:ascii=\"" + mono + "\" w:hAnsi=\"" + mono + "\" w:cs=\"" + mono + "\"/>";
    }

    private String size(double pt) {
        int hp = halfPoints(pt);
        return "<w:sz w:val=\"" + hp + "\"/><w:szCs w:val=\"" + hp + "\"/>";
    }

    private static void paragraph(StringBuilder sb, String id, String name, String basedOn, boolean quick, String pPr, String rPr) {
        sb.append("<w:style w:type=\"paragraph\"").append(id.equals(NORMAL) ? " w:default=\"1\"" : "")
                .append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null) {
            sb.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        }
        if (!id.equals(NORMAL) && !id.equals(FOOTER)) {
            sb.append("<w:next w:val=\"").append(id.startsWith("Heading") || id.equals(TITLE) || id.equals(SUBTITLE)
                    || id.equals(FIGURE) || id.equals(CAPTION) ? NORMAL : id).append("\"/>");
        }
        if (quick) {
            sb.append("<w:qFormat/>");
        }
        if (!pPr.isEmpty()) {
            sb.append("<w:pPr>").append(pPr).append("</w:pPr>");
        }
        if (!rPr.isEmpty()) {
            sb.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        sb.append("</w:style>");
    }

    private static void character(StringBuilder sb, String id, String name, String rPr) {
        sb.append("<w:style w:type=\"character\" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name)
                .append("\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"1\"/><w:qFormat/><w:rPr>")
                .append(rPr).append("</w:rPr></w:style>");
    }
}
