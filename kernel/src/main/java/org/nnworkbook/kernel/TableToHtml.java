package org.nnworkbook.kernel;

import java.lang.reflect.Method;
import java.util.List;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;

/**
 * Shows a Tablesaw table (any {@code Relation}) as an HTML table. Long tables show their first
 * and last rows with a marker between, and a caption with the table's name and full size; missing
 * values show as empty cells.
 */
final class TableToHtml implements DisplayTransformer {
    private static final String RELATION = "tech.tablesaw.table.Relation";
    static final int HEAD_ROWS = 10;
    static final int TAIL_ROWS = 5;

    @Override
    public boolean canTransform(Object o) {
        return Reflection.isA(o, RELATION);
    }

    @Override
    public Class<?> transformedClass() {
        return HtmlFragment.class;
    }

    @Override
    public Object transform(Object table) {
        try {
            Class<?> relation = Class.forName(RELATION, false, table.getClass().getClassLoader());
            String name = (String) relation.getMethod("name").invoke(table);
            int rows = (Integer) relation.getMethod("rowCount").invoke(table);
            @SuppressWarnings("unchecked")
            List<String> columns = (List<String>) relation.getMethod("columnNames").invoke(table);
            Method cell = relation.getMethod("get", int.class, int.class);
            return new HtmlFragment(html(name, rows, columns, cell, table), table.toString());
        } catch (ReflectiveOperationException e) {
            return table.toString();
        }
    }

    private static String html(String name, int rows, List<String> columns, Method cell, Object table)
            throws ReflectiveOperationException {
        StringBuilder out = new StringBuilder("<table class=\"nn-table\">");
        out.append("<caption style=\"text-align:left\">")
                .append(HtmlFragment.escape(name == null ? "" : name))
                .append(" — ").append(rows).append(rows == 1 ? " row" : " rows")
                .append(" × ").append(columns.size()).append(columns.size() == 1 ? " column" : " columns")
                .append("</caption><thead><tr>");
        for (String column : columns) {
            out.append("<th>").append(HtmlFragment.escape(column)).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        boolean truncated = rows > HEAD_ROWS + TAIL_ROWS;
        for (int r = 0; r < rows; r++) {
            if (truncated && r == HEAD_ROWS) {
                out.append("<tr><td colspan=\"").append(columns.size()).append("\">⋮ ")
                        .append(rows - HEAD_ROWS - TAIL_ROWS).append(" more rows</td></tr>");
                r = rows - TAIL_ROWS;
            }
            out.append("<tr>");
            for (int c = 0; c < columns.size(); c++) {
                out.append("<td>").append(HtmlFragment.escape(format(cell.invoke(table, r, c)))).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** Doubles to 6 significant digits (0.01798620996209156 reads as 0.0179862); the rest as is. */
    static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                return "";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : String.valueOf(value);
    }
}
