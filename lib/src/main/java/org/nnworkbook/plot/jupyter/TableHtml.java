// A Tablesaw table as an HTML table: caption with its size, the first and last rows of a long one, empty missing cells.
package org.nnworkbook.plot.jupyter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import tech.tablesaw.table.Relation;

/**
 * HTML for a table shown as a cell's value. A table longer than {@value #HEAD_ROWS} + {@value #TAIL_ROWS} rows
 * shows its first {@value #HEAD_ROWS} and last {@value #TAIL_ROWS} rows with a "⋮ N more rows" row between, so
 * Fashion-MNIST's 10 000 rows do not flood the page; the caption gives the name and the full size.
 */
final class TableHtml {
    static final int HEAD_ROWS = 10;
    static final int TAIL_ROWS = 5;

    private TableHtml() {}

    static String of(Relation table) {
        int rows = table.rowCount();
        List<String> columns = table.columnNames();
        StringBuilder out = new StringBuilder("<table class=\"nn-table\">");
        out.append("<caption style=\"text-align:left\">").append(escape(table.name() == null ? "" : table.name()))
                .append(" — ").append(rows).append(rows == 1 ? " row" : " rows")
                .append(" × ").append(columns.size()).append(columns.size() == 1 ? " column" : " columns")
                .append("</caption><thead><tr>");
        for (String column : columns) {
            out.append("<th>").append(escape(column)).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        boolean elided = rows > HEAD_ROWS + TAIL_ROWS;
        for (int r = 0; r < rows; r++) {
            if (elided && r == HEAD_ROWS) {
                out.append("<tr><td colspan=\"").append(columns.size()).append("\">⋮ ")
                        .append(rows - HEAD_ROWS - TAIL_ROWS).append(" more rows</td></tr>");
                r = rows - TAIL_ROWS;
            }
            out.append("<tr>");
            for (int c = 0; c < columns.size(); c++) {
                out.append("<td>").append(escape(cell(table.get(r, c)))).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** Doubles to 6 significant digits (0.01798620996209156 reads as 0.0179862), whole ones without ".0"; missing: empty. */
    static String cell(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                return "";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : String.valueOf(value);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
