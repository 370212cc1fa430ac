// The coloured background of a decision-boundary plot: evaluates a model on a grid and paints classes; not axes.
package org.nnworkbook.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Model;
import org.nnworkbook.nn.activations.Sigmoid;
import org.nnworkbook.nn.activations.Softmax;

/**
 * A {@code cells × cells} grid of class probabilities over a rectangle of the input plane, and the pixels it
 * paints: each pixel takes its predicted class's colour, tinted by confidence when shading, and class
 * borders are drawn as a thin dark line.
 */
final class DecisionRaster {
    private final int cells;
    private final int classes;
    private final double[] probabilities;  // [cells·cells, classes], row r·cells + c is point (x_c, y_r)
    private final boolean interpolate;      // a model's scores vary smoothly; a hand classifier's classes do not

    private DecisionRaster(int cells, int classes, double[] probabilities, boolean interpolate) {
        this.cells = cells;
        this.classes = classes;
        this.probabilities = probabilities;
        this.interpolate = interpolate;
    }

    /** Grid point coordinates: {@code cells} values from {@code lo} to {@code hi}, both included. */
    static double[] axis(double lo, double hi, int cells) {
        return Charts.linspace(lo, hi, cells);
    }

    /** The model's class probabilities at every grid point (one forward pass over all of them). */
    static DecisionRaster of(Model model, Scores scores, Range range, int cells, int classes) {
        double[] xs = axis(range.xMin(), range.xMax(), cells);
        double[] ys = axis(range.yMin(), range.yMax(), cells);
        double[] points = new double[cells * cells * 2];
        for (int r = 0; r < cells; r++) {
            for (int c = 0; c < cells; c++) {
                points[2 * (r * cells + c)] = xs[c];
                points[2 * (r * cells + c) + 1] = ys[r];
            }
        }
        Matrix out = model.forward(Matrix.wrap(cells * cells, 2, points));   // [cells², outputs]
        return new DecisionRaster(cells, classes, scores.probabilities(out, classes), true);
    }

    /** A hand-written classifier's class at every grid point (probability 1 for that class). */
    static DecisionRaster of(ToIntFunction<double[]> classifier, Range range, int cells, int classes) {
        double[] xs = axis(range.xMin(), range.xMax(), cells);
        double[] ys = axis(range.yMin(), range.yMax(), cells);
        double[] p = new double[cells * cells * classes];
        for (int r = 0; r < cells; r++) {
            for (int c = 0; c < cells; c++) {
                int k = classifier.applyAsInt(new double[] {xs[c], ys[r]});
                if (k < 0 || k >= classes) {
                    throw new IllegalArgumentException("Plots.boundary: the classifier returned class " + k + " at ("
                            + xs[c] + ", " + ys[r] + ") but the data has classes 0.." + (classes - 1)
                            + "; return a class index of the data");
                }
                p[(r * cells + c) * classes + k] = 1;
            }
        }
        return new DecisionRaster(cells, classes, p, false);
    }

    /**
     * Paints the plot area: pixel (px, py) of a {@code width × height} image covers the point at the same
     * relative position in {@code range} (y grows upwards).
     */
    BufferedImage paint(int width, int height, boolean shade) {
        int[] classOf = new int[width * height];
        double[] confidence = new double[width * height];
        double[] p = new double[classes];
        for (int py = 0; py < height; py++) {
            double gy = (cells - 1) * (1 - (py + 0.5) / height);       // fractional grid row
            for (int px = 0; px < width; px++) {
                double gx = (cells - 1) * (px + 0.5) / width;
                sample(gx, gy, p);
                int best = 0;
                for (int k = 1; k < classes; k++) {
                    best = p[k] > p[best] ? k : best;
                }
                classOf[py * width + px] = best;
                // 0 at a tie between all classes, 1 when certain
                confidence[py * width + px] = classes == 1 ? 1 : (p[best] - 1.0 / classes) / (1 - 1.0 / classes);
            }
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();   // written directly: fast
        Color[] colors = Palette.first(Math.max(classes, 1));
        int border = Palette.INK.getRGB() & 0xFFFFFF;
        for (int py = 0; py < height; py++) {
            for (int px = 0; px < width; px++) {
                int i = py * width + px;
                boolean edge = (px + 1 < width && classOf[i + 1] != classOf[i])
                        || (py + 1 < height && classOf[i + width] != classOf[i]);
                double strength = shade ? 0.12 + 0.43 * confidence[i] : 0.35;
                pixels[i] = edge ? border : Palette.tint(colors[classOf[i]], strength);
            }
        }
        return image;
    }

    /** Class probabilities at fractional grid position (gx, gy): bilinear for models, nearest for classifiers. */
    private void sample(double gx, double gy, double[] out) {
        if (!interpolate) {
            int base = ((int) Math.round(gy) * cells + (int) Math.round(gx)) * classes;
            System.arraycopy(probabilities, base, out, 0, classes);
            return;
        }
        int c0 = Math.min((int) gx, cells - 2);
        int r0 = Math.min((int) gy, cells - 2);
        double fx = gx - c0;
        double fy = gy - r0;
        int a = (r0 * cells + c0) * classes;
        int b = a + classes;                 // (r0, c0 + 1)
        int c = a + cells * classes;         // (r0 + 1, c0)
        int d = c + classes;                 // (r0 + 1, c0 + 1)
        for (int k = 0; k < classes; k++) {
            double top = probabilities[a + k] * (1 - fx) + probabilities[b + k] * fx;
            double bottom = probabilities[c + k] * (1 - fx) + probabilities[d + k] * fx;
            out[k] = top * (1 - fy) + bottom * fy;
        }
    }

    /** The rectangle of the input plane a plot shows. */
    record Range(double xMin, double xMax, double yMin, double yMax) {
        /** The data's extent plus 15% on every side (at least 0.1, so a single point still gets a plane). */
        static Range around(Matrix x) {
            double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
            double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (int i = 0; i < x.rows(); i++) {
                for (int j = 0; j < 2; j++) {
                    lo[j] = Math.min(lo[j], x.get(i, j));
                    hi[j] = Math.max(hi[j], x.get(i, j));
                }
            }
            double padX = Math.max(0.15 * (hi[0] - lo[0]), 0.1);
            double padY = Math.max(0.15 * (hi[1] - lo[1]), 0.1);
            return new Range(lo[0] - padX, hi[0] + padX, lo[1] - padY, hi[1] + padY);
        }

        /** The part of the line w1·x1 + w2·x2 + b = 0 inside this rectangle as {xs, ys}, or null if it misses it. */
        double[][] segment(double w1, double w2, double b) {
            double slackX = 1e-9 * (xMax() - xMin());
            double slackY = 1e-9 * (yMax() - yMin());
            List<double[]> hits = new ArrayList<>();
            if (Math.abs(w2) > 1e-12) {        // crossings of the left and right edges
                for (double x1 : new double[] {xMin(), xMax()}) {
                    double x2 = -(w1 * x1 + b) / w2;
                    if (x2 >= yMin() - slackY && x2 <= yMax() + slackY) {
                        hits.add(new double[] {x1, x2});
                    }
                }
            }
            if (Math.abs(w1) > 1e-12) {        // crossings of the bottom and top edges
                for (double x2 : new double[] {yMin(), yMax()}) {
                    double x1 = -(w2 * x2 + b) / w1;
                    if (x1 >= xMin() - slackX && x1 <= xMax() + slackX) {
                        hits.add(new double[] {x1, x2});
                    }
                }
            }
            // A line through a corner hits two edges there: keep the two crossings farthest apart.
            double[] a = null;
            double[] z = null;
            double longest = 0;
            for (double[] p : hits) {
                for (double[] q : hits) {
                    double d = Math.hypot(p[0] - q[0], p[1] - q[1]);
                    if (d > longest) {
                        longest = d;
                        a = p;
                        z = q;
                    }
                }
            }
            return a == null ? null : new double[][] {{a[0], z[0]}, {a[1], z[1]}};
        }
    }

    /** How a model's outputs become class probabilities. */
    record Scores(boolean logits) {
        /** {@code out [n, 1]}: P(class 1) (or a logit); {@code out [n, K]}: probabilities, or scores for softmax. */
        double[] probabilities(Matrix out, int classes) {
            if (out.cols() > 1) {
                return isProbabilities(out) ? out.copy().data() : Softmax.rows(out).data();
            }
            double[] v = out.data();
            int n = out.rows();
            double[] p = new double[n * classes];
            for (int i = 0; i < n; i++) {
                double p1 = logits ? Sigmoid.sigma(v[i]) : Math.max(0, Math.min(1, v[i]));
                p[i * classes] = 1 - p1;
                p[i * classes + 1] = p1;
            }
            return p;
        }

        /** Every row in [0, 1] and summing to 1: a softmax output already. */
        static boolean isProbabilities(Matrix out) {
            double[] v = out.data();
            for (int i = 0; i < out.rows(); i++) {
                double sum = 0;
                for (int k = 0; k < out.cols(); k++) {
                    double x = v[i * out.cols() + k];
                    if (!(x >= 0 && x <= 1)) {
                        return false;
                    }
                    sum += x;
                }
                if (Math.abs(sum - 1) > 1e-6) {
                    return false;
                }
            }
            return true;
        }
    }
}
