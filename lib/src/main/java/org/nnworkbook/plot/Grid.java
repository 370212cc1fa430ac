// Panels side by side in rows (e.g. activations × optimisers); draws chart panels smaller rather than shrinking them.
package org.nnworkbook.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Lays figures out left to right, {@code columns} per row. */
final class Grid {
    /** Wider grids are drawn with narrower panels so the whole grid still reads in a notebook column. */
    static final int MAX_WIDTH = 1280;
    static final int MIN_PANEL_WIDTH = 360;

    private Grid() {}

    static Figure of(int columns, List<? extends Figure> panels) {
        if (panels == null || panels.isEmpty()) {
            throw new IllegalArgumentException("Plots.grid: no panels; pass at least one figure");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("Plots.grid: columns is " + columns + "; use 1 or more");
        }
        for (int i = 0; i < panels.size(); i++) {
            if (panels.get(i) == null) {
                throw new IllegalArgumentException("Plots.grid: panel " + i + " is null");
            }
        }
        int cols = Math.min(columns, panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        List<BufferedImage> images = fitted(cols, panels);
        int cellW = images.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
        int cellH = images.stream().mapToInt(BufferedImage::getHeight).max().orElseThrow();
        BufferedImage out = Charts.blank(cellW * cols, cellH * rows);
        Graphics2D g = out.createGraphics();
        try {
            for (int i = 0; i < images.size(); i++) {
                BufferedImage p = images.get(i);
                // centre each panel in its cell when sizes differ
                g.drawImage(p, (i % cols) * cellW + (cellW - p.getWidth()) / 2,
                        (i / cols) * cellH + (cellH - p.getHeight()) / 2, null);
            }
        } finally {
            g.dispose();
        }
        return new Picture(out, rows + " × " + cols + " grid of " + panels.size() + " panels");
    }

    /** Each panel's image, at most {@code MAX_WIDTH / cols} wide (never below MIN_PANEL_WIDTH). */
    private static List<BufferedImage> fitted(int cols, List<? extends Figure> panels) {
        int maxPanel = Math.max(MIN_PANEL_WIDTH, MAX_WIDTH / cols);
        List<BufferedImage> out = new ArrayList<>();
        for (Figure f : panels) {
            if (f.width() <= maxPanel) {
                out.add(f.image());
                continue;
            }
            int h = (int) Math.round((double) f.height() * maxPanel / f.width());
            if (f instanceof Resizable r) {
                out.add(r.resized(maxPanel, h).image());     // redrawn: text keeps its size
            } else {
                out.add(scaled(f.image(), maxPanel, h));
            }
        }
        return out;
    }

    static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage out = Charts.blank(width, height);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }
}
