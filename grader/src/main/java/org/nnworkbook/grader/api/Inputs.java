// Random test inputs for hidden tests: the same for every student (a fixed seed), short when written as source.
package org.nnworkbook.grader.api;

import java.util.Random;
import java.util.function.Supplier;

/**
 * Inputs a hidden test draws from a {@link Random} with a fixed seed, so every student gets the same
 * ones and a rerun grades alike. Values are rounded (two or three decimals) so that an expression a
 * student reads in a failed check stays short: {@code mse(new double[] {0.42, -1.3}, ...)}.
 * <pre>
 * Random rng = new Random(303);
 * double[][] x = Inputs.uniform(rng, 7, 4, 2.0);   // 7 × 4, entries in [-2, 2]
 * double[] y = Inputs.bits(rng, 7);                // 7 labels, 0 or 1
 * </pre>
 */
public final class Inputs {
    private Inputs() {
    }

    /** [n] values uniform in [-scale, scale], two decimals. */
    public static double[] uniform(Random rng, int n, double scale) {
        return between(rng, n, -scale, scale);
    }

    /** [rows][cols] values uniform in [-scale, scale], two decimals, drawn row after row. */
    public static double[][] uniform(Random rng, int rows, int cols, double scale) {
        return rows(rows, () -> uniform(rng, cols, scale));
    }

    /** [n] values uniform in [lo, hi], two decimals (probabilities in [0.03, 0.97], say). */
    public static double[] between(Random rng, int n, double lo, double hi) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round((lo + (hi - lo) * rng.nextDouble()) * 100) / 100.0;
        }
        return v;
    }

    /** [n] values from a normal distribution with mean 0 and standard deviation {@code scale}, three decimals. */
    public static double[] gaussian(Random rng, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.round(rng.nextGaussian() * scale * 1000) / 1000.0;
        }
        return v;
    }

    /** [rows][cols] normal values (mean 0, standard deviation {@code scale}), three decimals, drawn row after row. */
    public static double[][] gaussian(Random rng, int rows, int cols, double scale) {
        return rows(rows, () -> gaussian(rng, cols, scale));
    }

    /** A matrix whose rows are drawn one after the other (so the draws come in the order the rows are read). */
    private static double[][] rows(int rows, Supplier<double[]> row) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = row.get();
        }
        return m;
    }

    /** [n] labels, each 0 or 1 with equal chance. */
    public static double[] bits(Random rng, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextBoolean() ? 1 : 0;
        }
        return y;
    }
}
