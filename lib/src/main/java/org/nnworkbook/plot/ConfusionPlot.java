// A confusion matrix drawn as a table of shaded cells with the counts written in; not the counting itself.
package org.nnworkbook.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nnworkbook.nn.train.ConfusionMatrix;

/** See {@link Plots#confusion}: rows are actual classes, columns predicted, shade = share of the row. */
final class ConfusionPlot {
    private ConfusionPlot() {}

    static Figure of(ConfusionMatrix m, List<String> classNames) {
        int k = m.classes();
        List<String> names = classNames == null || classNames.isEmpty() ? numbered(k) : classNames;
        if (names.size() != k) {
            throw new IllegalArgumentException("Plots.confusion: " + names.size() + " class names for a " + k + "×" + k
                    + " confusion matrix; pass one name per class (or List.of() for 0, 1, ...)");
        }
        if (m.total() == 0) {
            throw new IllegalArgumentException("Plots.confusion: the confusion matrix counts no examples");
        }
        int cell = k <= 3 ? 100 : k <= 6 ? 72 : 52;
        Font labelFont = new Font(Charts.FONT, Font.PLAIN, 13);
        Font countFont = new Font(Charts.FONT, Font.BOLD, cell < 60 ? 12 : 14);
        Font titleFont = new Font(Charts.FONT, Font.BOLD, 16);
        FontMetrics fm = Charts.blank(1, 1).createGraphics().getFontMetrics(labelFont);
        int widest = names.stream().mapToInt(fm::stringWidth).max().orElse(10);
        int left = 40 + widest + 10;         // "actual" axis title, then row names
        int top = 56;
        int bottom = widest + 50;            // rotated column names, then "predicted"
        String title = String.format(Locale.ROOT, "Confusion matrix (accuracy %.3f, %d examples)", m.accuracy(), m.total());
        int titleWidth = Charts.blank(1, 1).createGraphics().getFontMetrics(titleFont).stringWidth(title);
        int width = Math.max(left + k * cell + 30, titleWidth + 40);
        BufferedImage out = Charts.blank(width, top + k * cell + bottom);
        Graphics2D g = Charts.smooth(out.createGraphics());
        try {
            g.setColor(Palette.INK);
            g.setFont(titleFont);
            g.drawString(title, (width - g.getFontMetrics().stringWidth(title)) / 2, 30);
            for (int a = 0; a < k; a++) {
                int rowTotal = 0;
                for (int p = 0; p < k; p++) {
                    rowTotal += m.count(a, p);
                }
                for (int p = 0; p < k; p++) {
                    double share = rowTotal == 0 ? 0 : (double) m.count(a, p) / rowTotal;
                    int x = left + p * cell;
                    int y = top + a * cell;
                    g.setColor(new Color(shade(share)));
                    g.fillRect(x, y, cell, cell);
                    g.setColor(new Color(0xDDDDDD));
                    g.drawRect(x, y, cell, cell);
                    g.setFont(countFont);
                    g.setColor(share > 0.5 ? Color.WHITE : Palette.INK);
                    String count = String.valueOf(m.count(a, p));
                    FontMetrics cm = g.getFontMetrics();
                    g.drawString(count, x + (cell - cm.stringWidth(count)) / 2, y + (cell + cm.getAscent()) / 2 - 2);
                }
            }
            g.setFont(labelFont);
            g.setColor(Palette.INK);
            for (int i = 0; i < k; i++) {
                String name = names.get(i);
                g.drawString(name, left - 8 - fm.stringWidth(name), top + i * cell + (cell + fm.getAscent()) / 2 - 2);
                drawRotated(g, name, left + i * cell + (cell + fm.getAscent()) / 2 - 2, top + k * cell + 8 + fm.stringWidth(name));
            }
            g.drawString("predicted", left + (k * cell - fm.stringWidth("predicted")) / 2, top + k * cell + widest + 36);
            drawRotated(g, "actual", 24, top + (k * cell + fm.stringWidth("actual")) / 2);
        } finally {
            g.dispose();
        }
        return new Picture(out, k + "×" + k + " confusion matrix");
    }

    /** White for none of the row, the palette's blue for all of it. */
    static int shade(double share) {
        return Palette.tint(Palette.of(0), share == 0 ? 0 : 0.08 + 0.92 * share);
    }

    /** Text reading upwards, starting at (x, y). */
    private static void drawRotated(Graphics2D g, String text, int x, int y) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        g.drawString(text, 0, 0);
        g.setTransform(saved);
    }

    private static List<String> numbered(int k) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(String.valueOf(i));
        }
        return out;
    }
}
