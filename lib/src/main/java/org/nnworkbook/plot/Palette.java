// The fixed colours of the workbook's plots: one per class everywhere, colour-blind friendly; not a plot.
package org.nnworkbook.plot;

import java.awt.Color;

/**
 * Class {@code k} has colour {@link #of(int) of(k)} in every plot: scatter points, decision regions and
 * legends agree. The first eight are Okabe and Ito's palette (distinguishable with the common kinds of
 * colour blindness); beyond eight classes, colours repeat in darker shades.
 */
public final class Palette {
    private static final Color[] COLORS = {
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0xD55E00), // vermillion
        new Color(0x56B4E9), // sky blue
        new Color(0xF0E442), // yellow
        new Color(0x555555), // dark grey (Okabe-Ito's black, softened so counts and lines stay readable on it)
        new Color(0x8C510A), // brown
        new Color(0x7B3294), // purple
    };
    /** Lines drawn over pictures (hidden-unit lines, class borders, graph edges). */
    static final Color INK = new Color(0x222222);

    private Palette() {}

    /** The colour of class (or curve) {@code k}, {@code k >= 0}. */
    public static Color of(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("Palette.of: class " + k + " is negative; classes count from 0");
        }
        Color c = COLORS[k % COLORS.length];
        for (int round = k / COLORS.length; round > 0; round--) {
            c = c.darker();
        }
        return c;
    }

    /** The first {@code n} colours. */
    static Color[] first(int n) {
        Color[] out = new Color[n];
        for (int k = 0; k < n; k++) {
            out[k] = of(k);
        }
        return out;
    }

    /** {@code c} mixed with white: {@code strength} 0 gives white, 1 gives {@code c}. */
    static int tint(Color c, double strength) {
        double s = Math.max(0, Math.min(1, strength));
        int r = (int) Math.round(255 + (c.getRed() - 255) * s);
        int g = (int) Math.round(255 + (c.getGreen() - 255) * s);
        int b = (int) Math.round(255 + (c.getBlue() - 255) * s);
        return (r << 16) | (g << 8) | b;
    }
}
