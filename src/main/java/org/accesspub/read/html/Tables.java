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
        return new Block.Table(header, rows);
    }
}
