// Rows of a matrix drawn as small greyscale (or, with negative values, blue/red) images in a grid; not a chart.
package org.nnworkbook.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.nnworkbook.nn.Matrix;

/** See {@link Plots#images}. */
final class ImageGrid {
    static final int MAX_IMAGES = 400;
    static final int TILE = 80;          // target tile size in pixels (digits 10×, Fashion-MNIST 3×)
    static final int GAP = 8;
    static final int CAPTION = 18;
    static final Color NEGATIVE = Palette.of(0);   // blue
    static final Color POSITIVE = Palette.of(4);   // vermillion

    private ImageGrid() {}

    static Figure of(Matrix rows, int width, int height, int columns, List<String> captions) {
        check(rows, width, height, columns, captions);
        int n = rows.rows();
        int scale = Math.max(1, (int) Math.round((double) TILE / Math.max(width, height)));
        int tileW = width * scale;
        int tileH = height * scale;
        boolean withCaptions = captions != null && !captions.isEmpty();
        Font font = new Font(Charts.FONT, Font.PLAIN, 12);
        int cellW = tileW;
        if (withCaptions) {
            FontMetrics fm = Charts.blank(1, 1).createGraphics().getFontMetrics(font);
            for (String c : captions) {
                cellW = Math.max(cellW, Math.min(2 * tileW, fm.stringWidth(c) + 4));
            }
        }
        int cols = Math.min(columns, n);
        int gridRows = (n + cols - 1) / cols;
        int cellH = tileH + (withCaptions ? CAPTION : 0);
        BufferedImage out = Charts.blank(GAP + cols * (cellW + GAP), GAP + gridRows * (cellH + GAP));
        boolean diverging = rows.min() < 0;
        double globalMax = Math.max(rows.max(), 1e-12);
        Graphics2D g = Charts.smooth(out.createGraphics());
        g.setFont(font);
        try {
            for (int i = 0; i < n; i++) {
                int left = GAP + (i % cols) * (cellW + GAP);
                int top = GAP + (i / cols) * (cellH + GAP);
                int x0 = left + (cellW - tileW) / 2;
                double scaleOfImage = diverging ? Math.max(maxAbs(rows, i), 1e-12) : globalMax;
                for (int r = 0; r < height; r++) {
                    for (int c = 0; c < width; c++) {
                        g.setColor(new Color(color(rows.get(i, r * width + c), scaleOfImage, diverging)));
                        g.fillRect(x0 + c * scale, top + r * scale, scale, scale);
                    }
                }
                g.setColor(new Color(0xBBBBBB));
                g.drawRect(x0 - 1, top - 1, tileW + 1, tileH + 1);
                if (withCaptions) {
                    g.setColor(Palette.INK);
                    String caption = fit(g.getFontMetrics(), captions.get(i), cellW);
                    int w = g.getFontMetrics().stringWidth(caption);
                    g.drawString(caption, left + (cellW - w) / 2, top + tileH + CAPTION - 4);
                }
            }
        } finally {
            g.dispose();
        }
        return new Picture(out, n + " images of " + width + "×" + height);
    }

    /**
     * Values ≥ 0: white (0) to black (the largest value of all images), ink on paper, so images compare.
     * Any negative value (e.g. weights): each image on its own scale, blue below 0, white at 0, red above.
     */
    static int color(double v, double scale, boolean diverging) {
        if (!diverging) {
            int grey = (int) Math.round(255 * (1 - Math.max(0, Math.min(1, v / scale))));
            return (grey << 16) | (grey << 8) | grey;
        }
        double s = Math.max(-1, Math.min(1, v / scale));
        return Palette.tint(s < 0 ? NEGATIVE : POSITIVE, Math.abs(s));
    }

    private static double maxAbs(Matrix rows, int i) {
        double m = 0;
        for (int j = 0; j < rows.cols(); j++) {
            m = Math.max(m, Math.abs(rows.get(i, j)));
        }
        return m;
    }

    private static String fit(FontMetrics fm, String caption, int width) {
        String s = caption;
        while (s.length() > 1 && fm.stringWidth(s) > width) {
            s = s.substring(0, s.length() - 2) + "…";
        }
        return s;
    }

    private static void check(Matrix rows, int width, int height, int columns, List<String> captions) {
        if (width < 1 || height < 1 || columns < 1) {
            throw new IllegalArgumentException("Plots.images: width " + width + ", height " + height + " and columns "
                    + columns + " must all be at least 1 (digits: 8, 8; Fashion-MNIST: 28, 28)");
        }
        if (rows.rows() == 0) {
            throw new IllegalArgumentException("Plots.images: no rows, so no images; pass one image per row");
        }
        if (rows.cols() != width * height) {
            throw new IllegalArgumentException("Plots.images: each row must hold width × height = " + width + " × " + height
                    + " = " + width * height + " pixel values, but rows is " + rows.shape() + "; check width and height (digits 8×8,"
                    + " Fashion-MNIST 28×28; a weight column w [d, 1] becomes a row with w.transpose())");
        }
        if (rows.rows() > MAX_IMAGES) {
            throw new IllegalArgumentException("Plots.images: " + rows.rows() + " images is too many to read; pass at"
                    + " most " + MAX_IMAGES + " rows (e.g. data.head(40).x())");
        }
        if (captions != null && !captions.isEmpty() && captions.size() != rows.rows()) {
            throw new IllegalArgumentException("Plots.images: " + captions.size() + " captions for " + rows.rows()
                    + " images; pass one caption per row, or List.of() for none");
        }
    }
}
