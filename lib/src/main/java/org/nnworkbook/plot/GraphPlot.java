// The computation graph of a Value drawn with Java2D: inputs on the left, the output on the right; no Graphviz.
package org.nnworkbook.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnworkbook.nn.Value;

/**
 * See {@link Plots#graph}. A layered layout: a node's column is the length of the longest path from a leaf to it,
 * so every edge points right; within a column nodes are ordered by the mean height of their operands (one
 * barycentre pass per column), which keeps most edges from crossing.
 */
final class GraphPlot {
    static final int MAX_NODES = 150;
    static final int BOX_W = 132;
    static final int BOX_H = 62;
    static final int COLUMN_GAP = 64;
    static final int ROW_GAP = 20;
    static final int MARGIN = 24;
    static final int TITLE = 44;
    static final Color LEAF = new Color(0xDCEBF7);       // inputs and parameters: pale blue
    static final Color OP = new Color(0xF2F2F2);         // intermediate results: pale grey
    static final Color OUTPUT = new Color(0xFBE3C2);     // the value drawn: pale orange

    private GraphPlot() {}

    static Figure of(Value output) {
        if (output == null) {
            throw new IllegalArgumentException("Plots.graph: the value is null; pass the result of an expression, e.g. f");
        }
        List<Value> nodes = output.topologicalOrder();
        if (nodes.size() > MAX_NODES) {
            throw new IllegalArgumentException("Plots.graph: the graph has " + nodes.size() + " nodes, too many to read"
                    + " (at most " + MAX_NODES + "); draw a smaller expression, e.g. one neuron instead of a network");
        }
        Map<Value, Rectangle> boxes = layout(nodes);
        int width = 0;
        int height = 0;
        for (Rectangle r : boxes.values()) {
            width = Math.max(width, r.x + r.width + MARGIN);
            height = Math.max(height, r.y + r.height + MARGIN);
        }
        String title = "Computation graph of " + name(output) + ": " + nodes.size() + " nodes (values and gradients)";
        Font titleFont = new Font(Charts.FONT, Font.BOLD, 16);
        width = Math.max(width, Charts.blank(1, 1).createGraphics().getFontMetrics(titleFont).stringWidth(title) + 2 * MARGIN);
        BufferedImage image = Charts.blank(width, height);
        Graphics2D g = Charts.smooth(image.createGraphics());
        try {
            g.setColor(Palette.INK);
            g.setFont(titleFont);
            g.drawString(title, (width - g.getFontMetrics().stringWidth(title)) / 2, 28);
            for (Value v : nodes) {
                List<Value> operands = v.children();
                for (int i = 0; i < operands.size(); i++) {
                    // operands arrive at different heights of the box's left side, in order
                    double spread = (i - (operands.size() - 1) / 2.0) * 16;
                    edge(g, boxes.get(operands.get(i)), boxes.get(v), spread);
                }
            }
            for (Value v : nodes) {
                box(g, v, boxes.get(v), v == output ? OUTPUT : v.isLeaf() ? LEAF : OP);
            }
        } finally {
            g.dispose();
        }
        return new Picture(image, "computation graph of " + name(output) + ", " + nodes.size() + " nodes");
    }

    /** Each node's box: column by depth (leaves 0), rows ordered by the operands' mean row. */
    static Map<Value, Rectangle> layout(List<Value> nodes) {
        Map<Value, Integer> depth = new IdentityHashMap<>();
        int deepest = 0;
        Map<Value, Integer> firstUse = new IdentityHashMap<>();
        for (Value v : nodes) {                      // children come before parents in topological order
            int d = 0;
            for (Value c : v.children()) {
                d = Math.max(d, depth.get(c) + 1);
            }
            depth.put(v, d);
            deepest = Math.max(deepest, d);
            for (Value c : v.children()) {
                firstUse.merge(c, d, Math::min);
            }
        }
        // A leaf sits just left of the earliest node that uses it (z beside q, not beside x and y), so its
        // edge does not run through a column of boxes.
        for (Value v : nodes) {
            if (v.isLeaf() && firstUse.containsKey(v)) {
                depth.put(v, firstUse.get(v) - 1);
            }
        }
        List<List<Value>> columns = new ArrayList<>();
        for (int d = 0; d <= deepest; d++) {
            columns.add(new ArrayList<>());
        }
        for (Value v : nodes) {
            columns.get(depth.get(v)).add(v);
        }
        int rows = columns.stream().mapToInt(List::size).max().orElse(1);
        Map<Value, Double> row = new IdentityHashMap<>();
        for (List<Value> column : columns) {
            // barycentre: sit near the operands; leaves keep their order of first use
            for (int i = 0; i < column.size(); i++) {
                Value v = column.get(i);
                row.put(v, v.isLeaf() ? i : v.children().stream().mapToDouble(row::get).average().orElse(i));
            }
            column.sort(Comparator.comparingDouble(row::get));
            double offset = (rows - column.size()) / 2.0;    // centre short columns
            for (int i = 0; i < column.size(); i++) {
                row.put(column.get(i), offset + i);
            }
        }
        Map<Value, Rectangle> boxes = new IdentityHashMap<>();
        for (Value v : nodes) {
            int x = MARGIN + depth.get(v) * (BOX_W + COLUMN_GAP);
            int y = TITLE + (int) Math.round(row.get(v) * (BOX_H + ROW_GAP));
            boxes.put(v, new Rectangle(x, y, BOX_W, BOX_H));
        }
        return boxes;
    }

    /** The three lines of a node: its name and operation, its value, its gradient. */
    static List<String> lines(Value v) {
        String head = v.isLeaf() ? name(v) : v.label().isEmpty() ? v.op() : v.label() + " = " + v.op();
        return List.of(head, "data " + number(v.data()), "grad " + number(v.grad()));
    }

    private static String name(Value v) {
        return !v.label().isEmpty() ? v.label() : v.isLeaf() ? "constant" : "(" + v.op() + ")";
    }

    /** Up to 4 decimals, trailing zeros dropped; scientific notation for very small or large numbers. */
    static String number(double x) {
        if (x != 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e5)) {
            return String.format(Locale.ROOT, "%.3e", x);
        }
        String s = String.format(Locale.ROOT, "%.4f", x).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    private static void box(Graphics2D g, Value v, Rectangle r, Color fill) {
        g.setColor(fill);
        g.fillRoundRect(r.x, r.y, r.width, r.height, 10, 10);
        g.setColor(Palette.INK);
        g.setStroke(new BasicStroke(1.2f));
        g.drawRoundRect(r.x, r.y, r.width, r.height, 10, 10);
        List<String> lines = lines(v);
        Font[] fonts = {new Font(Charts.FONT, Font.BOLD, 13), new Font(Charts.FONT, Font.PLAIN, 12),
            new Font(Charts.FONT, Font.PLAIN, 12)};
        for (int i = 0; i < lines.size(); i++) {
            g.setFont(fonts[i]);
            g.setColor(i == 2 ? Palette.of(4).darker() : Palette.INK);    // gradients in dark vermillion
            FontMetrics fm = g.getFontMetrics();
            String text = lines.get(i);
            while (text.length() > 3 && fm.stringWidth(text) > r.width - 10) {
                text = text.substring(0, text.length() - 2) + "…";
            }
            g.drawString(text, r.x + (r.width - fm.stringWidth(text)) / 2, r.y + 19 + 18 * i);
        }
    }

    /** A curve from the operand's right side to the result's left side, with an arrowhead. */
    private static void edge(Graphics2D g, Rectangle from, Rectangle to, double spread) {
        double x1 = from.getMaxX();
        double y1 = from.getCenterY();
        double x2 = to.getX() - 2;
        double y2 = to.getCenterY() + spread;
        double bend = (x2 - x1) / 2;
        g.setColor(new Color(0x777777));
        g.setStroke(new BasicStroke(1.4f));
        g.draw(new CubicCurve2D.Double(x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2));
        Path2D head = new Path2D.Double();
        head.moveTo(x2, y2);
        head.lineTo(x2 - 8, y2 - 4);
        head.lineTo(x2 - 8, y2 + 4);
        head.closePath();
        g.fill(head);
    }
}
