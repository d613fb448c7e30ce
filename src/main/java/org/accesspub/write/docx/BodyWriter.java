package org.accesspub.write.docx;

import java.math.BigInteger;
import java.util.List;
import org.accesspub.lang.LanguageRuns;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.write.LinkNotes;
import org.accesspub.write.RenderContext;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;

/**
 * Turns the article's blocks into paragraphs, lists, tables and pictures of a POI document. Every
 * paragraph gets a style from {@link DocxStyles}; runs carry only a character style or a language.
 * It also records the text it sets in regular and in bold, so the embedded font subsets hold exactly
 * what is shown. Made for one document; where a block sits (its paragraph style, its list level) is a
 * {@link Scope} handed down the tree, never a field switched around a call.
 */
final class BodyWriter {
    private final XWPFDocument doc;
    private final PreparedDocument document;
    private final DocxLanguage language;
    private final DocxImages images;
    private final XWPFNumbering numbering;
    private final StringBuilder regularText = new StringBuilder();
    private final StringBuilder boldText = new StringBuilder();

    /** The numbering the next paragraph starts (the first of a list item), or null. */
    private BigInteger pendingNumId;
    private final int listIndentTwips;
    private final int textWidthTwips;
    private final int bodyTwips;
    /** A thematic break came: the next paragraph gets a rule above it. */
    private boolean breakBefore;
    /** The article's footnotes by label, and those already written as real footnotes at their reference. */
    private final java.util.Map<String, Block.Note> notes = new java.util.HashMap<>();
    private final java.util.Set<String> footnoted = new java.util.HashSet<>();

    /** The font chain, for characters only a fallback face draws (emoji, rare Han), and the text each such face sets. */
    private final org.accesspub.fonts.FontChain chain;
    private final java.util.Map<org.accesspub.fonts.FontFace, StringBuilder> fallbackText = new java.util.LinkedHashMap<>();

    BodyWriter(XWPFDocument doc, PreparedDocument document, DocxLanguage language, DocxImages images,
               int listIndentTwips, int textWidthTwips, org.accesspub.fonts.FontChain chain) {
        this.doc = doc;
        this.chain = chain;
        this.document = document;
        this.language = language;
        this.images = images;
        this.numbering = doc.getNumbering();
        this.listIndentTwips = listIndentTwips;
        this.textWidthTwips = textWidthTwips;
        document.blocks().stream().filter(b -> b instanceof Block.Note).map(b -> (Block.Note) b)
                .forEach(n -> notes.putIfAbsent(n.label(), n));
        this.bodyTwips = listIndentTwips / 2; // the list indent is two ems of body text
    }

    String regularText() {
        return regularText.toString();
    }

    String boldText() {
        return boldText.toString();
    }

    /** The body's own level: normal paragraphs, outside any list. */
    Scope top() {
        return new Scope(DocxStyles.NORMAL, -1, false);
    }

    /**
     * Where blocks are written: the style their paragraphs take, the list level (-1 outside lists), and
     * whether they introduce the next block (a caption, a label), so they stay on its page. Immutable; a
     * container hands its blocks a scope of their own.
     */
    final class Scope implements Block.Visitor<Void> {
        private final String paragraphStyle;
        private final int listLevel;
        private final boolean keepNext;

        private Scope(String paragraphStyle, int listLevel, boolean keepNext) {
            this.paragraphStyle = paragraphStyle;
            this.listLevel = listLevel;
            this.keepNext = keepNext;
        }

        /** The same place with another paragraph style (a quote, a definition, an admonition). */
        private Scope styled(String style) {
            return new Scope(style, listLevel, false);
        }

        void blocks(List<Block> blocks) {
            Scope plain = keepNext ? new Scope(paragraphStyle, listLevel, false) : this;
            for (int i = 0; i < blocks.size(); i++) {
                one(blocks, i, plain);
            }
        }

        /** The article's blocks, with {@code stop} checked before each: a stopped job ends soon. */
        void blocks(List<Block> blocks, RenderContext.StopCheck stop) throws java.io.IOException {
            Scope plain = keepNext ? new Scope(paragraphStyle, listLevel, false) : this;
            for (int i = 0; i < blocks.size(); i++) {
                stop.check();
                one(blocks, i, plain);
            }
        }

        /** The block at {@code i}, kept with the next when it introduces it. */
        private void one(List<Block> blocks, int i, Scope plain) {
            boolean keep = i + 1 < blocks.size() && org.accesspub.write.Keeps.introduces(blocks.get(i), blocks.get(i + 1));
            blocks.get(i).accept(keep ? new Scope(paragraphStyle, listLevel, true) : plain);
        }

        /** A paragraph of plain text in a style; {@code bold} when the style sets it in bold. */
        XWPFParagraph styledText(String style, String text, boolean bold) {
            XWPFParagraph p = paragraph(style);
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.createRun().addBreak();
                }
                text(p, lines[i], bold, false);
            }
            return p;
        }

        @Override
        public Void visit(Block.Heading heading) {
            // The title (prepared level 1) is the Title paragraph; level 2 is Heading 1, and so on.
            XWPFParagraph p = paragraph(DocxStyles.heading(document.outlineEntry(heading).level() - 1));
            inlines(p, heading.content(), true);
            return null;
        }

        @Override
        public Void visit(Block.Paragraph paragraph) {
            org.accesspub.prepare.ParagraphStyle prepared = document.paragraph(paragraph);
            String style = paragraphStyle.equals(DocxStyles.NORMAL) && prepared.indent()
                    ? DocxStyles.BODY_INDENT : paragraphStyle;
            XWPFParagraph p = paragraph(style);
            if (!style.equals(DocxStyles.BODY_INDENT) && prepared.justify()) {
                p.setAlignment(ParagraphAlignment.BOTH); // Chinese in a list item or a quote, justified as in the PDF
            }
            inlines(p, paragraph.content(), false, false, prepared.language(), null); // runs against its own language
            return null;
        }

        @Override
        public Void visit(Block.BulletList list) {
            list(DocxStyles.BULLET_LIST, 1, list.items());
            return null;
        }

        @Override
        public Void visit(Block.OrderedList list) {
            list(DocxStyles.NUMBERED_LIST, list.start(), list.items());
            return null;
        }

        /** Each list gets its own numbering instance, restarting at its first number. */
        private void list(int abstractId, int start, List<Block.ListItem> items) {
            int level = Math.min(listLevel + 1, DocxStyles.LIST_LEVELS - 1);
            BigInteger numId = numbering.addNum(BigInteger.valueOf(abstractId));
            XWPFNum num = numbering.getNum(numId);
            CTNumLvl override = num.getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.valueOf(start));
            Scope item = new Scope(DocxStyles.LIST_PARAGRAPH, level, false);
            for (Block.ListItem i : items) {
                pendingNumId = numId;
                item.blocks(i.blocks());
                if (pendingNumId != null) {
                    // An empty item still shows its bullet or number.
                    item.paragraph(item.paragraphStyle);
                }
            }
        }

        @Override
        public Void visit(Block.BlockQuote quote) {
            (listLevel >= 0 ? styled(paragraphStyle) : styled(DocxStyles.QUOTE)).blocks(quote.blocks());
            return null;
        }

        @Override
        public Void visit(Block.Image image) {
            images.add(this, image);
            return null;
        }

        @Override
        public Void visit(Block.Table table) {
            // Word shows at most 63 columns: a wider table is written row by row, as one too wide for the page
            int[] widths = table.columns() > MOST_COLUMNS ? null : columnTwips(table, Math.max(1, table.columns()));
            LinkNotes notes = new LinkNotes();
            if (widths == null) {
                rowByRow(table, notes);
            } else {
                BodyWriter.this.table(table, widths, notes);
            }
            linkNotes(notes);
            return null;
        }

        @Override
        public Void visit(Block.CodeBlock code) {
            XWPFParagraph p = paragraph(DocxStyles.SOURCE_CODE);
            String[] lines = code.code().stripTrailing().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.createRun().addBreak();
                }
                text(p, lines[i], false, false);
            }
            recordMono(code.code());
            return null;
        }

        @Override
        public Void visit(Block.LineBlock block) {
            XWPFParagraph p = paragraph(listLevel >= 0 ? paragraphStyle : DocxStyles.LINE_BLOCK);
            for (int i = 0; i < block.lines().size(); i++) {
                if (i > 0) {
                    p.createRun().addBreak();
                }
                inlines(p, block.lines().get(i), false);
            }
            return null;
        }

        @Override
        public Void visit(Block.DefinitionList list) {
            for (Block.Definition d : list.items()) {
                inlines(paragraph(DocxStyles.DEFINITION_TERM), d.term(), true);
                styled(DocxStyles.DEFINITION).blocks(d.definition());
            }
            return null;
        }

        @Override
        public Void visit(Block.Admonition a) {
            String label = document.terms().admonitionLabel(a);
            text(paragraph(DocxStyles.ADMONITION_TITLE), label, true, false);
            styled(DocxStyles.ADMONITION).blocks(a.blocks());
            return null;
        }

        /**
         * A footnote is written at its reference as a real Word footnote; one that nothing refers to (or that
         * sits inside a list or quote) is written here, opening with its label.
         */
        @Override
        public Void visit(Block.Note note) {
            if (footnoted.contains(note.label())) {
                return null;
            }
            styledText(paragraphStyle, document.terms().footnote(note.label()), true);
            blocks(note.blocks());
            return null;
        }

        @Override
        public Void visit(Block.ThematicBreak thematicBreak) {
            breakBefore = true;
            return null;
        }

        /**
         * A new paragraph in a style. The first paragraph of a list item carries the item's number; later
         * ones are indented to line up with it. After a thematic break the paragraph gets a rule above it
         * rather than an empty paragraph.
         */
        XWPFParagraph paragraph(String style) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (keepNext) {
                ppr.addNewKeepNext();
                ppr.addNewKeepLines();
            }
            if (breakBefore) {
                CTBorder top = ppr.addNewPBdr().addNewTop();
                top.setVal(STBorder.SINGLE);
                top.setSz(BigInteger.valueOf(12));
                top.setSpace(BigInteger.valueOf(12));
                breakBefore = false;
            }
            if (listLevel >= 0) {
                if (pendingNumId != null) {
                    CTNumPr numPr = ppr.addNewNumPr();
                    numPr.addNewIlvl().setVal(BigInteger.valueOf(listLevel));
                    numPr.addNewNumId().setVal(pendingNumId);
                    pendingNumId = null;
                } else {
                    ppr.addNewInd().setLeft(BigInteger.valueOf((long) listIndentTwips * (listLevel + 1)));
                }
            }
            return p;
        }

        /**
         * A table whose columns cannot fit the page at the chosen size, as in the PDF: each row a group of
         * paragraphs, one a cell after its column's header in bold ("软件包：grub-efi-amd64"), kept on one
         * page when it fits (Table Row), the row's last one ruled below (Table Row End). A grid of columns
         * three characters wide cannot be read at large print; real links stay clickable in their cells.
         */
        private void rowByRow(Block.Table table, LinkNotes notes) {
            String[] around = labelAround();
            boolean first = true;
            boolean headerOnly = table.rows().isEmpty(); // then the header's words are the table's only words
            for (List<List<Inline>> row : headerOnly ? List.of(table.header()) : table.rows()) {
                List<Integer> filled = new java.util.ArrayList<>();
                for (int c = 0; c < row.size() && c < table.columns(); c++) {
                    if (!Blocks.plainText(row.get(c)).isBlank()) {
                        filled.add(c);
                    }
                }
                for (int i = 0; i < filled.size(); i++) {
                    int c = filled.get(i);
                    XWPFParagraph p = paragraph(i + 1 < filled.size() ? DocxStyles.TABLE_ROW : DocxStyles.TABLE_ROW_END);
                    CTPPr ppr = p.getCTP().getPPr();
                    if (first && !(ppr.isSetPBdr() && ppr.getPBdr().isSetTop())) { // a heavier rule above the first row
                        CTBorder top = (ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr()).addNewTop();
                        top.setVal(STBorder.SINGLE);
                        top.setSz(BigInteger.valueOf(16));
                        top.setSpace(BigInteger.valueOf(4));
                    }
                    first = false;
                    String header = !headerOnly && c < table.header().size() ? Blocks.plainText(table.header().get(c)).strip() : "";
                    if (!header.isEmpty()) {
                        text(p, around[0] + header + around[1], true, true);
                    }
                    inlines(p, row.get(c), false, false, document.language(), notes);
                }
            }
        }
    }

    /** Word shows at most 63 columns; a wider table is written row by row. */
    static final int MOST_COLUMNS = 63;

    /** What goes before and after a column's header in a row-by-row table: ["", "："] from the terms' "cell". */
    private String[] labelAround() {
        String pattern = document.terms().get(org.accesspub.prepare.Term.CELL, "\u0000", "\u0001");
        int a = pattern.indexOf('\u0000');
        int b = pattern.indexOf('\u0001');
        return new String[] {pattern.substring(0, a), pattern.substring(a + 1, b)};
    }

    private void table(Block.Table table, int[] widths, LinkNotes notes) {
        int columns = Math.max(1, table.columns());
        boolean hasHeader = !table.header().isEmpty(); // a table without one is a self-check finding (table-header)
        int rows = table.rows().size() + (hasHeader ? 1 : 0);
        // Not createTable(rows, columns): POI counts a row's cells for every cell it adds (n² in a wide row).
        XWPFTable t = doc.createTable();
        for (int c = 1; c < columns; c++) {
            t.getRow(0).createCell();
        }
        for (int r = 1; r < rows; r++) {
            t.createRow();
        }
        CTTblPr pr = t.getCTTbl().getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders(); // POI adds direct borders; the table style draws them
        }
        t.setStyleID(DocxStyles.TABLE);
        t.setWidthType(TableWidthType.PCT);
        t.setWidth("100%");
        pr.addNewTblLook().setVal(new byte[] {0x04, (byte) (hasHeader ? 0x20 : 0x00)});
        // The grid is required by the schema (POI leaves it out): columns sized by their content.
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        int existing = grid.sizeOfGridColArray(); // counted once: XMLBeans counts by walking
        for (int c = 0; c < columns; c++) {
            if (c < existing) {
                grid.getGridColArray(c).setW(BigInteger.valueOf(widths[c]));
            } else {
                grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
            }
        }
        int r = 0;
        if (hasHeader) {
            XWPFTableRow header = t.getRow(r++);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            row(header, table.header(), widths, DocxStyles.TABLE_HEADING, true, table, notes);
        }
        for (List<List<Inline>> cells : table.rows()) {
            XWPFTableRow row = t.getRow(r++);
            row.setCantSplitRow(true); // a row is never split across pages
            row(row, cells, widths, DocxStyles.TABLE_TEXT, false, table, notes);
        }
    }

    /**
     * Column widths in twips from the cells' estimated minimum and maximum content widths (as a browser
     * sizes an automatic table), filling the text width; null when even the minimums do not fit (the
     * table is then laid out row by row, as in the PDF).
     */
    private int[] columnTwips(Block.Table table, int columns) {
        float[] min = new float[columns];
        float[] max = new float[columns];
        float pad = bodyTwips * 0.6f; // as the PDF decides: 0.3 em each side (the style's cell margins are 1/3 em)
        List<List<List<Inline>>> all = new java.util.ArrayList<>(table.rows());
        all.add(table.header());
        for (List<List<Inline>> row : all) {
            for (int c = 0; c < row.size() && c < columns; c++) {
                float[] e = org.accesspub.write.ColumnWidths.estimate(Blocks.plainText(row.get(c)).strip());
                // as in the PDF: five characters of running text, a long address cut when it must be
                min[c] = Math.max(min[c], Math.max(Math.min(e[0], 8), Math.min(e[1], 5)) * bodyTwips + pad);
                max[c] = Math.max(max[c], e[1] * bodyTwips + pad);
            }
        }
        float[] w = org.accesspub.write.ColumnWidths.fit(min, max, textWidthTwips);
        if (w == null) {
            return null;
        }
        int[] out = new int[columns];
        for (int c = 0; c < columns; c++) {
            out[c] = Math.max(200, Math.round(w[c]));
        }
        return out;
    }

    private void row(XWPFTableRow row, List<List<Inline>> cells, int[] widths, String style, boolean bold,
                     Block.Table table, LinkNotes notes) {
        List<XWPFTableCell> rowCells = row.getTableCells(); // getCell(c) counts the cells each time: n² in a wide row
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = rowCells.get(c);
            var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            var tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW(); // in twips, as the grid
            tcW.setW(BigInteger.valueOf(widths[c]));
            tcW.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle(style);
            switch (table.alignment(c)) { // the column's alignment is the source's, not a style choice
                case LEFT -> p.setAlignment(ParagraphAlignment.LEFT);
                case CENTER -> p.setAlignment(ParagraphAlignment.CENTER);
                case RIGHT -> p.setAlignment(ParagraphAlignment.RIGHT);
                case DEFAULT -> { }
            }
            if (c < cells.size()) {
                inlines(p, cells.get(c), bold, false, document.language(), notes);
            }
        }
    }

    /** A real footnote holding the note's text, one paragraph per block, referred to from {@code p}. */
    private void footnote(XWPFParagraph p, Block.Note note) {
        org.apache.poi.xwpf.usermodel.XWPFFootnote fn = doc.createFootnote();
        boolean first = true;
        for (Block b : note.blocks()) {
            String text = Blocks.plainText(b);
            if (text.isBlank()) {
                continue;
            }
            XWPFParagraph fp = fn.createParagraph();
            if (first) {
                fp.createRun().getCTR().addNewFootnoteRef(); // the mark (POI's ensureFootnoteRef puts rPr after it)
                fp.createRun().setText(" ");
                first = false;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    fp.createRun().addBreak();
                }
                text(fp, lines[i], false, false);
            }
        }
        p.addFootnoteReference(fn);
        footnoted.add(note.label());
    }

    /** Inline content of a paragraph whose style is bold ({@code bold}) or not. */
    void inlines(XWPFParagraph p, List<Inline> inlines, boolean bold) {
        inlines(p, inlines, bold, false, document.language(), null);
    }

    /**
     * @param strong inside emphasis or strong: such text takes the Strong character style (emphasis is
     *               set bold), unless the paragraph style is bold already
     * @param base   the language of the paragraph (as prepared), against which runs in another are marked
     * @param notes  in a table, the numbers its links' addresses get (listed after it), else null: the
     *               address follows the link in brackets, as in the PDF, since a printed page cannot be clicked
     */
    private void inlines(XWPFParagraph p, List<Inline> inlines, boolean bold, boolean strong, String base,
                         LinkNotes notes) {
        for (Inline in : inlines) {
            in.accept(new Inline.Visitor<Void>() {
                public Void visit(Inline.Text t) {
                    text(p, t.text(), bold || strong, strong && !bold, base);
                    return null;
                }

                public Void visit(Inline.Emphasis e) {
                    inlines(p, e.content(), bold, true, base, notes);
                    return null;
                }

                public Void visit(Inline.Strong s) {
                    inlines(p, s.content(), bold, true, base, notes);
                    return null;
                }

                public Void visit(Inline.Code c) {
                    int first = p.getRuns().size();
                    text(p, c.text(), bold || strong, strong && !bold, base);
                    for (int i = first; i < p.getRuns().size(); i++) {
                        p.getRuns().get(i).setStyle(DocxStyles.VERBATIM_CHAR);
                    }
                    recordMono(c.text());
                    return null;
                }

                public Void visit(Inline.Link l) {
                    link(p, l, bold, notes);
                    return null;
                }

                public Void visit(Inline.LineBreak b) {
                    p.createRun().addBreak();
                    return null;
                }

                public Void visit(Inline.NoteRef r) {
                    Block.Note note = BodyWriter.this.notes.get(r.label());
                    if (note != null && !footnoted.contains(r.label())) {
                        footnote(p, note);
                    } else {
                        text(p, "[" + r.label() + "]", bold || strong, false, base);
                    }
                    return null;
                }
            });
        }
    }

    private void link(XWPFParagraph p, Inline.Link link, boolean bold, LinkNotes notes) {
        hyperlink(p, link.href(), Blocks.plainText(link.content()).strip(), bold);
        String url = LinkNotes.printed(link);
        if (url != null) {
            text(p, notes == null ? " (" + breakable(url) + ")" : "\u00A0[" + notes.number(link.href()) + "]", bold, false);
        }
    }

    /**
     * An address with a zero-width space after each slash, dot, hyphen, underscore and query mark, where
     * Word and LibreOffice may then break it: else a long address that does not fit a justified line's end
     * spreads the line's characters apart ("统 一 可 扩 展"), as the PDF avoids by setting such a line ragged.
     */
    static String breakable(String url) {
        return url.replaceAll("(?<=[/._\\-?&=])(?=[^/])", "\u200B");
    }

    private void hyperlink(XWPFParagraph p, String href, String text, boolean bold) {
        XWPFHyperlinkRun run = p.createHyperlinkRun(href);
        run.setStyle(DocxStyles.HYPERLINK);
        run.setText(text);
        record(text, bold);
        record(text, false); // a link's own words may be emphasised in the source: keep both weights
    }

    /** The addresses of a table's links, numbered as in its cells, each a link of its own (Link Note). */
    private void linkNotes(LinkNotes notes) {
        List<String> addresses = notes.addresses();
        for (int i = 0; i < addresses.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.LINK_NOTE);
            text(p, "[" + (i + 1) + "]", false, false);
            p.createRun().addTab();
            hyperlink(p, addresses.get(i), org.accesspub.prepare.LinkPolicy.display(addresses.get(i)), false);
        }
    }

    private void text(XWPFParagraph p, String text, boolean bold, boolean strongStyle) {
        text(p, text, bold, strongStyle, document.language());
    }

    /**
     * Runs of text in a paragraph in {@code base}; a passage in another language (English in Chinese, a
     * paragraph in English in a Chinese article) is its own run marked with its language ({@link DocxLanguage#runs}),
     * so that spelling and screen readers treat it as such.
     */
    private void text(XWPFParagraph p, String text, boolean bold, boolean strongStyle, String base) {
        if (text.isEmpty()) {
            return;
        }
        for (LanguageRuns.Run languageRun : language.runs(document, text, base)) {
          for (FontRun r : byFont(languageRun.text(), languageRun.language(), bold)) {
            XWPFRun run = p.createRun();
            if (strongStyle) {
                run.setStyle(DocxStyles.STRONG);
            }
            String tag = language.runTag(r.language());
            if (tag != null) {
                run.setLang(tag);
            }
            if (r.fallback() != null) {
                // a face the styles do not name (Noto Emoji, a rare-Han font): named on the run, embedded
                var rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
                var f = rpr.addNewRFonts();
                String family = r.fallback().family();
                f.setAscii(family);
                f.setHAnsi(family);
                f.setEastAsia(family);
                f.setCs(family);
                fallbackText.computeIfAbsent(r.fallback(), k -> new StringBuilder()).append(r.text());
            }
            if (r.text().indexOf('\t') < 0) {
                run.setText(r.text());
                continue;
            }
            String[] pieces = r.text().split("\t", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    run.addTab();
                }
                if (!pieces[i].isEmpty()) {
                    CTText t = run.getCTR().addNewT();
                    t.setStringValue(pieces[i]);
                    t.setSpace(SpaceAttribute.Space.PRESERVE);
                }
            }
          }
        }
        record(text, bold);
    }

    /** A stretch of one language's text set in the styles' fonts ({@code fallback} null) or in a fallback face. */
    private record FontRun(String text, String language, org.accesspub.fonts.FontFace fallback) {
    }

    /**
     * Splits text where the styles' fonts (Atkinson, Noto Sans SC) cannot draw it and a fallback face of
     * the chain can: an emoji sequence or a rare Han character gets a run naming that face. A grapheme
     * cluster (👨‍👩‍👧 with its joiners, a flag, a keycap) stays in one run.
     */
    private List<FontRun> byFont(String text, String lang, boolean bold) {
        List<FontRun> out = new java.util.ArrayList<>();
        org.accesspub.fonts.FontFace current = null;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int end = org.accesspub.lang.Graphemes.end(text, i);
            org.accesspub.fonts.FontFace face = chain.faceFor(text.codePointAt(i), bold, language.chinese());
            org.accesspub.fonts.FontFace fallback = face != null && chain.isFallback(face) ? face : null;
            if (fallback != current && i > start) {
                out.add(new FontRun(text.substring(start, i), lang, current));
                start = i;
            }
            current = fallback;
            i = end;
        }
        if (start < text.length()) {
            out.add(new FontRun(text.substring(start), lang, current));
        }
        return out;
    }

    /** The text each fallback face sets, for its embedded subset. */
    java.util.Map<org.accesspub.fonts.FontFace, String> fallbackText() {
        java.util.Map<org.accesspub.fonts.FontFace, String> out = new java.util.LinkedHashMap<>();
        fallbackText.forEach((face, text) -> out.put(face, text.toString()));
        return out;
    }

    private final StringBuilder monoText = new StringBuilder();

    /** Text set in the monospace face, for its embedded subset. */
    String monoText() {
        return monoText.toString();
    }

    private void recordMono(String text) {
        monoText.append(text);
    }

    void record(String text, boolean bold) {
        (bold ? boldText : regularText).append(text);
    }
}
