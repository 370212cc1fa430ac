// Test helpers that look at rendered pictures: colour counts, nearest class colour, and saving PNGs to look at.
package org.nnworkbook.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** Pixel-level checks on figures; every figure a test draws is also saved to target/plots/ for a person to look at. */
final class Pictures {
    static final Path OUT = Path.of("target", "plots");

    private Pictures() {}

    /** Saves the figure as target/plots/name.png and returns its image. */
    static BufferedImage look(String name, Figure figure) {
        figure.save(OUT.resolve(name + ".png").toString());
        return figure.image();
    }

    /** Pixels within {@code tolerance} (per channel) of {@code color}. */
    static int count(BufferedImage image, Color color, int tolerance) {
        return count(image, color, tolerance, 0, 0, image.getWidth(), image.getHeight());
    }

    static int count(BufferedImage image, Color color, int tolerance, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (near(image.getRGB(x, y), color, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean near(int rgb, Color color, int tolerance) {
        return Math.abs(((rgb >> 16) & 0xFF) - color.getRed()) <= tolerance
                && Math.abs(((rgb >> 8) & 0xFF) - color.getGreen()) <= tolerance
                && Math.abs((rgb & 0xFF) - color.getBlue()) <= tolerance;
    }

    /** Share of pixels that are not white: a blank picture has (almost) none. */
    static double inked(BufferedImage image) {
        return 1.0 - (double) count(image, Color.WHITE, 8) / (image.getWidth() * image.getHeight());
    }

    static void assertNotBlank(BufferedImage image) {
        assertThat(inked(image)).as("share of non-white pixels").isGreaterThan(0.02);
    }

    /** The class whose tint (white mixed with its colour, any strength) comes closest to the pixel. */
    static int nearestClass(int rgb, int classes) {
        int best = -1;
        double bestError = Double.MAX_VALUE;
        for (int k = 0; k < classes; k++) {
            for (int step = 0; step <= 100; step++) {
                int tint = Palette.tint(Palette.of(k), step / 100.0);
                double error = distance(rgb, tint);
                if (error < bestError) {
                    bestError = error;
                    best = k;
                }
            }
        }
        return best;
    }

    static double distance(int a, int b) {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    /** 0 (black) .. 255 (white). */
    static int brightness(int rgb) {
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
    }

    /** True if a pixel within {@code radius} of (x, y) is dark (a drawn line). */
    static boolean darkNear(BufferedImage image, int x, int y, int radius) {
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int px = x + dx;
                int py = y + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()
                        && brightness(image.getRGB(px, py)) < 90) {
                    return true;
                }
            }
        }
        return false;
    }
}
