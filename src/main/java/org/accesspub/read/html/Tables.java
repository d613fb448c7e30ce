package org.accesspub.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.jsoup.nodes.Element;

/**
 * Data tables apart from layout tables, by the signs Readability and browsers' accessibility
 * trees use: {@code role=presentation} or a nested table means layout; a caption, header cells,
 * {@code thead}, {@code summary} or {@code scope} mean data; a single row or column is layout;
 * otherwise a grid of at least two rows and two columns whose cells hold no headings or further
 * tables is data.
 */
final class Tables {
    private Tables() {
    }

    /** The table a cell or row belongs to (not a table nested inside it). */
    static Element owner(Element cellOrRow) {
        return cellOrRow.closest("table");
    }

    static boolean isDataTable(Element table) {
        String role = table.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("presentation") || role.equals("none") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (table.selectFirst("table") != null && table.select("table").size() > 1) {
            return hasOwn(table, "th") && table.select("table").stream().skip(1).noneMatch(t -> t.text().length() > 200);
        }
        if (table.selectFirst("h1, h2, h3, h4, h5, h6, article, nav") != null) {
            return false;
        }
        if (!table.attr("summary").isBlank() || table.selectFirst("> caption") != null
                || table.selectFirst("thead, th, [scope], colgroup, tfoot") != null || role.equals("table")
                || role.equals("grid")) {
            return true;
        }
        int rows = 0;
        int columns = 0;
        for (Element tr : table.select("tr")) {
            if (owner(tr) != table) {
                continue;
            }
            rows++;
            int cells = 0;
            for (Element c : tr.children()) {
                if (c.normalName().equals("td") || c.normalName().equals("th")) {
                    cells += Math.max(1, parseInt(c.attr("colspan")));
                }
            }
            columns = Math.max(columns, cells);
        }
        return rows >= 2 && columns >= 2;
    }

    private static boolean hasOwn(Element table, String cellName) {
        for (Element c : table.select(cellName)) {
            if (owner(c) == table) {
                return true;
            }
        }
        return false;
    }

    private static int parseInt(String s) {
        try {
            return s.isBlank() ? 1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The model table, or null when the table has no cells. */
    static Block.Table read(Element table, Function<Element, List<Inline>> cellContent) {
        List<List<Inline>> header = new ArrayList<>();
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (owner(tr) != table) {
                continue; // a nested table's rows belong to it
            }
            List<List<Inline>> cells = new ArrayList<>();
            boolean allHeader = true;
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cellContent.apply(cell));
                    allHeader &= cell.normalName().equals("th");
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            boolean inHead = tr.parent() != null && tr.parent().normalName().equals("thead");
            if (header.isEmpty() && rows.isEmpty() && (inHead || allHeader)) {
                header = cells;
            } else {
                rows.add(cells);
            }
        }
        if (header.isEmpty() && rows.isEmpty()) {
            return null;
        }
        return new Block.Table(header, rows, alignments(table));
    }

    /**
     * Each column's alignment as the source wrote it: on the cells of the first body row (else the
     * header row) by {@code align}, {@code style="text-align: …"} or a {@code text-right}-style
     * class, else on {@code <col align>} (DocBook). Empty when no column says.
     */
    static List<Block.Alignment> alignments(Element table) {
        List<Block.Alignment> fromCells = new ArrayList<>();
        List<Block.Alignment> fromHeader = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (owner(tr) != table) {
                continue;
            }
            List<Block.Alignment> row = new ArrayList<>();
            boolean header = true;
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    header &= cell.normalName().equals("th");
                    Block.Alignment a = alignment(cell);
                    for (int span = Math.max(1, Math.min(parseInt(cell.attr("colspan")), 100)); span > 0; span--) {
                        row.add(a);
                    }
                }
            }
            if (header && fromHeader.isEmpty()) {
                fromHeader = row;
            } else if (!header) {
                fromCells = row;
                break;
            }
        }
        List<Block.Alignment> cols = new ArrayList<>();
        for (Element col : table.select("col")) {
            if (owner(col) == table) {
                Block.Alignment a = alignment(col);
                for (int span = Math.max(1, Math.min(parseInt(col.attr("span")), 100)); span > 0; span--) {
                    cols.add(a);
                }
            }
        }
        int n = Math.max(fromCells.size(), Math.max(fromHeader.size(), cols.size()));
        List<Block.Alignment> out = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < n; i++) {
            Block.Alignment a = pick(fromCells, i, pick(fromHeader, i, pick(cols, i, Block.Alignment.DEFAULT)));
            any |= a != Block.Alignment.DEFAULT;
            out.add(a);
        }
        return any ? out : List.of();
    }

    private static Block.Alignment pick(List<Block.Alignment> list, int i, Block.Alignment otherwise) {
        Block.Alignment a = i < list.size() ? list.get(i) : Block.Alignment.DEFAULT;
        return a == Block.Alignment.DEFAULT ? otherwise : a;
    }

    private static Block.Alignment alignment(Element e) {
        String v = e.attr("align").strip().toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = TEXT_ALIGN.matcher(e.attr("style"));
        if (v.isEmpty() && m.find()) {
            v = m.group(1).toLowerCase(Locale.ROOT);
        }
        if (v.isEmpty()) {
            for (String c : e.classNames()) {
                java.util.regex.Matcher cm = ALIGN_CLASS.matcher(c.toLowerCase(Locale.ROOT));
                if (cm.matches()) {
                    v = cm.group(1);
                }
            }
        }
        return switch (v) {
            case "left", "start" -> Block.Alignment.LEFT;
            case "center", "middle" -> Block.Alignment.CENTER;
            case "right", "end" -> Block.Alignment.RIGHT;
            default -> Block.Alignment.DEFAULT;
        };
    }

    private static final java.util.regex.Pattern TEXT_ALIGN =
            java.util.regex.Pattern.compile("(?i)text-align\\s*:\\s*(left|center|right|start|end)");
    private static final java.util.regex.Pattern ALIGN_CLASS =
            java.util.regex.Pattern.compile("(?:has-)?(?:text|align)-(?:align-)?(left|center|right)");
}
